using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.ServiceDirectory;

namespace Together.Tests.ServiceDirectory;

/// <summary>The people's search pages, through HTTP without JavaScript.</summary>
public sealed class FindAServiceTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task The_search_is_in_the_navigation_and_lists_services()
    {
        using var client = app.CreateHtmlClient();
        var home = await client.GetAsync("/");
        Assert.Contains(home.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/services" && a.TextContent.Trim() == "Find a service");

        var page = await client.GetAsync("/services");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Find a service", page.H1);
        Assert.Equal(20, page.Document.QuerySelectorAll(".together-directory-result").Length);
        Assert.Matches("^[0-9,]+ services found$", page.Text("#results-count"));
    }

    [Fact]
    public async Task The_next_page_link_shows_the_next_twenty_results()
    {
        using var client = app.CreateHtmlClient();
        var first = await client.GetAsync("/services");
        var next = first.Document.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href");
        Assert.NotNull(next);

        var second = await client.GetAsync(next!);

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Contains("Page 2 of", second.Text(".govuk-pagination"), StringComparison.Ordinal);
        var firstNames = first.Texts(".together-directory-result h3 a");
        var secondNames = second.Texts(".together-directory-result h3 a");
        Assert.NotEmpty(secondNames);
        Assert.Empty(firstNames.Intersect(secondNames));
        Assert.NotNull(second.Document.QuerySelector(".govuk-pagination__prev a"));
    }

    [Fact]
    public async Task Filters_combine_and_results_near_a_town_show_miles_nearest_first()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/services?q=club&category=youth-activities&age=13&near=Crewe&within=10");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var results = page.Document.QuerySelectorAll(".together-directory-result").ToList();
        Assert.NotEmpty(results);
        var miles = page.Texts(".together-distance").Select(t => double.Parse(t.Split(' ')[0] == "less" ? "0" : t.Split(' ')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(miles.Order().ToList(), miles);
        Assert.All(miles, m => Assert.True(m <= 10));
        // "club" matches names and descriptions, with stemming ("holiday clubs").
        Assert.All(results, r => Assert.Contains("club", r.TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(page.Texts(".together-directory-result h3"), n => n.StartsWith("Junior youth club", StringComparison.Ordinal)); // ages 8 to 12
        Assert.Contains("Crewe", page.Texts(".together-directory-result h3")[0], StringComparison.Ordinal); // nearest first
    }

    [Theory]
    [InlineData("near=CW1%20XYZ", "Enter a real postcode")]
    [InlineData("near=ZZ9%209ZZ", "We do not know where ZZ9 9ZZ is")]
    [InlineData("near=Atlantis", "We could not find a town called Atlantis")]
    [InlineData("age=seven", "Age must be a whole number")]
    [InlineData("age=99", "Age must be a whole number")]
    public async Task Bad_search_input_gets_a_clear_error(string query, string message)
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/services?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains(page.ErrorSummary, e => e.StartsWith(message, StringComparison.Ordinal));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_postcode_uses_its_district_centre_and_says_it_is_approximate()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/services?near=cw5+5aa");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("approximate", page.Document.QuerySelector(".govuk-grid-column-two-thirds p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nantwich", page.Texts(".together-directory-result h3")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_near_miss_gets_a_did_you_mean()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/services?q=swiming");

        Assert.Equal("0 services found", page.Text("#results-count"));
        Assert.Equal("swimming", page.Text("#did-you-mean a"));
        var followed = await client.GetAsync(page.Document.QuerySelector("#did-you-mean a")!.GetAttribute("href")!);
        Assert.NotEqual("0 services found", followed.Text("#results-count"));
        Assert.All(followed.Texts(".together-directory-result h3"), n => Assert.Contains("swimming", n, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Open_now_shows_only_services_open_at_this_moment()
    {
        // The test clock is Monday 23 November 2026, 10:00 GMT.
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/services?open-now=true&q=family+support+worker");

        Assert.Contains(page.Texts(".together-directory-result h3"), n => n.StartsWith("Family support worker", StringComparison.Ordinal));
        var saturdayOnly = await client.GetAsync("/services?open-now=true&q=saturday+football");
        Assert.Equal("0 services found", saturdayOnly.Text("#results-count"));
    }

    [Fact]
    public async Task A_service_page_says_what_when_where_and_when_it_was_last_checked()
    {
        var id = await app.WithDbAsync(db => db.DirectoryServices.Where(s => s.Name == "Stay and play at Crewe Family Hub").Select(s => s.Id).SingleAsync());
        using var client = app.CreateHtmlClient();

        var page = await client.GetAsync($"/services/{id}");

        Assert.Equal("Stay and play at Crewe Family Hub", page.H1);
        Assert.Equal("Tuesdays and Thursdays, 9:30am to 12 noon, term time", page.Text("#when li"));
        Assert.Matches("^Last checked on [0-9]{1,2} [A-Z][a-z]+ 20[0-9]{2}\\.$", page.Text("#last-checked"));
        Assert.Contains("Up to age 5.", page.Html, StringComparison.Ordinal);
        Assert.Contains("Crewe", page.Text(".together-address"), StringComparison.Ordinal);

        var missing = await client.GetAsync($"/services/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task A_shortlist_is_kept_without_javascript_and_emailed_once()
    {
        var id = await app.WithDbAsync(db => db.DirectoryServices.Where(s => s.Name == "Saturday football, Sandbach").Select(s => s.Id).SingleAsync());
        using var client = app.CreateHtmlClient();
        var service = await client.GetAsync($"/services/{id}");

        var added = await client.FollowAsync(await client.SubmitAsync(service, "form[method=post]"));
        Assert.Contains("your shortlist", added.Html, StringComparison.Ordinal);

        var shortlist = await client.GetAsync("/services/shortlist");
        Assert.Equal(["Saturday football, Sandbach"], shortlist.Texts(".together-directory-result h2"));

        var bad = await client.SubmitAsync(shortlist, "form[action*=Email]", new Dictionary<string, string?> { ["Email"] = "not an email" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal(["Enter an email address in the correct format, like name@example.com"], bad.ErrorSummary);
        Assert.Equal("not an email", bad.Value("#Email"));

        var sent = await client.FollowAsync(await client.SubmitAsync(shortlist, "form[action*=Email]", new Dictionary<string, string?> { ["Email"] = "parent@example.com" }));
        Assert.Contains("We have emailed your shortlist to parent@example.com", sent.Html, StringComparison.Ordinal);
        await client.SubmitAsync(shortlist, "form[action*=Email]", new Dictionary<string, string?> { ["Email"] = "parent@example.com" });

        var messages = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == "parent@example.com").ToListAsync());
        var message = Assert.Single(messages);
        Assert.Contains("Saturday football, Sandbach", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Saturdays, 10am to 12 noon", message.TextBody, StringComparison.Ordinal);

        var removed = await client.FollowAsync(await client.SubmitAsync(sent, "form[action*=Remove]"));
        Assert.Contains("Your shortlist is empty", removed.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_saved_on_this_server_shows_in_the_results_at_once_though_results_are_kept_in_memory()
    {
        using var client = app.CreateHtmlClient();
        var before = await client.GetAsync("/services?q=football&near=Sandbach&within=5");
        Assert.Contains("Saturday football, Sandbach", before.Texts(".together-directory-result h3"));

        await app.WithDbAsync(async db =>
        {
            var service = await db.DirectoryServices.Include(s => s.CostOptions).SingleAsync(s => s.Name == "Saturday football, Sandbach");
            service.Description = "Friendly football for all abilities, now on the new 3G pitch.";
            return await db.SaveChangesAsync();
        });

        var after = await client.GetAsync("/services?q=football&near=Sandbach&within=5");
        var result = after.Document.QuerySelectorAll(".together-directory-result").Single(r => r.QuerySelector("h3")!.TextContent.Trim() == "Saturday football, Sandbach");
        Assert.Contains("now on the new 3G pitch", result.TextContent, StringComparison.Ordinal);
    }
}
