using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Together.Statistics;
using Together.Web.Features.Areas;
using Together.Web.Features.Outcomes;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.OpenData;

/// <summary>
/// The open data API: read-only JSON for published indicators, areas, periods and values, with the same disclosure control
/// as the public pages (every figure comes through <see cref="OutcomesReader"/> for <see cref="Audience.Public"/>). Any website
/// may read it (CORS for GET); it is described by an OpenAPI document at /api/open-data/openapi.json.
/// </summary>
public static class OpenDataApi
{
    public const string Prefix = "/api/open-data";
    public const string DocumentName = "openapi";
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 200;
    public const int MaxPage = 100_000;
    public const string Licence = "Open Government Licence v3.0";
    public const string LicenceUrl = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    public static IServiceCollection AddOpenDataApi(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/open-data", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Together open data API";
                document.Info.Version = "1";
                document.Info.Description =
                    "Published indicators of the Cheshire East Children and Young People's Trust, with areas, periods and values " +
                    "(95% and 99.8% confidence intervals, comparisons with England, the North West and statistical neighbours, and the recent trend). " +
                    "Figures about 1 to 4 children, and any figure that could be used to work one out, are suppressed exactly as on the public pages: " +
                    "their numbers are null and 'suppressed' is true. Lists are paginated with 'page' (from 1) and 'per_page' (1 to 200, default 50). " +
                    $"Licence: {Licence}.";
                document.Info.License = new Microsoft.OpenApi.OpenApiLicense { Name = Licence, Url = new Uri(LicenceUrl) };
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static WebApplication MapOpenData(this WebApplication app)
    {
        // Open data: any website may read it with GET. Preflight requests are answered for GET only.
        app.Use((context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(Prefix))
            {
                return next(context);
            }

            if (HttpMethods.IsOptions(context.Request.Method))
            {
                var requested = context.Request.Headers.AccessControlRequestMethod.ToString();
                if (requested is "GET" or "HEAD")
                {
                    context.Response.Headers.AccessControlAllowOrigin = "*";
                    context.Response.Headers.AccessControlAllowMethods = "GET, HEAD";
                    context.Response.Headers.AccessControlMaxAge = "86400";
                }

                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return Task.CompletedTask;
            }

            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.AccessControlAllowOrigin = "*";
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });

        app.MapOpenApi(Prefix + "/{documentName}.json");
        var api = app.MapGroup(Prefix).WithTags("Open data");
        api.MapGet("/indicators", ListIndicatorsAsync)
            .WithName("ListIndicators").WithSummary("Published indicators")
            .WithDescription("Every published indicator with its definition, source, value type, polarity and period type, in code order. Filter by plan outcome with 'outcome' (1 to 6).");
        api.MapGet("/indicators/{code}", GetIndicatorAsync)
            .WithName("GetIndicator").WithSummary("One published indicator, with the periods and areas it has figures for");
        api.MapGet("/indicators/{code}/values", ListValuesAsync)
            .WithName("ListValues").WithSummary("An indicator's values")
            .WithDescription("Every figure for the indicator, oldest period first, filtered by 'area', 'period' and 'breakdown' (all, sex, age-band, send, cared-for, ethnicity). Suppressed figures have null numbers. Whole-population figures for Cheshire East and its towns carry comparisons.");
        api.MapGet("/indicators/{code}/summary", GetSummaryAsync)
            .WithName("GetSummary").WithSummary("The latest value for an area, its comparisons, recent trend and target status")
            .WithDescription("As on the public scorecard. 'area' defaults to cheshire-east.");
        api.MapGet("/areas", ListAreasAsync)
            .WithName("ListAreas").WithSummary("Areas: England, the North West, Cheshire East, its towns and the statistical neighbours");
        api.MapMethods("/{**rest}", ["GET"], (string rest) => TypedResults.Problem(title: "Not found", detail: $"There is no open data endpoint /{rest}. See {Prefix}/openapi.json.", statusCode: 404))
            .ExcludeFromDescription();
        return app;
    }

    public sealed record PageLinks(string Self, string? Next, string? Previous);

    public sealed record Paged<T>(int Page, int PerPage, int TotalItems, int TotalPages, PageLinks Links, IReadOnlyList<T> Items);

    public sealed record IndicatorItem(
        string Code, string Title, string Definition, string Rationale, string Numerator, string? Denominator, string Source, string? DataOwner,
        string ValueType, string Unit, double Multiplier, int DecimalPlaces, string Polarity, string PeriodType, string RbaKind,
        IReadOnlyList<int> Outcomes, IReadOnlyList<int> Statements, bool DemonstrationData, double? Target, string? TargetDate, IndicatorLinks Links);

