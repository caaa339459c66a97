using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.Plan;

namespace Together.Tests.Plan;

public sealed class PlanAdminTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private const string Admin = "admin@demo.together.example";

    private async Task<HtmlClient> AdminAsync()
    {
        var client = app.CreateHtmlClient();
        await client.SignInAsync(Admin);
        return client;
    }


    private Task<Guid> LiveOutcomeIdAsync(int number) => app.WithDbAsync(async db =>
    {
        var live = await db.PlanPeriods.SingleAsync(p => p.Status == PlanPeriodStatus.Live);
        return await db.Outcomes.Where(o => o.PeriodId == live.Id && o.Number == number).Select(o => o.Id).SingleAsync();
    });

    private Task<Guid> LiveBehaviourIdAsync(int number) => app.WithDbAsync(async db =>
    {
        var live = await db.PlanPeriods.SingleAsync(p => p.Status == PlanPeriodStatus.Live);
        return await db.Behaviours.Where(o => o.PeriodId == live.Id && o.Number == number).Select(o => o.Id).SingleAsync();
    });

    [Fact]
    public async Task Anonymous_people_are_sent_to_sign_in()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/admin/plan");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/account/sign-in", new Uri(new Uri("http://localhost"), page.Location!).AbsolutePath);
    }

    [Fact]
    public async Task Signed_in_people_who_are_not_administrators_are_refused()
    {
        using var client = app.CreateHtmlClient();
        await client.SignInAsync("partner@demo.together.example");

        var page = await client.FollowAsync(await client.GetAsync($"/admin/plan/outcome/{await LiveOutcomeIdAsync(1)}"));

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Equal("You cannot see this page", page.H1);
    }

    [Fact]
    public async Task An_edit_is_a_draft_until_published_and_history_shows_who_did_what()
    {
        using var client = await AdminAsync();
        var id = await LiveOutcomeIdAsync(3);
        var edit = await client.GetAsync($"/admin/plan/outcome/{id}");
        Assert.Equal(HttpStatusCode.OK, edit.Status);
        Assert.Equal("Happy and mentally well", edit.Value("#ShortTitle"));
        Assert.Equal("on", edit.Document.QuerySelector("#FocusAreas-5")?.HasAttribute("checked") == true ? "on" : "off");

        var saved = await client.SubmitAsync(edit, "form[method=post]", new Dictionary<string, string?>
        {
            ["ShortTitle"] = "Happy and well",
            ["Summary"] = "We want you to be happy, and to get help quickly when things feel hard.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var preview = await client.FollowAsync(saved);
        Assert.Contains("Preview", preview.Text(".together-preview-banner"));
        Assert.Contains("not published yet", preview.Text(".together-preview-banner"));
        Assert.Equal("Happy and well", preview.Text(".together-preview h1"));
        Assert.Contains("get help quickly when things feel hard", preview.Text(".together-preview .together-plain-words"));

        using var visitor = app.CreateHtmlClient();
        Assert.Equal("Happy and mentally well", (await visitor.GetAsync("/plan/outcomes/3")).H1);

        var published = await client.FollowAsync(await client.SubmitAsync(preview, ".together-preview-banner form[method=post]"));
        Assert.Contains("is published", published.Text(".govuk-notification-banner--success"));
        Assert.Equal("Happy and well", (await visitor.GetAsync("/plan/outcomes/3")).H1);
        Assert.Contains("Happy and well", (await visitor.GetAsync("/")).Text(".together-home-outcomes"));

        var history = await client.GetAsync($"/admin/plan/outcome/{id}/history");
        Assert.Equal(["2", "1"], history.Texts(".together-history tbody tr td:first-child"));
        Assert.Equal(["Alex Morgan", "Children and Young People's Trust"], history.Texts(".together-history__author"));
        Assert.Equal("Published", history.Text("#version-2 .govuk-tag"));
        Assert.Equal("Replaced", history.Text("#version-1 .govuk-tag"));

        var changes = await client.GetAsync(history.Document.QuerySelector("#version-2 a")!.GetAttribute("href")!);
        Assert.Equal("mentally", changes.Text("[data-field=ShortTitle] del").Trim());
        Assert.Empty(changes.Document.QuerySelectorAll("[data-field=Statement]"));

        // Restore version 1: a new draft, published only when asked.
        var first = await client.GetAsync(history.Document.QuerySelector("#version-1 a")!.GetAttribute("href")!);
        var restored = await client.FollowAsync(await client.SubmitAsync(first, "form[method=post]"));
        Assert.Equal("Happy and mentally well", restored.Text(".together-preview h1"));
        Assert.Equal("Happy and well", (await visitor.GetAsync("/plan/outcomes/3")).H1);
        history = await client.GetAsync($"/admin/plan/outcome/{id}/history");
        Assert.Equal(["3 (restored from version 1)", "2", "1"], history.Texts(".together-history tbody tr td:first-child"));
        Assert.Equal("Draft", history.Text("#version-3 .govuk-tag"));
        await client.SubmitAsync(restored, ".together-preview-banner form[method=post]");
        Assert.Equal("Happy and mentally well", (await visitor.GetAsync("/plan/outcomes/3")).H1);
    }


    [Fact]
    public async Task Publishing_twice_changes_nothing_the_second_time()
    {
        using var client = await AdminAsync();
        var id = await LiveBehaviourIdAsync(2);
        var edit = await client.GetAsync($"/admin/plan/behaviour/{id}");
        var preview = await client.FollowAsync(await client.SubmitAsync(edit, "form[method=post]", new Dictionary<string, string?>
        {
            ["Text"] = "We will work together as one team and make decisions jointly.",
        }));

        var first = await client.SubmitAsync(preview, ".together-preview-banner form[method=post]");
        var second = await client.FollowAsync(await client.SubmitAsync(preview, ".together-preview-banner form[method=post]"));

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Contains("was already published", second.Text(".govuk-notification-banner--success"));
        var versions = await app.WithDbAsync(db => db.PlanRevisions.Where(r => r.ItemId == id).Select(r => r.Version).ToListAsync());
        Assert.Equal([1, 2], versions.Order());
        using var visitor = app.CreateHtmlClient();
        Assert.Contains("We will work together as one team and make decisions jointly.", (await visitor.GetAsync("/plan/behaviours")).Texts(".together-behaviour"));
    }

    [Fact]
    public async Task Saving_the_same_draft_twice_keeps_one_version()
    {
        using var client = await AdminAsync();
        var id = await LiveBehaviourIdAsync(3);
        var edit = await client.GetAsync($"/admin/plan/behaviour/{id}");
        var fields = new Dictionary<string, string?> { ["Text"] = "We will celebrate what the whole network achieves." };

        var first = await client.SubmitAsync(edit, "form[method=post]", fields);
        var second = await client.SubmitAsync(edit, "form[method=post]", fields);

        Assert.Equal(first.Location, second.Location);
        Assert.Equal(2, await app.WithDbAsync(db => db.PlanRevisions.CountAsync(r => r.ItemId == id)));
    }

    [Fact]
    public async Task Empty_and_over_long_fields_are_explained_and_what_was_typed_is_kept()
    {
        using var client = await AdminAsync();
        var id = await LiveOutcomeIdAsync(4);
        var edit = await client.GetAsync($"/admin/plan/outcome/{id}");
        var tooLong = new string('a', PlanLimits.Statement + 1);

        var page = await client.SubmitAsync(edit, "form[method=post]", new Dictionary<string, string?>
        {
            ["ShortTitle"] = "  ",
            ["Statement"] = tooLong,
            ["Body"] = "Kept body text",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Enter a short title", "Outcome statement must be 500 characters or fewer (you have 501)"], page.ErrorSummary);
        Assert.StartsWith("Error:", page.Title);
        Assert.Equal("#ShortTitle", page.Document.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector("#ShortTitle.govuk-input--error"));
        Assert.Equal(tooLong, page.Value("#Statement"));
        Assert.Equal("Kept body text", page.Value("#Body"));
        Assert.Equal(1, await app.WithDbAsync(db => db.PlanRevisions.CountAsync(r => r.ItemId == id)));
    }

    [Fact]
    public async Task Html_typed_into_the_plan_is_shown_as_text_never_run()
    {
        using var client = await AdminAsync();
        var id = await LiveOutcomeIdAsync(5);
        var edit = await client.GetAsync($"/admin/plan/outcome/{id}");
        var preview = await client.FollowAsync(await client.SubmitAsync(edit, "form[method=post]", new Dictionary<string, string?>
        {
            ["Body"] = "Before <script>alert('x')</script> after [a link](javascript:alert(1))",
        }));
        await client.SubmitAsync(preview, ".together-preview-banner form[method=post]");

        using var visitor = app.CreateHtmlClient();
        var page = await visitor.GetAsync("/plan/outcomes/5");

        Assert.Contains("&lt;script&gt;alert", page.Html);
        Assert.Contains("<script>alert('x')</script>", page.Text(".together-outcome-body"));
        Assert.All(page.Document.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), "inline script found"));
        Assert.Equal("#", page.Document.QuerySelector(".together-outcome-body a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Changing_which_focus_areas_an_outcome_relates_to_changes_its_links_when_published()
    {
        using var client = await AdminAsync();
        var id = await LiveOutcomeIdAsync(6);
        var edit = await client.GetAsync($"/admin/plan/outcome/{id}");
        var preview = await client.FollowAsync(await client.SubmitAsync(edit, "form[method=post]", new Dictionary<string, string?>
        {
            ["FocusAreas"] = HtmlClient.Many("4", "8"),
        }));
        Assert.Equal(
            ["The right support at the right time from the right people", "Effective support for children and young people with special educational needs and/or disabilities"],
            preview.Texts(".together-preview .together-outcome-focus-areas li"));

        using var visitor = app.CreateHtmlClient();
        Assert.Equal(2, (await visitor.GetAsync("/plan/outcomes/6")).Texts(".together-outcome-focus-areas li").Count);
        Assert.Contains("Enjoyable education", (await visitor.GetAsync("/plan/outcomes/6")).Text(".together-outcome-focus-areas"));

        await client.SubmitAsync(preview, ".together-preview-banner form[method=post]");
        var page = await visitor.GetAsync("/plan/outcomes/6");
        Assert.DoesNotContain("Enjoyable education", page.Text(".together-outcome-focus-areas"));
        Assert.Contains("The right support at the right time", page.Text(".together-outcome-focus-areas"));
    }

    [Fact]
    public async Task Unknown_items_and_revisions_are_not_found()
    {
        using var client = await AdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/plan/outcome/{Guid.NewGuid()}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/plan/unicorn/{await LiveOutcomeIdAsync(1)}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/plan/revisions/999999/preview")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/plan/periods/{Guid.NewGuid()}")).Status);
    }

    [Fact]
    public async Task The_ended_plan_cannot_be_changed()
    {
        using var client = await AdminAsync();
        var oldOutcome = await app.WithDbAsync(async db =>
        {
            var old = await db.PlanPeriods.SingleAsync(p => p.Slug == "2019-2021");
            return await db.Outcomes.Where(o => o.PeriodId == old.Id && o.Number == 1).Select(o => o.Id).SingleAsync();
        });

        var page = await client.GetAsync($"/admin/plan/outcome/{oldOutcome}");

        Assert.Contains("This plan has ended", page.Text("main"));
        Assert.Null(page.Document.QuerySelector("main form[method=post]"));
    }
}
