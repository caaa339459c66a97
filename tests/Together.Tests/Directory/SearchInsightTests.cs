using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.ServiceDirectory;

namespace Together.Tests.ServiceDirectory;

/// <summary>Search insight: counts by category, locality and no-result words, with nothing personal kept.</summary>
public sealed class SearchInsightTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task Searches_are_counted_by_category_place_and_words_that_found_nothing_and_shown_to_commissioners()
    {
        using var person = app.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/services?category=youth-clubs&near=CW1")).Status);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/services?category=youth-clubs&near=Macclesfield")).Status);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/services?category=youth-clubs&near=CW1&page=2")).Status); // a second page is not a new search
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/services?q=Unicorn+Riding+Lessons")).Status);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/services?q=unicorn%20riding%20lessons!")).Status);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/services?q=zebra+grooming")).Status); // only once: not shown
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/services?q=call+me+07700900123+at+CW1+2BJ+please+quickly+now+today")).Status);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/services?q=call+me+07700900123+at+CW1+2BJ+please+quickly+now+today")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await person.GetAsync("/services?age=seven")).Status); // a refused search is not counted

        using var commissioner = app.CreateHtmlClient();
        await commissioner.SignInAsync("commissioner@demo.together.example");
        var page = await commissioner.GetAsync("/services/insight?period=7");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("What people search for", page.H1);
        Assert.Equal("Youth clubs", Cell(page, "#insight-categories", 0));
        Assert.Equal("2", Cell(page, "#insight-categories", 1));
        var places = Rows(page, "#insight-localities");
        Assert.Contains(("Crewe", "1"), places);
        Assert.Contains(("Macclesfield", "1"), places);
        var words = Rows(page, "#insight-no-results");
        Assert.Contains(("unicorn riding lessons", "2"), words);
        // Numbers that could be a phone number or postcode are dropped, and at most six words are kept.
        Assert.Contains(("call me at please quickly now", "2"), words);
        Assert.DoesNotContain(words, w => w.Name.Contains("zebra", StringComparison.Ordinal));
        Assert.Contains("1 other search found nothing", page.Text("#insight-rare"), StringComparison.Ordinal);
        Assert.Equal("7 searches", page.Text("#insight-total"));

        // What is stored is counts per day and value: no digits from the phone number or postcode, nothing else.
        var stored = await app.WithDbAsync(db => db.DirectorySearchCounts.AsNoTracking().ToListAsync());
        Assert.DoesNotContain(stored, c => c.Value.Contains("07700", StringComparison.Ordinal) || c.Value.Contains("2bj", StringComparison.OrdinalIgnoreCase));
        Assert.All(stored, c => Assert.Equal(new DateOnly(2026, 11, 23), c.Day));
        var columns = typeof(DirectorySearchCount).GetProperties().Select(p => p.Name).ToList();
        Assert.Equal(["Id", "Day", "Dimension", "Value", "Count"], columns);
    }

    [Fact]
    public async Task Only_commissioners_and_administrators_see_the_insight_and_a_bad_period_is_explained()
    {
        using var partner = app.CreateHtmlClient();
        await partner.SignInAsync("partner@demo.together.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/services/insight")).Status);

        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync("admin@demo.together.example");
        var page = await admin.GetAsync("/services/insight?period=forever");
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Choose a period from the list", page.ErrorSummary.Single());
    }

    private static List<(string Name, string Count)> Rows(HtmlPage page, string table) =>
        page.Document.QuerySelectorAll($"{table} tbody tr").Where(r => r.QuerySelector("th") is not null)
            .Select(r => (r.QuerySelector("th")!.TextContent.Trim(), r.QuerySelector("td")!.TextContent.Trim())).ToList();

    private static string Cell(HtmlPage page, string table, int column) => column == 0 ? Rows(page, table)[0].Name : Rows(page, table)[0].Count;
}

/// <summary>Its own app, so its searches do not change the counts the other tests check.</summary>
public sealed class SearchInsightScreeningTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task Words_that_raise_a_safeguarding_concern_are_never_kept()
    {
        using var person = app.CreateHtmlClient();
        await person.GetAsync("/services?q=i+want+to+kill+myself");
        await person.GetAsync("/services?q=i+want+to+kill+myself");

        using var commissioner = app.CreateHtmlClient();
        await commissioner.SignInAsync("commissioner@demo.together.example");
        await commissioner.GetAsync("/services/insight");

        var stored = await app.WithDbAsync(db => db.DirectorySearchCounts.AsNoTracking().Select(c => c.Value).ToListAsync());
        Assert.DoesNotContain(stored, v => v.Contains("kill", StringComparison.Ordinal));
        Assert.Contains(SearchInsight.WithheldTerm, stored);
    }
}