    public sealed record IndicatorLinks(string Self, string Values, string Summary, string Page, string Csv, string Xlsx);

    public sealed record PeriodItem(string Label, string Start, string End);

    public sealed record IndicatorDetail(IndicatorItem Indicator, IReadOnlyList<PeriodItem> Periods, IReadOnlyList<string> Areas);

    public sealed record AreaItem(string Id, string Name, string Kind, string? ParentId, string? GssCode);

    public sealed record ComparisonItem(string Comparator, double? ComparatorValue, string Result, string Words);

    public sealed record ValueItem(
        string Area, string Period, string PeriodStart, string PeriodEnd, string Breakdown, string Category,
        int? Count, double? Denominator, double? Value, double? Lower95, double? Upper95, double? Lower998, double? Upper998,
        bool Suppressed, string? SuppressionReason, string Origin, string? Note, IReadOnlyList<ComparisonItem>? Comparisons);

    public sealed record TrendItem(string Result, string Sentence, string? Reason, IReadOnlyList<string> PeriodsUsed);

    public sealed record TargetItem(double Value, string Date, string Status, string Sentence);

    public sealed record SummaryItem(
        string Indicator, string Area, string? Period, double? Value, double? Lower95, double? Upper95, bool Suppressed,
        IReadOnlyList<ComparisonItem> Comparisons, TrendItem Trend, TargetItem? Target);

