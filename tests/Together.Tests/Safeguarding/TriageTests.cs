using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Together.Tests.Support;
using Together.Web.Features.Safeguarding;
using Together.Web.Infrastructure.Auditing;

namespace Together.Tests.Safeguarding;

public sealed class TriageTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private const string Lead = "safeguarding@demo.together.example";

    private async Task<(Guid Id, Together.Screening.ScreeningResult Result)> ScreenAsync(string text, string? sourceId = null)
    {
        sourceId ??= Guid.NewGuid().ToString();
        using var scope = app.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<SafeguardingTriage>().ScreenAsync(text, "Test answer", sourceId, "Test consultation, question 3", CancellationToken.None);
        var id = await app.WithDbAsync(db => db.SafeguardingConcerns.Where(c => c.SourceId == sourceId).Select(c => c.Id).SingleOrDefaultAsync());
        return (id, result);
    }

    [Fact]
    public async Task A_possible_disclosure_is_stored_with_its_deadline_and_context()
    {
        var (id, result) = await ScreenAsync("my step dad hits me when mum is at work and I am scared to go home");
        Assert.True(result.Flagged);
        var concern = await app.WithDbAsync(db => db.SafeguardingConcerns.SingleAsync(c => c.Id == id));
        Assert.Equal(result.Severity, concern.Severity);
        Assert.Equal(ConcernStatus.AwaitingDecision, concern.Status);
        Assert.Equal("Test consultation, question 3", concern.Context);
        Assert.Contains("AbuseAndHarm", concern.Categories, StringComparison.Ordinal);
        Assert.Contains("hits me", concern.MatchedPhrases, StringComparison.Ordinal);
        Assert.Equal(SafeguardingSla.DueAt(concern.ReceivedAt, concern.Severity), concern.DueAt);
    }

    [Fact]
    public async Task Harmless_text_is_not_stored()
    {
        var sourceId = Guid.NewGuid().ToString();
        var (id, result) = await ScreenAsync("The youth club should stay open later on Fridays", sourceId);
        Assert.False(result.Flagged);
        Assert.Equal(Guid.Empty, id);
    }

    [Fact]
    public async Task The_help_page_gives_childline_999_and_the_local_front_door()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync(SafeguardingTriage.HelpPath);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("You are not alone", page.H1);
        Assert.Contains("0800 1111", page.Html, StringComparison.Ordinal);
        Assert.Contains("999", page.Html, StringComparison.Ordinal);
        Assert.Contains("0300 123 5012", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_but_a_safeguarding_lead_can_see_the_queue_or_a_concern()
    {
        var (id, _) = await ScreenAsync("I want to kill myself tonight");
        using var anonymous = app.CreateHtmlClient();
        var page = await anonymous.GetAsync("/safeguarding");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/account/sign-in", page.Location, StringComparison.Ordinal);
        page = await anonymous.GetAsync($"/safeguarding/concerns/{id}");
        Assert.Contains("/account/sign-in", page.Location, StringComparison.Ordinal);

        foreach (var email in new[] { "admin@demo.together.example", "board@demo.together.example", "partner@demo.together.example" })
        {
            using var staff = app.CreateHtmlClient();
            await staff.SignInAsync(email);
            foreach (var url in new[] { "/safeguarding", $"/safeguarding/concerns/{id}", "/safeguarding/lexicon" })
            {
                page = await staff.GetAsync(url);
                Assert.True(page.Status == HttpStatusCode.Forbidden || page.Location?.Contains("403", StringComparison.Ordinal) == true, $"{email} reached {url}: {page.Status}");
                Assert.DoesNotContain("kill myself", page.Html, StringComparison.Ordinal);
            }
        }

        using var lead = app.CreateHtmlClient();
        await lead.SignInAsync(Lead);
        page = await lead.GetAsync("/safeguarding");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/safeguarding/concerns/{id}");
    }

    [Fact]
    public async Task The_queue_puts_severe_concerns_first_and_shows_time_left()
    {
        var (mild, _) = await ScreenAsync("I get bullied at school");
        var (severe, severeResult) = await ScreenAsync("my uncle touched my private parts and said not to tell");
        Assert.True(severeResult.Severity >= 4);
        using var lead = app.CreateHtmlClient();
        await lead.SignInAsync(Lead);
        var page = await lead.GetAsync("/safeguarding");
        Assert.Equal(3, await app.WithDbAsync(db => db.SafeguardingConcerns.Where(c => c.Id == mild).Select(c => c.Severity).SingleAsync()));
        var links = page.Document.QuerySelectorAll("table a").Select(a => a.GetAttribute("href")).ToList();
        var severeAt = links.IndexOf($"/safeguarding/concerns/{severe}");
        Assert.True(severeAt >= 0);
        Assert.True(severeAt < links.IndexOf($"/safeguarding/concerns/{mild}"));

        Assert.Contains("due in 1 hour", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_view_of_a_concern_is_audited()
    {
        var (id, _) = await ScreenAsync("there is never any food at home and I am always hungry");
        using var lead = app.CreateHtmlClient();
        await lead.SignInAsync(Lead);
        var page = await lead.GetAsync($"/safeguarding/concerns/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("never any food at home", page.Text("#concern-text"), StringComparison.Ordinal);
        Assert.Contains("Test consultation, question 3", page.Html, StringComparison.Ordinal);
        await lead.GetAsync($"/safeguarding/concerns/{id}");
        var views = await app.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == nameof(SafeguardingConcern) && a.EntityId == id.ToString() && a.Action == AuditAction.Viewed)
            .ToListAsync());
        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.Equal(Lead, v.UserName));
    }

    [Fact]
    public async Task A_decision_needs_a_reason_and_is_recorded_once()
    {
        var (id, _) = await ScreenAsync("my mum's boyfriend hits me with a belt");
        using var lead = app.CreateHtmlClient();
        await lead.SignInAsync(Lead);
        var page = await lead.GetAsync($"/safeguarding/concerns/{id}");
        var form = page;
        page = await lead.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Decision"] = null, ["Reason"] = "" });
        Assert.Equal(["Select a decision", "Enter the reason for the decision"], page.ErrorSummary);

        page = await lead.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Decision"] = "Invented", ["Reason"] = "x" });
        Assert.Equal(["Select a decision"], page.ErrorSummary);

        page = await lead.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Decision"] = "ReferralToFrontDoor", ["Reason"] = "Referred to ChECS, reference 12345" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        page = await lead.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Decision"] = "NotAConcern", ["Reason"] = "Second click" });
        page = await lead.FollowAsync(page);
        Assert.Equal("Referral to children's social care front door", page.Text("#decision"));

        var concern = await app.WithDbAsync(db => db.SafeguardingConcerns.SingleAsync(c => c.Id == id));
        Assert.Equal(ConcernDecision.ReferralToFrontDoor, concern.Decision);
        Assert.Equal(ConcernStatus.Decided, concern.Status);
        Assert.Equal("Referred to ChECS, reference 12345", concern.DecisionReason);
        Assert.Equal(Lead, concern.DecidedBy);
    }

    [Fact]
    public async Task An_unknown_concern_is_not_found()
    {
        using var lead = app.CreateHtmlClient();
        await lead.SignInAsync(Lead);
        var page = await lead.GetAsync($"/safeguarding/concerns/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }
}
