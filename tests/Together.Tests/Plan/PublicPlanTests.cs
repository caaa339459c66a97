using System.Net;
using Together.Tests.Support;
using Together.Web.Features.Plan;

namespace Together.Tests.Plan;

public sealed class PublicPlanTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task The_plan_shows_the_live_period_with_every_part_of_it()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/plan");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Children and Young People’s Plan 2024 to 2027", page.H1);
        Assert.Contains("Through working together we will make Cheshire East a great place to be young.", page.Text("#vision"));
        Assert.Equal(PlanWords.Beliefs, page.Texts(".together-beliefs li"));
        Assert.Equal(PlanWords.Outcomes.Select(o => o.Statement), page.Texts(".together-outcomes li"));
        Assert.Equal(
            Enumerable.Range(1, 6).Select(n => $"/plan/outcomes/{n}"),
            page.Document.QuerySelectorAll(".together-outcomes a").Select(a => a.GetAttribute("href")));
        Assert.Equal(PlanWords.FocusAreas.Select(f => f.Title), page.Texts(".together-focus-areas li"));
        Assert.Equal(8, page.Document.QuerySelectorAll(".together-principles .together-principle").Length);
        Assert.Equal("TOGETHER", string.Concat(page.Texts(".together-principles .together-letter")));
        Assert.Equal(PlanWords.Statements, page.Texts(".together-statements li"));
        Assert.Equal(PlanWords.Behaviours, page.Texts(".together-behaviours li"));
        Assert.Contains("overcoming barriers to sharing and using information", page.Text("#what-the-trust-does"));
        // The in-page contents list points at sections that exist.
        var targets = page.Document.QuerySelectorAll(".together-contents a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(9, targets.Count);
        Assert.All(targets, t => Assert.NotNull(page.Document.QuerySelector(t)));
    }

    [Fact]
    public async Task Each_outcome_has_its_own_page_with_plain_words_and_related_focus_areas_and_statements()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/plan/outcomes/2");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Safe", page.H1);
        Assert.Equal("Children and young people feel and are safe", page.Text(".together-outcome-statement"));
        Assert.Contains("We want you to be safe", page.Text(".together-plain-words"));
        Assert.Contains("Cheshire East Safeguarding Children's Partnership", page.Text(".together-outcome-body"));
        Assert.Equal(
            ["Fairer and more resilient communities", "The right support at the right time from the right people", "Excellence in social work and support"],
            page.Texts(".together-outcome-focus-areas li"));
        Assert.Equal(
            ["We will get it right first time and we will help families to be resilient", "Children and young people will live safely in their families and communities"],
            page.Texts(".together-outcome-statements li"));
        Assert.Equal("/plan/focus-areas/1", page.Document.QuerySelector(".together-outcome-focus-areas a")!.GetAttribute("href"));
        // No section is shown without something under its heading.
        Assert.All(page.Document.QuerySelectorAll(".govuk-grid-column-two-thirds h2"), heading => Assert.False(string.IsNullOrWhiteSpace(heading.NextElementSibling?.TextContent), heading.TextContent));
        Assert.Equal("/plan/outcomes/1", page.Document.QuerySelector(".govuk-pagination__prev a")!.GetAttribute("href"));
        Assert.Equal("/plan/outcomes/3", page.Document.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData(1, "Cared for children thrive")]
    [InlineData(3, "Happy and mentally well")]
    [InlineData(4, "Healthy")]
    [InlineData(5, "Skills and qualifications for life")]
    [InlineData(6, "Additional needs, better chances")]
    public async Task Every_outcome_page_has_its_short_title(int number, string title)
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync($"/plan/outcomes/{number}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(title, page.H1);
        Assert.Equal($"Outcome {number} of 6", page.Text(".govuk-caption-l"));
    }

    [Theory]
    [InlineData("/plan/outcomes/7")]
    [InlineData("/plan/outcomes/0")]
    [InlineData("/plan/focus-areas/9")]
    [InlineData("/plan/2030-2033")]
    [InlineData("/plan/2030-2033/outcomes/1")]
    public async Task Unknown_outcomes_focus_areas_and_periods_are_not_found(string path)
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.H1);
    }

    [Fact]
    public async Task Focus_areas_list_and_pages_show_the_eight_focus_areas_and_their_outcomes()
    {
        using var client = app.CreateHtmlClient();
        var list = await client.GetAsync("/plan/focus-areas");
        Assert.Equal(PlanWords.FocusAreas.Select(f => f.Title), list.Texts(".together-focus-area-list h2"));

        var page = await client.GetAsync("/plan/focus-areas/8");
        Assert.Equal("Effective support for children and young people with special educational needs and/or disabilities", page.H1);
        Assert.Contains("education, health and care plans", page.Text(".together-focus-area-body"));
        Assert.Equal(["Additional needs, better chances: Children, young people and young adults with additional needs have better chances in life"], page.Texts(".together-focus-area-outcomes li"));
    }

    [Fact]
    public async Task Together_spells_out_each_letter_with_its_words()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/plan/together");

        Assert.Equal("TOGETHER", page.H1);
        Assert.Equal("TOGETHER", string.Concat(page.Texts(".together-principle .together-letter")));
        Assert.Equal(
            [
                "Teamwork when designing, delivering and evaluating individual support and services",
                "Open minded ideas and discussions",
                "Genuine communication for all parties involved",
                "Equal partners help to shape and improve support for all",
                "Trust each other to make the right decisions",
                "Honest",
                "Engage and empower children, young people, adults and families",
                "Respect for everyone’s views and opinions",
            ],
            page.Texts(".together-principle").Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
    }

    [Fact]
    public async Task How_we_will_know_and_behaviours_have_their_own_pages()
    {
        using var client = app.CreateHtmlClient();
        var know = await client.GetAsync("/plan/how-we-will-know");
        Assert.Equal("How we’ll know if we’ve made a difference", know.H1);
        Assert.Equal(PlanWords.Statements, know.Texts(".together-statement"));

        var behaviours = await client.GetAsync("/plan/behaviours");
        Assert.Equal("Our behaviours", behaviours.H1);
        Assert.Equal(PlanWords.Behaviours, behaviours.Texts(".together-behaviour"));
    }

    [Fact]
    public async Task The_previous_plan_is_browsable_and_clearly_labelled_as_ended()
    {
        using var client = app.CreateHtmlClient();
        var periods = await client.GetAsync("/plan/periods");
        Assert.Equal(["Children and Young People’s Plan 2024 to 2027", "Children and Young People’s Plan 2019 to 2021"], periods.Texts(".together-period h2"));
        Assert.Equal("This plan has ended", periods.Text("#period-2019-2021 .govuk-tag"));
        Assert.Equal("Current plan", periods.Text("#period-2024-2027 .govuk-tag"));

        var old = await client.GetAsync("/plan/2019-2021");
        Assert.Equal(HttpStatusCode.OK, old.Status);
        Assert.Equal("Children and Young People’s Plan 2019 to 2021", old.H1);
        Assert.Contains("This plan has ended", old.Text(".govuk-notification-banner"));
        Assert.Contains("1 January 2019 to 31 December 2021", old.Text(".govuk-notification-banner"));
        Assert.Contains("Our 2019-21 plan to take help us achieve our joint ambition", old.Text("#introduction"));
        Assert.Equal("/plan/2019-2021/outcomes/1", old.Document.QuerySelector(".together-outcomes a")!.GetAttribute("href"));

        var outcome = await client.GetAsync("/plan/2019-2021/outcomes/6");
        Assert.Equal("Additional needs, better chances", outcome.H1);
        Assert.Contains("This plan has ended", outcome.Text(".govuk-notification-banner"));
        var together = await client.GetAsync("/plan/2019-2021/together");
        Assert.Equal(8, together.Document.QuerySelectorAll(".together-principle").Length);

        var live = await client.GetAsync("/plan");
        Assert.Null(live.Document.QuerySelector(".govuk-notification-banner"));
    }

    [Fact]
    public async Task The_home_page_shows_the_live_vision_and_outcomes()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/");

        Assert.Contains("a great place to be young", page.Text(".together-home-vision"));
        Assert.Equal(PlanWords.Outcomes.Select(o => o.ShortTitle), page.Texts(".together-home-outcomes h3"));
        Assert.Equal("/plan/outcomes/1", page.Document.QuerySelector(".together-home-outcomes a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Demo_content_carries_the_outcomes_forward_with_links_back()
    {
        var (old, current) = await app.WithDbAsync(async db =>
        {
            var periods = db.PlanPeriods.ToList();
            var previous = periods.Single(p => p.Slug == "2019-2021");
            var live = periods.Single(p => p.Status == PlanPeriodStatus.Live);
            return await Task.FromResult((db.Outcomes.Where(o => o.PeriodId == previous.Id).ToList(), db.Outcomes.Where(o => o.PeriodId == live.Id).ToList()));
        });

        Assert.Equal(6, current.Count);
        Assert.All(current, o => Assert.Equal(old.Single(x => x.Number == o.Number).Id, o.CarriedForwardFromId));
        var reader = app.WithScope(s => s.GetService(typeof(PlanReader)));
        Assert.NotNull(reader);
    }
}