    private static async Task<Results<Ok<Paged<IndicatorItem>>, ProblemHttpResult>> ListIndicatorsAsync(
        HttpContext http, TogetherDbContext db, [FromQuery] string? page, [FromQuery(Name = "per_page")] string? perPage, [FromQuery] string? outcome, CancellationToken cancellationToken)
    {
        var (p, size, problem) = Paging(page, perPage);
        if (problem is not null)
        {
            return problem;
        }

        int? outcomeNumber = null;
        if (!string.IsNullOrEmpty(outcome))
        {
            if (!int.TryParse(outcome, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || !PlanLinks.Outcomes.ContainsKey(n))
            {
                return BadParameter("outcome", "'outcome' must be an outcome number from 1 to 6.");
            }

            outcomeNumber = n;
        }

        var indicators = (await db.Indicators.AsNoTracking().Include(i => i.DataOwner).Where(i => i.IsPublished).OrderBy(i => i.Code).ToListAsync(cancellationToken))
            .Where(i => outcomeNumber is null || i.Outcomes.Contains(outcomeNumber.Value)).ToList();
        return TypedResults.Ok(Paginate(http, indicators, p, size, i => Describe(http, i)));
    }

    private static async Task<Results<Ok<IndicatorDetail>, ProblemHttpResult>> GetIndicatorAsync(HttpContext http, string code, TogetherDbContext db, CancellationToken cancellationToken)
    {
        var indicator = await FindAsync(db, code, cancellationToken);
        if (indicator is null)
        {
            return IndicatorNotFound(code);
        }

        var periods = await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == indicator.Id)
            .Select(v => new { v.Period, v.PeriodStart, v.PeriodEnd }).Distinct().ToListAsync(cancellationToken);
        var areas = await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == indicator.Id).Select(v => v.AreaId).Distinct().ToListAsync(cancellationToken);
        return TypedResults.Ok(new IndicatorDetail(
            Describe(http, indicator),
            periods.OrderBy(p => p.PeriodStart).Select(p => new PeriodItem(p.Period, Date(p.PeriodStart), Date(p.PeriodEnd))).ToList(),
            areas.Order(StringComparer.Ordinal).ToList()));
    }

    private static async Task<Results<Ok<Paged<ValueItem>>, ProblemHttpResult>> ListValuesAsync(
        HttpContext http, string code, TogetherDbContext db, OutcomesReader reader,
        [FromQuery] string? page, [FromQuery(Name = "per_page")] string? perPage, [FromQuery] string? area, [FromQuery] string? period, [FromQuery] string? breakdown,
        CancellationToken cancellationToken)
    {
        var (p, size, problem) = Paging(page, perPage);
        if (problem is not null)
        {
            return problem;
        }

        var indicator = await FindAsync(db, code, cancellationToken);
        if (indicator is null)
        {
            return IndicatorNotFound(code);
        }

        if (!string.IsNullOrEmpty(area) && !await db.Areas.AnyAsync(a => a.Id == area, cancellationToken))
        {
            return BadParameter("area", $"There is no area '{area}'. See {Prefix}/areas for the area ids.");
        }

        if (!string.IsNullOrEmpty(period) && !Periods.TryParse(indicator.PeriodType, period, out _, out _))
        {
            return BadParameter("period", $"'{period}' is not a {Periods.Describe(indicator.PeriodType).ToLowerInvariant()}; write it like {Periods.Format(indicator.PeriodType)}.");
        }

        BreakdownDimension? dimension = null;
        if (!string.IsNullOrEmpty(breakdown))
        {
            if (!Figures.TryParseDimension(breakdown, out var d))
            {
                return BadParameter("breakdown", $"'{breakdown}' is not a breakdown; use all, sex, age-band, send, cared-for or ethnicity.");
            }

            dimension = d;
        }

        var data = await reader.LoadAsync(indicator, Audience.Public, cancellationToken);
        var order = data.Areas.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var figures = data.Figures
            .Where(f => string.IsNullOrEmpty(area) || f.AreaId == area)
            .Where(f => string.IsNullOrEmpty(period) || f.Period == period)
            .Where(f => dimension is null || f.Source.Dimension == dimension)
            .OrderBy(f => f.Source.PeriodStart).ThenBy(f => order.GetValueOrDefault(f.AreaId, int.MaxValue)).ThenBy(f => f.AreaId, StringComparer.Ordinal)
            .ThenBy(f => f.Source.Dimension).ThenBy(f => f.Source.Category, StringComparer.Ordinal)
            .ToList();
        var comparable = data.Areas.Where(a => a.Id == AreaDemoSeeder.CheshireEast || (a.Kind == AreaKind.Locality && a.ParentId == AreaDemoSeeder.CheshireEast)).Select(a => a.Id).ToHashSet();
        return TypedResults.Ok(Paginate(http, figures, p, size, f => Value(data, f, comparable.Contains(f.AreaId) && f.Source.Dimension == BreakdownDimension.All)));
    }

    private static async Task<Results<Ok<SummaryItem>, ProblemHttpResult>> GetSummaryAsync(
        string code, TogetherDbContext db, OutcomesReader reader, [FromQuery] string? area, CancellationToken cancellationToken)
    {
        var indicator = await FindAsync(db, code, cancellationToken);
        if (indicator is null)
        {
            return IndicatorNotFound(code);
        }

        var areaId = string.IsNullOrEmpty(area) ? AreaDemoSeeder.CheshireEast : area;
        if (!await db.Areas.AnyAsync(a => a.Id == areaId, cancellationToken))
        {
            return BadParameter("area", $"There is no area '{area}'. See {Prefix}/areas for the area ids.");
        }

        var data = await reader.LoadAsync(indicator, Audience.Public, cancellationToken);
        var s = OutcomesReader.SummariseData(data, areaId);
        var trend = new TrendItem(s.Trend.Outcome.ToString(), s.Trend.Sentence, s.Trend.Reason,
            s.Trend.PointsUsed.Select(pt => s.Series.FirstOrDefault(x => x.Figure?.Source.PeriodStart == pt.PeriodStart).Period).Where(x => x is not null).ToList());
        TargetItem? target = s.Target is not null && indicator.TargetValue is { } t && indicator.TargetDate is { } date
            ? new TargetItem(t, Date(date), s.Target.Status.ToString(), s.Target.Sentence)
            : null;
        return TypedResults.Ok(new SummaryItem(indicator.Code, areaId, s.LatestPeriod, s.Latest?.Value, s.Latest?.Lower95, s.Latest?.Upper95, s.Latest?.Suppressed ?? false,
            s.Comparators.Select(c => new ComparisonItem(c.Name, c.Value, c.Result.Outcome.ToString(), c.Result.Describe(c.Name))).ToList(), trend, target));
    }

    private static async Task<Results<Ok<Paged<AreaItem>>, ProblemHttpResult>> ListAreasAsync(
        HttpContext http, TogetherDbContext db, [FromQuery] string? page, [FromQuery(Name = "per_page")] string? perPage, CancellationToken cancellationToken)
    {
        var (p, size, problem) = Paging(page, perPage);
        if (problem is not null)
        {
            return problem;
        }

        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(Paginate(http, areas, p, size, a => new AreaItem(a.Id, a.Name, a.Kind.ToString(), a.ParentId, a.GssCode)));
    }

    private static ValueItem Value(IndicatorData data, FigureView f, bool compare)
    {
        var hidden = f.Suppressed;
        IReadOnlyList<ComparisonItem>? comparisons = null;
        if (compare)
        {
            var list = OutcomesReader.Comparators(data, f.Period, f)
                .Select(c => new ComparisonItem(c.Name, c.Value, c.Result.Outcome.ToString(), c.Result.Describe(c.Name))).ToList();
            if (f.AreaId != AreaDemoSeeder.CheshireEast)
            {
                var ce = data.Get(AreaDemoSeeder.CheshireEast, f.Period)?.Value;
                var result = Comparisons.Compare(Figures.Estimate95(data.Indicator, f.Value, f.Lower95, f.Upper95), ce, data.Indicator.Polarity);
                list.Insert(0, new ComparisonItem("Cheshire East", ce, result.Outcome.ToString(), result.Describe("Cheshire East")));
            }

            comparisons = list;
        }

        return new ValueItem(
            f.AreaId, f.Period, Date(f.Source.PeriodStart), Date(f.Source.PeriodEnd), Figures.Slug(f.Source.Dimension), f.Source.Category,
            f.Count, f.Denominator, f.Value, f.Lower95, f.Upper95, hidden ? null : f.Source.Lower998, hidden ? null : f.Source.Upper998,
            hidden, f.SuppressionExplanation, f.Source.Origin.ToString(), hidden ? null : f.Source.Note, comparisons);
    }

    private static IndicatorItem Describe(HttpContext http, Indicator i)
    {
        var self = $"{Prefix}/indicators/{Uri.EscapeDataString(i.Code)}";
        return new IndicatorItem(
            i.Code, i.Title, i.Definition, i.Rationale, i.NumeratorDefinition, i.DenominatorDefinition, i.Source, i.DataOwner?.Name,
            i.ValueType.ToString(), Figures.Unit(i), i.Multiplier, i.DecimalPlaces, i.Polarity.ToString(), i.PeriodType.ToString(), i.RbaKind.ToString(),
            i.Outcomes, i.Statements, i.IsDemonstration, i.TargetValue, i.TargetDate is { } d ? Date(d) : null,
            new IndicatorLinks(self, self + "/values", self + "/summary", $"/indicators/{Uri.EscapeDataString(i.Code)}",
                $"/indicators/{Uri.EscapeDataString(i.Code)}/data.csv", $"/indicators/{Uri.EscapeDataString(i.Code)}/data.xlsx"));
    }

    private static Task<Indicator?> FindAsync(TogetherDbContext db, string code, CancellationToken cancellationToken) =>
        db.Indicators.AsNoTracking().Include(i => i.DataOwner).FirstOrDefaultAsync(i => i.Code == code && i.IsPublished, cancellationToken);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads page and per_page; a problem (400) when either is not a whole number in range.</summary>
    public static (int Page, int PerPage, ProblemHttpResult? Problem) Paging(string? page, string? perPage)
    {
        var p = 1;
        var size = DefaultPerPage;
        if (!string.IsNullOrEmpty(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out p) || p < 1 || p > MaxPage))
        {
            return (0, 0, BadParameter("page", $"'page' must be a whole number from 1 to {MaxPage:N0}."));
        }

        if (!string.IsNullOrEmpty(perPage) && (!int.TryParse(perPage, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > MaxPerPage))
        {
            return (0, 0, BadParameter("per_page", $"'per_page' must be a whole number from 1 to {MaxPerPage}."));
        }

        return (p, size, null);
    }

    private static Paged<TOut> Paginate<TIn, TOut>(HttpContext http, IReadOnlyList<TIn> all, int page, int perPage, Func<TIn, TOut> map)
    {
        var totalPages = Math.Max(1, (all.Count + perPage - 1) / perPage);
        var items = all.Skip((page - 1) * perPage).Take(perPage).Select(map).ToList();
        string Link(int n)
        {
            var query = http.Request.Query.Where(q => q.Key is not ("page" or "per_page"))
                .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
                .Append($"page={n}").Append($"per_page={perPage}");
            return $"{http.Request.PathBase}{http.Request.Path}?{string.Join('&', query)}";
        }

        return new Paged<TOut>(page, perPage, all.Count, totalPages,
            new PageLinks(Link(page), page < totalPages ? Link(page + 1) : null, page > 1 ? Link(Math.Min(page - 1, totalPages)) : null), items);
    }

    private static ProblemHttpResult BadParameter(string parameter, string detail) =>
        TypedResults.Problem(title: "Invalid query parameter", detail: detail, statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    private static ProblemHttpResult IndicatorNotFound(string code) =>
        TypedResults.Problem(title: "Indicator not found", detail: $"There is no published indicator with the code '{code}'. See {Prefix}/indicators.", statusCode: 404);
}
