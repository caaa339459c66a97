using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Tests.Safeguarding;

/// <summary>Free text from anywhere on the site, not only surveys, reaches the safeguarding queue.</summary>
public sealed class FreeTextTriageTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task A_disclosure_in_page_feedback_is_withheld_and_queued_for_safeguarding_leads_only()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/feedback/tell-us?path=/plan");
        page = await client.FollowAsync(await client.SubmitAsync(page, "main form[method=post]",
            new Dictionary<string, string?> { ["WentWrong"] = "my dad hits me when he gets angry and i am scared to go home" }));

        Assert.Contains("0800 1111", page.Html);
        var (status, concerns) = await app.WithDbAsync(async db => (
            await db.PageFeedback.Where(f => f.WentWrong != null && f.WentWrong.Contains("scared to go home")).Select(f => f.ScreeningStatus).SingleAsync(),
            await db.SafeguardingConcerns.Where(c => c.SourceType == "Page feedback").ToListAsync()));
        Assert.Equal(ScreeningStatus.Flagged, status);
        var concern = Assert.Single(concerns);
        Assert.True(concern.Severity >= 4);

        using var lead = app.CreateHtmlClient();
        await lead.SignInAsync("safeguarding@demo.together.example");
        var queue = await lead.GetAsync("/safeguarding");
        Assert.Contains("Page feedback", queue.Html);

        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync("admin@demo.together.example");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await admin.GetAsync("/safeguarding")).Status);
        var report = await admin.GetAsync("/admin/feedback");
        Assert.DoesNotContain("scared to go home", report.Html);
    }

    [Fact]
    public async Task Ordinary_feedback_is_not_queued()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/feedback/tell-us?path=/cookies");
        await client.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["WentWrong"] = "The cookies table is hard to read on my phone" });

        var queued = await app.WithDbAsync(db => db.SafeguardingConcerns.CountAsync(c => c.Context == "Comment on /cookies"));
        Assert.Equal(0, queued);
    }
}
