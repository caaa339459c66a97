using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Statistics;
using Together.Web.Features.Accounts;
using Together.Web.Features.Outcomes.TurnTheCurve;
using Together.Web.Features.OpenData;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;
using Together.Web.Infrastructure.Export;

namespace Together.Web.Features.Outcomes;

public static class OutcomesSetup
{
    public static IServiceCollection AddOutcomesFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<OutcomesReader>();
        services.AddScoped<FigureSubmissions>();
        services.AddScoped<SubmissionCalendar>();
        services.AddScoped<ApiKeys>();
        services.Configure<SubmissionCalendarOptions>(configuration.GetSection(SubmissionCalendarOptions.Section));
        services.AddScoped<IDemoSeeder, OutcomesDemoSeeder>();
        services.AddOutcomesStory();
        services.AddScoped<IDemoSeeder, SubmissionCalendarDemoSeeder>();
        // Background jobs follow the outbox's switch, so tests (which send by hand) also run the calendar check by hand.
        if (configuration.GetValue("Outcomes:Calendar:CheckInBackground", configuration.GetValue("Notifications:SendInBackground", true)))
        {
            services.AddHostedService<SubmissionCalendarCheck>();
        }

        services.AddOpenDataApi();
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin/Indicators", Policies.Administrator);
            o.Conventions.AuthorizeFolder("/Admin/Submissions", Policies.Administrator);
            o.Conventions.AuthorizeFolder("/Admin/ApiKeys", Policies.Administrator);
            o.Conventions.AuthorizeFolder("/Data", Policies.Staff);
        });
        return services;
    }

    public static WebApplication MapOutcomes(this WebApplication app)
    {
        app.MapOpenData();
        app.MapGet("/data/template.csv", () => Results.File(Encoding.UTF8.GetBytes(CsvFigures.Template), "text/csv; charset=utf-8", "figures-template.csv"))
            .RequireAuthorization(Policies.Staff);
        app.MapGet("/indicators/{code}/data.csv", async (string code, TogetherDbContext db, OutcomesReader reader, CancellationToken ct) =>
        {
            var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code && i.IsPublished, ct);
            if (indicator is null)
            {
                return Results.NotFound();
            }

            var data = await reader.LoadAsync(indicator, Audience.Public, ct);
            return Results.File(Encoding.UTF8.GetBytes(PublicCsv(data)), "text/csv; charset=utf-8", $"{indicator.Code.ToLowerInvariant()}.csv");
        });

        app.MapGet("/indicators/{code}/data.xlsx", async (string code, TogetherDbContext db, OutcomesReader reader, CancellationToken ct) =>
        {
            var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code && i.IsPublished, ct);
            if (indicator is null)
            {
                return Results.NotFound();
            }

            var data = await reader.LoadAsync(indicator, Audience.Public, ct);
            return Results.File(XlsxWorkbook.ToBytes(indicator.Code, PublicColumns, PublicRows(data)), XlsxWorkbook.ContentType, $"{indicator.Code.ToLowerInvariant()}.xlsx");
        });

        var api = app.MapGroup("/api/outcomes").DisableAntiforgery();
        api.MapGet("/indicators", async (TogetherDbContext db, CancellationToken ct) =>
            (await db.Indicators.AsNoTracking().Where(i => i.IsPublished).OrderBy(i => i.Code).ToListAsync(ct)).Select(Describe));
        api.MapGet("/indicators/{code}", async (string code, TogetherDbContext db, OutcomesReader reader, CancellationToken ct) =>
        {
            var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code && i.IsPublished, ct);
            if (indicator is null)
            {
                return Results.Problem(title: "Indicator not found", detail: $"There is no published indicator with the code '{code}'.", statusCode: 404);
            }

            var data = await reader.LoadAsync(indicator, Audience.Public, ct);
            return Results.Ok(new
            {
                indicator = Describe(indicator),
                figures = data.Figures.OrderBy(f => f.Source.PeriodStart).ThenBy(f => f.AreaId).ThenBy(f => f.Source.Dimension).ThenBy(f => f.Source.Category).Select(f => new
                {
                    area = f.AreaId,
                    period = f.Period,
                    breakdown = Figures.Slug(f.Source.Dimension),
                    category = f.Source.Category,
                    count = f.Count,
                    denominator = f.Denominator,
                    value = f.Value,
                    lower95 = f.Lower95,
                    upper95 = f.Upper95,
                    suppressed = f.Suppressed,
                    origin = f.Source.Origin.ToString(),
                    note = f.Source.Note,
                }),
            });
        });
        api.MapGet("/outcomes/{number:int}", async (int number, TogetherDbContext db, OutcomesReader reader, CancellationToken ct) =>
        {
            if (!PlanLinks.Outcomes.ContainsKey(number))
            {
                return Results.Problem(title: "Outcome not found", detail: "Outcomes are numbered 1 to 6.", statusCode: 404);
            }

            var summaries = await Scorecard.ForOutcomeAsync(db, reader, number, ct);
            return Results.Ok(new
            {
                number,
                title = PlanLinks.OutcomeTitle(number),
                indicators = summaries.Select(s => new
                {
                    code = s.Indicator.Code,
                    title = s.Indicator.Title,
                    period = s.LatestPeriod,
                    value = s.Latest?.Value,
                    lower95 = s.Latest?.Lower95,
                    upper95 = s.Latest?.Upper95,
                    suppressed = s.Latest?.Suppressed ?? false,
                    comparisons = s.Comparators.Select(c => new { comparator = c.Name, value = c.Value, result = c.Result.Outcome.ToString(), words = c.Result.Describe(c.Name) }),
                    trend = s.Trend.Sentence,
                    target = s.Target?.Sentence,
                }),
            });
        });
        api.MapPost("/submissions", SubmitAsync);
        return app;
    }

    public sealed record SubmissionRequest(IReadOnlyList<SubmissionFigure>? Figures, string? Reason);

    public sealed record SubmissionFigure(string? Indicator, string? Area, string? Period, string? Breakdown, string? Category,
        double? Count, double? Denominator, double? Value, double? StandardDeviation, string? Note);

    private static async Task<IResult> SubmitAsync(HttpContext http, TogetherDbContext db, FigureSubmissions submissions, TimeProvider clock, CancellationToken ct)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(title: "API key needed", detail: "Send your organisation's API key in the Authorization header: 'Bearer <key>'.", statusCode: 401);
        }

        var hash = HashToken(header["Bearer ".Length..].Trim());
        var token = await db.OutcomesApiTokens.Include(t => t.Organisation).FirstOrDefaultAsync(t => t.TokenHash == hash && t.RevokedAt == null, ct);
        if (token is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return Results.Problem(title: "API key not recognised", detail: "The API key is wrong or has been withdrawn. Ask an administrator for a new one.", statusCode: 401);
        }

        token.LastUsedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);

        SubmissionRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<SubmissionRequest>(ct);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            return Results.Problem(title: "The request is not valid JSON", detail: "Send a JSON object with a 'figures' list.", statusCode: 400);
        }

        if (request?.Figures is not { Count: > 0 } figures)
        {
            return Results.Problem(title: "No figures", detail: "Send at least one figure in the 'figures' list.", statusCode: 400);
        }

        if (figures.Count > 10_000)
        {
            return Results.Problem(title: "Too many figures", detail: "Send at most 10,000 figures in one request.", statusCode: 413);
        }

        static string? Text(double? d) => d?.ToString("R", CultureInfo.InvariantCulture);
        var rows = figures.Select((f, i) => (i + 1, new FigureInput(f.Indicator, f.Area, f.Period, f.Breakdown, f.Category,
            Text(f.Count), Text(f.Denominator), Text(f.Value), Text(f.StandardDeviation), f.Note))).ToList();
        var result = await submissions.SubmitAsync(rows, new Submitter($"API key {token.Prefix}… ({token.Organisation!.Name})", token.OrganisationId, false), "API", request.Reason, ct);
        if (!result.Succeeded)
        {
            return Results.Problem(title: "Some figures are not right", detail: "Nothing was saved. Correct the figures listed in 'errors' and send them all again.", statusCode: 422,
                extensions: new Dictionary<string, object?> { ["errors"] = result.Errors.Select(e => new { figure = e.Line, field = e.Column, message = e.Message }) });
        }

        return Results.Ok(new { added = result.Added, corrected = result.Corrected, unchanged = result.Unchanged });
    }

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static object Describe(Indicator i) => new
    {
        code = i.Code,
        title = i.Title,
        definition = i.Definition,
        numerator = i.NumeratorDefinition,
        denominator = i.DenominatorDefinition,
        source = i.Source,
        valueType = i.ValueType.ToString(),
        multiplier = i.Multiplier,
        polarity = i.Polarity.ToString(),
        periodType = i.PeriodType.ToString(),
        outcomes = i.Outcomes,
        statements = i.Statements,
        demonstrationData = i.IsDemonstration,
    };

    public static readonly IReadOnlyList<string> PublicColumns =
        ["indicator", "area", "period", "breakdown", "category", "count", "denominator", "value", "lower_95", "upper_95", "note"];

    /// <summary>The same figures as <see cref="PublicCsv"/>, as typed cells for a spreadsheet: suppressed numbers are the marker, never the figure.</summary>
    public static IEnumerable<IReadOnlyList<object?>> PublicRows(IndicatorData data)
    {
        object? Num(double? d, bool suppressed) => suppressed ? DisclosureControl.SuppressedMarker : d;
        foreach (var f in data.Figures.OrderBy(f => f.Source.PeriodStart).ThenBy(f => f.AreaId).ThenBy(f => f.Source.Dimension).ThenBy(f => f.Source.Category))
        {
            var hidden = f.Suppressed && f.Audience == Audience.Public;
            yield return
            [
                data.Indicator.Code, f.AreaId, f.Period, Figures.Slug(f.Source.Dimension), f.Source.Category,
                Num(f.Count, hidden), Num(f.Denominator, hidden), Num(f.Value, hidden), Num(f.Lower95, hidden), Num(f.Upper95, hidden),
                hidden ? "Not shown to protect privacy (fewer than 5)" : f.Source.Note,
            ];
        }
    }

    public static string PublicCsv(IndicatorData data)
    {
        var sb = new StringBuilder("indicator,area,period,breakdown,category,count,denominator,value,lower_95,upper_95,note\n");
        string Cell(string? s) => s is null ? "" : s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) || s.Contains('\n', StringComparison.Ordinal) ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
        string Num(double? d, bool suppressed) => suppressed ? DisclosureControl.SuppressedMarker : d?.ToString("R", CultureInfo.InvariantCulture) ?? "";
        foreach (var f in data.Figures.OrderBy(f => f.Source.PeriodStart).ThenBy(f => f.AreaId).ThenBy(f => f.Source.Dimension).ThenBy(f => f.Source.Category))
        {
            var hidden = f.Suppressed && f.Audience == Audience.Public;
            sb.Append(Cell(data.Indicator.Code)).Append(',').Append(Cell(f.AreaId)).Append(',').Append(Cell(f.Period)).Append(',')
                .Append(Figures.Slug(f.Source.Dimension)).Append(',').Append(Cell(f.Source.Category)).Append(',')
                .Append(Num(f.Count, hidden)).Append(',').Append(Num(f.Denominator, hidden)).Append(',').Append(Num(f.Value, hidden)).Append(',')
                .Append(Num(f.Lower95, hidden)).Append(',').Append(Num(f.Upper95, hidden)).Append(',')
                .Append(Cell(hidden ? "Not shown to protect privacy (fewer than 5)" : f.Source.Note)).Append('\n');
        }

        return sb.ToString();
    }
}

/// <summary>Builds the public scorecard for one outcome.</summary>
public static class Scorecard
{
    public static async Task<IReadOnlyList<IndicatorSummary>> ForOutcomeAsync(TogetherDbContext db, OutcomesReader reader, int outcome, CancellationToken ct)
    {
        var indicators = (await db.Indicators.AsNoTracking().Where(i => i.IsPublished).OrderBy(i => i.Code).ToListAsync(ct))
            .Where(i => i.Outcomes.Contains(outcome)).ToList();
        var data = await reader.LoadScorecardAsync(indicators, Audience.Public, ct);
        return data.Select(d => reader.Summarise(d)).ToList();
    }
}
