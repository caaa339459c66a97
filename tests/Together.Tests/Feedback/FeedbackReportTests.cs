using System.Net;
using Together.Tests.Admin;
using Together.Tests.Support;
using Together.Web.Features.Feedback;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Tests.Feedback;

public sealed class FeedbackReportTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    /// <summary>Stores answers for a page of its own: yes and no counts at the given days before now, and two comments.</summary>
    internal static async Task<string> SeedAsync(TogetherApp app)
    {
        var path = "/report-test/" + Guid.NewGuid().ToString("N")[..8];
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithDbAsync(async db =>
        {
            void Add(bool? useful, int daysAgo, string? wentWrong = null, ScreeningStatus status = ScreeningStatus.NotNeeded) =>
                db.PageFeedback.Add(new PageFeedback
                {
                    Id = Guid.NewGuid(), Path = path, Useful = useful, CreatedAt = now.AddDays(-daysAgo),
                    WentWrong = wentWrong, CommentedAt = wentWrong is null ? null : now.AddDays(-daysAgo), ScreeningStatus = status,
                });
            Add(true, 1);
            Add(true, 2);
            Add(true, 3);
            Add(false, 4, "Older comment: the map did not load", ScreeningStatus.Clear);
            Add(null, 2, "Newer comment: a broken link", ScreeningStatus.Clear);
            Add(false, 1, "someone is hurting me", ScreeningStatus.Flagged);
            Add(true, 40);
            Add(true, 41);
            return await db.SaveChangesAsync();
        });
        return path;
    }

    private static string Cell(HtmlPage page, string path, string field) =>
        page.Text($"section[data-path='{path}'] td[data-field={field}]");

    [Fact]
    public async Task The_report_shows_useful_percent_counts_and_comments_newest_first_with_flagged_ones_withheld()
    {
        var path = await SeedAsync(app);
        using var client = await app.SignedInAdminAsync();

        var page = await client.GetAsync("/admin/feedback");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        // 5 yes, 2 no: 71.4% rounds to 71%. "Report a problem" without an answer counts in neither.
        Assert.Equal("71%", Cell(page, path, "percent"));
        Assert.Equal("5", Cell(page, path, "yes"));
        Assert.Equal("2", Cell(page, path, "no"));
        Assert.Equal("3", Cell(page, path, "comments"));
        var comments = page.Texts($"section[data-path='{path}'] .together-comment");
        Assert.Equal(3, comments.Count);
        Assert.Contains("Withheld for safeguarding review", comments[0]);
        Assert.DoesNotContain("hurting", page.Html);
        Assert.Contains("Newer comment", comments[1]);
        Assert.Contains("Older comment", comments[2]);
    }

    [Fact]
    public async Task The_date_filter_counts_only_answers_in_the_range_including_the_whole_last_day()
    {
        var path = await SeedAsync(app);
        using var client = await app.SignedInAdminAsync();
        var today = app.Clock.GetUtcNow().UtcDateTime;
        var from = today.AddDays(-10);

        var page = await client.GetAsync($"/admin/feedback?From.Day={from.Day}&From.Month={from.Month}&From.Year={from.Year}&To.Day={today.Day}&To.Month={today.Month}&To.Year={today.Year}");

        Assert.Empty(page.ErrorSummary);
        Assert.Equal("60%", Cell(page, path, "percent")); // 3 yes, 2 no
        Assert.Equal("3", Cell(page, path, "yes"));

        var lastMonth = today.AddDays(-40);
        page = await client.GetAsync($"/admin/feedback?From.Day={lastMonth.Day}&From.Month={lastMonth.Month}&From.Year={lastMonth.Year}&To.Day={lastMonth.Day}&To.Month={lastMonth.Month}&To.Year={lastMonth.Year}");
        Assert.Equal("100%", Cell(page, path, "percent"));
        Assert.Equal("1", Cell(page, path, "yes"));
    }

    [Fact]
    public async Task Impossible_dates_are_explained_and_what_was_typed_is_kept()
    {
        using var client = await app.SignedInAdminAsync();

        var page = await client.GetAsync("/admin/feedback?From.Day=31&From.Month=2&From.Year=2026&To.Day=1&To.Month=&To.Year=2026");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Date from must be a real date", "Date to must include a month"], page.ErrorSummary);
        Assert.Equal("31", page.Value("#From-Day"));
        Assert.Equal("2", page.Value("#From-Month"));
        Assert.Equal("#To-Month", page.Document.QuerySelectorAll(".govuk-error-summary a")[1].GetAttribute("href"));
        Assert.Empty(page.Document.QuerySelectorAll("section[data-path]"));

        page = await client.GetAsync("/admin/feedback?From.Day=10&From.Month=11&From.Year=2026&To.Day=1&To.Month=11&To.Year=2026");
        Assert.Equal(["Date to must be the same as or after date from"], page.ErrorSummary);
    }
}

/// <summary>On its own database, so the pages it adds do not push other tests' pages off page 1.</summary>
public sealed class FeedbackReportPagingTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task Many_pages_are_split_into_pages_of_ten()
    {
        for (var i = 0; i < 11; i++)
        {
            await FeedbackReportTests.SeedAsync(app);
        }

        using var client = await app.SignedInAdminAsync();
        var first = await client.GetAsync("/admin/feedback");
        var second = await client.GetAsync("/admin/feedback?p=2");

        Assert.Equal(10, first.Document.QuerySelectorAll("section[data-path]").Length);
        Assert.NotNull(first.Document.QuerySelector(".govuk-pagination a[rel=next]"));
        var firstPaths = first.Document.QuerySelectorAll("section[data-path]").Select(s => s.GetAttribute("data-path")).ToHashSet();
        Assert.DoesNotContain(second.Document.QuerySelectorAll("section[data-path]").Select(s => s.GetAttribute("data-path")), firstPaths.Contains);
    }
}
