using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.Voice;

namespace Together.Tests.Voice;

public sealed class ConsultationAdminTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public void The_lifecycle_only_moves_forward_one_stage_at_a_time()
    {
        Assert.True(ConsultationLifecycle.CanMove(ConsultationStatus.Draft, ConsultationStatus.Scheduled));
        Assert.True(ConsultationLifecycle.CanMove(ConsultationStatus.Scheduled, ConsultationStatus.Draft));
        Assert.False(ConsultationLifecycle.CanMove(ConsultationStatus.Draft, ConsultationStatus.Open));
        Assert.False(ConsultationLifecycle.CanMove(ConsultationStatus.Closed, ConsultationStatus.Open));
        Assert.False(ConsultationLifecycle.CanMove(ConsultationStatus.ResultsPublished, ConsultationStatus.Analysing));
    }

    [Fact]
    public async Task Only_staff_can_manage_consultations()
    {
        using var anonymous = app.CreateHtmlClient();
        Assert.Contains("/account/sign-in", (await anonymous.GetAsync("/admin/consultations")).Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_create_build_open_and_close_a_consultation_and_each_move_is_recorded()
    {
        using var client = app.CreateHtmlClient();
        await client.SignInAsync("admin@demo.together.example");
        var page = await client.GetAsync("/admin/consultations/new");
        var refused = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Title"] = "", ["Opens"] = "31/2/2027" });
        Assert.Contains("Enter a title", refused.ErrorSummary);
        Assert.Contains("Enter the date it opens as a real date, like 27/3/2027", refused.ErrorSummary);

        var owner = page.Document.QuerySelectorAll("#OwnerId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));
        page = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?>
        {
            ["Title"] = "School holidays", ["Summary"] = "What would you like to do in the summer holidays?", ["Audiences"] = HtmlClient.Many("Children8To12", "ParentsAndCarers"),
            ["OwnerId"] = owner, ["Opens"] = "23/11/2026", ["Closes"] = "31/12/2026", ["ResultsBy"] = "28/2/2027", ["PlanLinks"] = "3, 4.2",
        });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var manage = page.Location!;
        page = await client.GetAsync(manage);
        Assert.Equal("Draft", page.Text("#status"));

        // A consultation with no questions cannot be scheduled.
        page = await client.SubmitAsync(page, "form[action*=Move]");
        Assert.Equal(["Add at least one question before scheduling or opening"], page.ErrorSummary);

        page = await client.GetAsync(manage);
        page = await client.SubmitAsync(page, "#add-question", new Dictionary<string, string?> { ["PageId"] = "new", ["NewPageTitle"] = "Holidays", ["Type"] = "Rating", ["Text"] = "How were the last holidays?", ["Options"] = "Awful\nBad\nOK\nGood" });
        Assert.Equal(["Enter 5 words for the rating scale, from 1 (lowest) to 5 (highest), one on each line"], page.ErrorSummary);
        Assert.Equal("How were the last holidays?", page.Value("#Text"));
        page = await client.SubmitAsync(page, "#add-question", new Dictionary<string, string?> { ["PageId"] = "new", ["NewPageTitle"] = "Holidays", ["Type"] = "SingleChoice", ["Text"] = "Did you go to a holiday club?", ["EasyReadText"] = "Did you go to a club?", ["Options"] = "Yes\nNo", ["Required"] = "true" });
        page = await client.GetAsync(manage);
        page = await client.SubmitAsync(page, "#add-question", new Dictionary<string, string?> { ["PageId"] = "p1", ["Type"] = "LongText", ["Text"] = "What did you do there?", ["ShowIfQuestion"] = "q1", ["ShowIfOperator"] = "Is", ["ShowIfValue"] = "maybe" });
        Assert.Equal(["\"maybe\" is not one of the answers to that question"], page.ErrorSummary);
        page = await client.SubmitAsync(page, "#add-question", new Dictionary<string, string?> { ["PageId"] = "p1", ["Type"] = "LongText", ["Text"] = "What did you do there?", ["ShowIfQuestion"] = "q1", ["ShowIfOperator"] = "Is", ["ShowIfValue"] = "o1", ["Options"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);

        var preview = await client.GetAsync(manage + "/preview?easyRead=true");
        Assert.Contains("Did you go to a club?", preview.Html, StringComparison.Ordinal);
        Assert.Contains("shown only if q1 Is o1", preview.Html, StringComparison.Ordinal);

        foreach (var expected in new[] { "Scheduled", "Open" })
        {
            page = await client.GetAsync(manage);
            page = await client.SubmitAsync(page, "form[action*=Move]", new Dictionary<string, string?> { ["To"] = expected });
            Assert.Equal(HttpStatusCode.Redirect, page.Status);
        }

        // A stale second click on "Schedule" does not move anything.
        page = await client.GetAsync(manage);
        var stale = await client.SubmitAsync(page, "form[action*=Move]", new Dictionary<string, string?> { ["To"] = "Scheduled" });
        Assert.Single(stale.ErrorSummary);

        var consultation = await app.WithDbAsync(db => db.Consultations.SingleAsync(c => c.Title == "School holidays"));
        Assert.Equal(ConsultationStatus.Open, consultation.Status);
        Assert.Equal(Audience.Children8To12 | Audience.ParentsAndCarers, consultation.Audiences);
        var hub = await client.GetAsync("/have-your-say");
        Assert.Contains(hub.Document.QuerySelectorAll("#open ~ ul a"), a => a.GetAttribute("href") == $"/have-your-say/{consultation.Slug}");

        var history = await app.WithDbAsync(db => db.ConsultationStatusChanges.Where(h => h.ConsultationId == consultation.Id).OrderBy(h => h.At).ThenBy(h => h.To).ToListAsync());
        Assert.Equal([ConsultationStatus.Scheduled, ConsultationStatus.Open], history.Select(h => h.To).Order());
        Assert.All(history, h => Assert.Equal("admin@demo.together.example", h.By));
    }

    [Fact]
    public async Task Editing_a_survey_that_has_responses_makes_a_new_version_and_old_responses_keep_theirs()
    {
        var id = await app.WithDbAsync(db => db.Consultations.Where(c => c.Slug == "support-for-send-families").Select(c => c.Id).SingleAsync());
        var before = await app.WithDbAsync(db => db.SurveyVersions.Where(v => v.ConsultationId == id).ToListAsync());
        Assert.Single(before);

        using var client = app.CreateHtmlClient();
        await client.SignInAsync("admin@demo.together.example");
        var page = await client.GetAsync($"/admin/consultations/{id}");
        Assert.Contains("creates version 2", page.Text("#version-note"), StringComparison.Ordinal);
        page = await client.SubmitAsync(page, "#add-question", new Dictionary<string, string?> { ["PageId"] = "p1", ["Type"] = "ShortText", ["Text"] = "Anything else?" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        page = await client.GetAsync($"/admin/consultations/{id}");
        page = await client.SubmitAsync(page, "#add-question", new Dictionary<string, string?> { ["PageId"] = "p1", ["Type"] = "ShortText", ["Text"] = "And another thing?" });

        var versions = await app.WithDbAsync(db => db.SurveyVersions.Where(v => v.ConsultationId == id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.DoesNotContain("Anything else?", versions[0].DefinitionJson, StringComparison.Ordinal);
        Assert.Contains("Anything else?", versions[1].DefinitionJson, StringComparison.Ordinal);
        Assert.Contains("And another thing?", versions[1].DefinitionJson, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.SurveyResponses.Where(r => r.ConsultationId == id).AllAsync(r => r.SurveyVersionId == versions[0].Id)));
    }
}
