using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Together.Statistics;
using Together.Tests.Support;
using Together.Web.Features.Outcomes;
using Together.Web.Infrastructure.Database;

namespace Together.Tests.Outcomes;

internal static class OutcomesTestData
{
    public static readonly string[] Localities =
        ["crewe", "macclesfield", "congleton", "wilmslow", "sandbach", "poynton", "nantwich", "middlewich", "knutsford", "alsager", "handforth", "bollington"];

    public static readonly Submitter Admin = new("admin@demo.together.example", null, true);

    /// <summary>A new published proportion indicator with no figures, unique to the calling test.</summary>
    public static async Task<Indicator> NewIndicatorAsync(TogetherApp app, string code, PeriodType periodType = PeriodType.FinancialYear)
    {
        var indicator = new Indicator
        {
            Id = Guid.NewGuid(), Code = code, Title = "Test indicator " + code, Definition = "d", Rationale = "r", NumeratorDefinition = "n", DenominatorDefinition = "d",
            Source = "Test", ValueType = IndicatorValueType.Proportion, Multiplier = 100, DecimalPlaces = 1, Polarity = Polarity.HighIsGood,
            PeriodType = periodType, CiMethod = CiMethod.WilsonScore, ComparisonMethod = ComparisonMethod.ConfidenceInterval95, RbaKind = RbaKind.BetterOff,
            OutcomeNumbers = "2", IsPublished = true,
        };
        await app.WithDbAsync(async db =>
        {
            db.Indicators.Add(indicator);
            return await db.SaveChangesAsync();
        });
        return indicator;
    }

    public static async Task<SubmissionResult> SubmitAsync(TogetherApp app, IReadOnlyList<(int, FigureInput)> rows, string? file = null, string? reason = null)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FigureSubmissions>().SubmitAsync(rows, Admin, file, reason, CancellationToken.None);
    }

    /// <summary>Makes an organisation (by slug) the data owner of the indicator.</summary>
    public static Task<int> OwnAsync(TogetherApp app, Indicator indicator, string organisationSlug) =>
        app.WithDbAsync(async db =>
        {
            var tracked = await db.Indicators.SingleAsync(i => i.Id == indicator.Id);
            tracked.DataOwnerId = await db.Organisations.Where(o => o.Slug == organisationSlug).Select(o => o.Id).SingleAsync();
            indicator.DataOwnerId = tracked.DataOwnerId;
            return await db.SaveChangesAsync();
        });

    public static async Task<T> WithCalendarAsync<T>(TogetherApp app, Func<SubmissionCalendar, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<SubmissionCalendar>());
    }

    public static FigureInput Row(string code, string area, string period, int? count, int? denominator, string breakdown = "", string category = "") =>
        new(code, area, period, breakdown, category, count?.ToString(), denominator?.ToString(), null, null, null);

    public static Task<int> CountAsync(TogetherApp app, Guid indicatorId) =>
        app.WithDbAsync(db => db.IndicatorValues.CountAsync(v => v.IndicatorId == indicatorId));

    /// <summary>Posts a file to the upload page the way a browser does (multipart with the antiforgery token).</summary>
    public static async Task<HtmlPage> UploadAsync(HtmlClient client, byte[] bytes, string fileName = "figures.csv", string? reason = null)
    {
        var form = await client.GetAsync("/data/upload");
        var token = form.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(reason ?? ""), "Reason" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "Upload", fileName);
        var response = await client.Http.PostAsync("/data/upload", content);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
    }
}
