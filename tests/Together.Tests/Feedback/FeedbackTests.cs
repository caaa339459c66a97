using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.Feedback;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Tests.Feedback;

public sealed class FeedbackTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private static Guid TokenOf(HtmlPage page, string answer) =>
        Guid.Parse(page.Document.QuerySelector($"form[data-feedback={answer}] input[name=Token]")!.GetAttribute("value")!);

    private Task<PageFeedback?> FindAsync(Guid id) =>
        app.WithDbAsync(db => db.PageFeedback.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id));

    [Fact]
    public async Task Every_page_asks_whether_it_is_useful_with_two_small_forms_that_need_no_javascript()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/privacy");

        Assert.Equal("Is this page useful?", page.Text("#page-feedback h2"));
        foreach (var answer in new[] { "yes", "no" })
        {
            var form = page.Document.QuerySelector($"#page-feedback form[data-feedback={answer}]")!;
            Assert.Equal("post", form.GetAttribute("method"));
            Assert.Equal("/feedback", form.GetAttribute("action"));
            Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
            Assert.Equal("/privacy", form.QuerySelector("input[name=Path]")!.GetAttribute("value"));
        }

        Assert.Equal("/feedback/tell-us?path=%2Fprivacy", page.Document.QuerySelector("#page-feedback a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Yes_stores_the_path_without_its_query_string_and_says_thank_you_with_a_way_back()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/privacy/young-people?search=my+name");
        var token = TokenOf(page, "yes");

        page = await client.SubmitAsync(page, "form[data-feedback=yes]");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        page = await client.FollowAsync(page);

        Assert.Equal("Thank you for your feedback", page.H1);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/privacy/young-people']"));
        Assert.Null(page.Document.QuerySelector("#page-feedback"));
        var stored = await FindAsync(token);
        Assert.NotNull(stored);
        Assert.Equal("/privacy/young-people", stored.Path);
        Assert.True(stored.Useful);
        Assert.Null(stored.TryingToDo);
        Assert.Equal(ScreeningStatus.NotNeeded, stored.ScreeningStatus);
    }

    [Fact]
    public async Task Pressing_yes_twice_on_the_same_page_counts_once()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/cookies");
        var token = TokenOf(page, "yes");

        var first = await client.SubmitAsync(page, "form[data-feedback=yes]");
        var second = await client.SubmitAsync(page, "form[data-feedback=yes]");

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.Redirect, second.Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.PageFeedback.CountAsync(f => f.Id == token)));
    }

    [Fact]
    public async Task No_counts_the_answer_then_asks_what_went_wrong_without_asking_for_personal_details()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/accessibility");
        var token = TokenOf(page, "no");

        page = await client.FollowAsync(await client.SubmitAsync(page, "form[data-feedback=no]"));

        Assert.Equal("Help us improve this website", page.H1);
        Assert.Contains("Do not include personal information like your name or email", page.Text("main"));
        Assert.NotNull(page.Document.QuerySelector(".govuk-character-count[data-maxlength='1200'] textarea[name=TryingToDo]"));
        Assert.NotNull(page.Document.QuerySelector(".govuk-character-count[data-maxlength='1200'] textarea[name=WentWrong]"));
        Assert.Empty(page.Document.QuerySelectorAll("main input[type=email], main input[name*=Name]"));
        var vote = await FindAsync(token);
        Assert.False(vote!.Useful);

        page = await client.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?>
        {
            ["TryingToDo"] = "Find the accessibility contact\r\nfor a PDF",
            ["WentWrong"] = "There was no phone number",
        });
        page = await client.FollowAsync(page);

        Assert.Equal("Thank you for your feedback", page.H1);
        var stored = await FindAsync(token);
        Assert.Equal("Find the accessibility contact\nfor a PDF", stored!.TryingToDo);
        Assert.Equal("There was no phone number", stored.WentWrong);
        Assert.Equal(ScreeningStatus.Clear, stored.ScreeningStatus);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, stored.CommentedAt);
    }

    [Fact]
    public async Task No_then_sending_nothing_keeps_the_answer_and_says_thank_you()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/accessibility");
        var token = TokenOf(page, "no");
        page = await client.FollowAsync(await client.SubmitAsync(page, "form[data-feedback=no]"));

        page = await client.FollowAsync(await client.SubmitAsync(page, "main form[method=post]"));

        Assert.Equal("Thank you for your feedback", page.H1);
        var stored = await FindAsync(token);
        Assert.False(stored!.Useful);
        Assert.False(stored.HasComments);
    }

    [Fact]
    public async Task Over_long_comments_are_refused_with_the_error_summary_and_what_was_typed_is_kept()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/feedback/tell-us?path=/plan");
        var tooLong = new string('a', 1201);

        page = await client.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["TryingToDo"] = "Read the plan", ["WentWrong"] = tooLong });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["What went wrong must be 1,200 characters or fewer"], page.ErrorSummary);
        Assert.Equal("#WentWrong", page.Document.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.StartsWith("Error:", page.Title);
        Assert.Equal(tooLong, page.Value("textarea[name=WentWrong]"));
        Assert.Equal("Read the plan", page.Value("textarea[name=TryingToDo]"));
        var token = Guid.Parse(page.Value("input[name=Token]")!);
        Assert.Null(await FindAsync(token));

        // Exactly 1,200 characters is allowed, and a Windows line break counts as one character.
        var exactly = new string('b', 1198) + "\r\nc";
        page = await client.FollowAsync(await client.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["WentWrong"] = exactly }));
        Assert.Equal("Thank you for your feedback", page.H1);
        var stored = await FindAsync(token);
        Assert.Equal(1200, stored!.WentWrong!.Length);
        Assert.Null(stored.Useful);
        Assert.Equal("/plan", stored.Path);
    }

    [Fact]
    public async Task Reporting_a_problem_with_nothing_typed_asks_for_something()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/feedback/tell-us?path=/cookies");

        page = await client.SubmitAsync(page, "main form[method=post]");

        Assert.Equal(["Enter what you were trying to do or what went wrong"], page.ErrorSummary);
        Assert.Null(await FindAsync(Guid.Parse(page.Value("input[name=Token]")!)));
    }

    [Fact]
    public async Task Sending_the_same_report_twice_stores_it_once()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/feedback/tell-us?path=/cookies");
        var token = Guid.Parse(page.Value("input[name=Token]")!);
        var fields = new Dictionary<string, string?> { ["WentWrong"] = "The cookie table is cut off" };

        await client.SubmitAsync(page, "main form[method=post]", fields);
        var again = await client.SubmitAsync(page, "main form[method=post]", fields);

        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.PageFeedback.CountAsync(f => f.Id == token)));
    }

    [Fact]
    public async Task A_tampered_antiforgery_token_gets_the_400_page_and_nothing_is_stored()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/cookies");
        var token = TokenOf(page, "yes");

        page = await client.SubmitAsync(page, "form[data-feedback=yes]", new Dictionary<string, string?> { ["__RequestVerificationToken"] = "tampered" });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("There is a problem with your request", page.H1);
        Assert.Null(await FindAsync(token));
    }

    [Fact]
    public async Task Unknown_answer_ids_are_not_found()
    {
        using var client = app.CreateHtmlClient();

        var page = await client.GetAsync($"/feedback/tell-us?id={Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Theory]
    [InlineData("/Plan/Outcomes/?q=my+name#top", "/plan/outcomes")]
    [InlineData("/", "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example/x", "/")]
    [InlineData("//evil.example/x", "/")]
    [InlineData("/a\\b", "/")]
    public void Paths_are_stored_without_query_strings_and_only_for_this_site(string given, string stored) =>
        Assert.Equal(stored, FeedbackPaths.Normalise(given));

    [Fact]
    public void Stored_paths_are_cut_to_the_column_length() =>
        Assert.Equal(PageFeedback.PathMaxLength, FeedbackPaths.Normalise("/" + new string('x', 500)).Length);

    [Theory]
    [InlineData(3, 1, 75)]
    [InlineData(1, 2, 33)]
    [InlineData(2, 1, 67)]
    [InlineData(1, 7, 13)] // 12.5 rounds half up
    [InlineData(0, 4, 0)]
    public void Useful_percent_is_yes_over_all_answers_rounded_half_up(int yes, int no, int percent) =>
        Assert.Equal(percent, new PageUsefulness("/x", yes, no, 0).UsefulPercent);

    [Fact]
    public void Useful_percent_is_empty_when_nobody_answered() =>
        Assert.Null(new PageUsefulness("/x", 0, 0, 3).UsefulPercent);
}
