using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Together.Web.Features.Plan;

namespace Together.Tests.Plan;

/// <summary>Starting the next plan and making it live. Its own app: it changes which plan is live.</summary>
public sealed class PlanPeriodTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task A_new_plan_is_copied_from_the_live_one_and_making_it_live_ends_the_old_one()
    {
        using var client = app.CreateHtmlClient();
        await client.SignInAsync("admin@demo.together.example");
        var admin = await client.GetAsync("/admin/plan");
        Assert.Equal("Live", admin.Text("#period-2024-2027 .govuk-tag"));
        Assert.Equal("Ended", admin.Text("#period-2019-2021 .govuk-tag"));

        var form = await client.GetAsync(admin.Document.QuerySelector("#period-2024-2027 a[href*='periods/new']")!.GetAttribute("href")!);
        Assert.Equal("2027", form.Value("#StartYear"));

        var invalid = await client.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Title"] = "", ["StartYear"] = "2024", ["EndYear"] = "2027" });
        Assert.Equal(["Enter a title"], invalid.ErrorSummary);
        var taken = await client.SubmitAsync(invalid, "form[method=post]", new Dictionary<string, string?> { ["Title"] = "Children and Young People’s Plan again" });
        Assert.Equal(["There is already a plan for 2024 to 2027"], taken.ErrorSummary);
        Assert.Equal("Children and Young People’s Plan again", taken.Value("#Title"));

        var created = await client.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?>
        {
            ["Title"] = "Children and Young People’s Plan 2027 to 2030",
            ["StartYear"] = "2027",
            ["EndYear"] = "2030",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var period = await client.FollowAsync(created);
        Assert.Equal("Children and Young People’s Plan 2027 to 2030", period.H1);

        // Everything was copied with new ids that point back at the rows they came from.
        await app.WithDbAsync(async db =>
        {
            var current = await db.PlanPeriods.SingleAsync(p => p.Slug == "2024-2027");
            var next = await db.PlanPeriods.SingleAsync(p => p.Slug == "2027-2030");
            Assert.Equal(PlanPeriodStatus.Draft, next.Status);
            Assert.Equal(current.Id, next.CarriedForwardFromId);
            var oldOutcomes = await db.Outcomes.Where(o => o.PeriodId == current.Id).ToListAsync();
            var newOutcomes = await db.Outcomes.Where(o => o.PeriodId == next.Id).ToListAsync();
            Assert.Equal(6, newOutcomes.Count);
            Assert.All(newOutcomes, o => Assert.Equal(oldOutcomes.Single(x => x.Number == o.Number).Id, o.CarriedForwardFromId));
            Assert.Empty(newOutcomes.Select(o => o.Id).Intersect(oldOutcomes.Select(o => o.Id)));
            Assert.Equal(8, await db.FocusAreas.CountAsync(f => f.PeriodId == next.Id));
            Assert.Equal(8, await db.Principles.CountAsync(f => f.PeriodId == next.Id));
            Assert.Equal(7, await db.DifferenceStatements.CountAsync(f => f.PeriodId == next.Id));
            Assert.Equal(3, await db.Behaviours.CountAsync(f => f.PeriodId == next.Id));
            Assert.Equal(3, await db.Beliefs.CountAsync(f => f.PeriodId == next.Id));
            var newOutcomeIds = newOutcomes.Select(o => o.Id).ToList();
            Assert.Equal(
                await db.OutcomeLinks.CountAsync(l => oldOutcomes.Select(o => o.Id).Contains(l.OutcomeId)),
                await db.OutcomeLinks.CountAsync(l => newOutcomeIds.Contains(l.OutcomeId)));
            return 0;
        });

        // A draft plan is not public.
        using var visitor = app.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/plan/2027-2030")).Status);
        Assert.DoesNotContain("2027 to 2030", (await visitor.GetAsync("/plan/periods")).Text("main"));

        var confirm = await client.GetAsync((await client.GetAsync("/admin/plan")).Document.QuerySelector("#period-2027-2030 a[href$='make-live']")!.GetAttribute("href")!);
        Assert.Equal("Make Children and Young People’s Plan 2027 to 2030 live?", confirm.H1);
        Assert.Contains("Children and Young People’s Plan 2024 to 2027 will end", confirm.Text("main"));
        var done = await client.SubmitAsync(confirm, "form[method=post]");
        var again = await client.SubmitAsync(confirm, "form[method=post]");
        Assert.Equal(done.Location, again.Location);
        var listed = await client.FollowAsync(done);
        Assert.Contains("is now the live plan", listed.Text(".govuk-notification-banner--success"));

        var statuses = await app.WithDbAsync(db => db.PlanPeriods.OrderBy(p => p.Slug).Select(p => p.Status).ToListAsync());
        Assert.Equal([PlanPeriodStatus.Archived, PlanPeriodStatus.Archived, PlanPeriodStatus.Live], statuses);
        Assert.Equal("Children and Young People’s Plan 2027 to 2030", (await visitor.GetAsync("/plan")).H1);
        var ended = await visitor.GetAsync("/plan/2024-2027/outcomes/2");
        Assert.Equal("Safe", ended.H1);
        Assert.Contains("This plan has ended", ended.Text(".govuk-notification-banner"));

        // Indicators linked to an earlier plan's outcome can find the live plan's version of it.
        var reader = app.Services.CreateScope().ServiceProvider.GetRequiredService<PlanReader>();
        var oldSafe = await app.WithDbAsync(async db =>
        {
            var first = await db.PlanPeriods.SingleAsync(p => p.Slug == "2019-2021");
            return await db.Outcomes.SingleAsync(o => o.PeriodId == first.Id && o.Number == 2);
        });
        var liveSafe = await reader.LiveVersionOfOutcomeAsync(oldSafe.Id);
        Assert.NotNull(liveSafe);
        Assert.Equal("/plan/outcomes/2", await reader.OutcomeUrlAsync(liveSafe.Id));
        Assert.Equal("/plan/2019-2021/outcomes/2", await reader.OutcomeUrlAsync(oldSafe.Id));
    }

    [Fact]
    public async Task Period_details_and_sections_preview_on_the_plan_page()
    {
        using var client = app.CreateHtmlClient();
        await client.SignInAsync("admin@demo.together.example");
        var sectionId = await app.WithDbAsync(async db =>
        {
            var live = await db.PlanPeriods.SingleAsync(p => p.Status == PlanPeriodStatus.Live);
            return await db.PlanSections.Where(s => s.PeriodId == live.Id && s.Key == PlanSectionKeys.Vision).Select(s => s.Id).SingleAsync();
        });

        var edit = await client.GetAsync($"/admin/plan/section/{sectionId}");
        var preview = await client.FollowAsync(await client.SubmitAsync(edit, "form[method=post]", new Dictionary<string, string?>
        {
            ["Body"] = "## Our promise\n\nEvery child in Cheshire East should feel they belong.",
        }));

        Assert.Contains("Every child in Cheshire East should feel they belong.", preview.Text(".together-preview #vision"));
        Assert.Equal("Our promise", preview.Text(".together-preview #vision h2.govuk-heading-m"));
    }

    [Fact]
    public async Task Period_dates_are_checked()
    {
        using var client = app.CreateHtmlClient();
        await client.SignInAsync("admin@demo.together.example");
        var period = await app.WithDbAsync(db => db.PlanPeriods.SingleAsync(p => p.Status == PlanPeriodStatus.Live));
        var edit = await client.GetAsync($"/admin/plan/period/{period.Id}");
        Assert.Equal(period.StartsOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), edit.Value("#StartsOn-year"));

        var page = await client.SubmitAsync(edit, "form[method=post]", new Dictionary<string, string?>
        {
            ["StartsOn-day"] = "31",
            ["StartsOn-month"] = "2",
            ["EndsOn-year"] = "",
            ["EndsOn-month"] = "",
            ["EndsOn-day"] = "",
        });

        Assert.Equal(["Starts on must be a real date", "Enter the date the plan ends"], page.ErrorSummary);
        Assert.Equal("31", page.Value("#StartsOn-day"));
        Assert.Equal("#StartsOn-day", page.Document.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
    }
}
