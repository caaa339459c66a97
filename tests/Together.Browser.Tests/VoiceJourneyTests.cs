using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Together.Browser.Tests.Support;
using Together.Web.Features.Voice;

namespace Together.Browser.Tests;

/// <summary>
/// Answering the demo's open consultation, "Better places for young people", end to end: with the keyboard alone, with
/// JavaScript switched off, and with Back, Forward and reload in the middle. axe (WCAG 2.2 AA) checks every distinct page
/// of the journey and the published results of a closed consultation; nothing may be lost or stored twice.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class VoiceJourneyTests(BrowserSite site)
{
    private const string Slug = VoiceDemoSeeder.OpenSlug;
    private const string StartPath = "/have-your-say/" + Slug;
    private const string Continue = "main form[method=post] button.govuk-button";
    private const string PublishedResults = "/have-your-say/getting-help-with-how-you-feel/results";

    [Fact]
    public async Task Answer_a_consultation_with_the_keyboard_only_and_read_published_results()
    {
        await using var browser = await site.NewPageAsync();
        var page = browser.Page;
        var errors = RecordErrorPages(page);
        await browser.GotoAsync("/have-your-say");
        await Axe.AssertNoViolationsAsync(page, "have your say");

        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, $"main a[href='{StartPath}']");
        await Focus.PressAndWaitForAsync(page, "Enter", StartPath);
        await Axe.AssertNoViolationsAsync(page, "start page");
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "#start");
        await Focus.PressAndWaitForAsync(page, "Enter", "/q/q1");
        var key = KeyOf(page);

        // Question 1 is required: sending it empty brings the error summary, which takes the focus and leads to the radios.
        await Axe.AssertNoViolationsAsync(page, "question 1");
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, Continue);
        await Focus.PressAndWaitForAsync(page, "Enter", "/q/q1");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        Assert.StartsWith("Error:", await page.TitleAsync());
        await Axe.AssertNoViolationsAsync(page, "question 1 with an error");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".govuk-error-summary__list a[href='#Answer']")).ToBeFocusedAsync();
        await Focus.AssertVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#Answer")).ToBeFocusedAsync();
        await Focus.AssertVisibleAsync(page);
        // The arrow key moves from the first radio ("Yes") to "No" and chooses it.
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.GetByLabel("No", new() { Exact = true })).ToBeCheckedAsync();
        await Focus.AssertVisibleAsync(page);
        await Focus.TabToAsync(page, Continue);
        await Focus.PressAndWaitForAsync(page, "Enter", "/q/q2");

        // What stops you (shown because of "No"): Space ticks checkboxes.
        await Axe.AssertNoViolationsAsync(page, "question 2 (checkboxes)");
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "#Answer");
        await page.Keyboard.PressAsync("Space");
        await Focus.TabToAsync(page, "#Answer-option-2");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.GetByLabel("It is too far away")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("It costs too much")).ToBeCheckedAsync();
        await Focus.TabToAsync(page, Continue);
        await Focus.PressAndWaitForAsync(page, "Enter", "/q/q3");

        // Rating: Space picks the first, arrows move to 4.
        await Axe.AssertNoViolationsAsync(page, "question 3 (rating)");
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "input[name=Answer]");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("#Answer-option-3")).ToBeCheckedAsync();
        await Focus.TabToAsync(page, Continue);
        await Focus.PressAndWaitForAsync(page, "Enter", "/q/q4");

        // Matrix: each row is its own group of radios; Tab goes from row to row, the third row is left blank.
        await Axe.AssertNoViolationsAsync(page, "question 4 (matrix)");
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "input[name=Answer-0]");
        await page.Keyboard.PressAsync("Space");
        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        await Assertions.Expect(page.Locator("input[name=Answer-0][value=agree]")).ToBeCheckedAsync();
        await Focus.TabToAsync(page, "input[name=Answer-1]");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(page.Locator("input[name=Answer-1][value=strongly-agree]")).ToBeCheckedAsync();
        await Focus.AssertVisibleAsync(page);
        await Focus.TabToAsync(page, Continue);
        await Focus.PressAndWaitForAsync(page, "Enter", "/q/q5");

        // Free text.
        await Axe.AssertNoViolationsAsync(page, "question 5 (free text)");
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "textarea[name=Answer]");
        await page.Keyboard.TypeAsync("A skate park near the station");
        await Focus.TabToAsync(page, Continue);
        await Focus.PressAndWaitForAsync(page, "Enter", "/q/q6");

        // A number.
        await Axe.AssertNoViolationsAsync(page, "question 6 (number)");
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "input[name=Answer]");
        await page.Keyboard.TypeAsync("2");
        await Focus.TabToAsync(page, Continue);
        await Focus.PressAndWaitForAsync(page, "Enter", "/q/q7");

        // About you: age band and town share a screen.
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("About you");
        await Axe.AssertNoViolationsAsync(page, "about you (age band and town)");
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "input[name=q7-Answer]");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.GetByLabel("13 to 17")).ToBeCheckedAsync();
        await Focus.TabToAsync(page, "input[name=q8-Answer]");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.GetByLabel("Crewe")).ToBeCheckedAsync();
        await Focus.TabToAsync(page, Continue, maxStops: 80);
        await Focus.PressAndWaitForAsync(page, "Enter", "/check");

        // Check your answers, then change the free text answer and come back.
        await Axe.AssertNoViolationsAsync(page, "check your answers");
        var answers = page.Locator("#answers");
        await Assertions.Expect(answers).ToContainTextAsync("No");
        await Assertions.Expect(answers).ToContainTextAsync("It is too far away, It costs too much");
        await Assertions.Expect(answers).ToContainTextAsync("A skate park near the station");
        await Assertions.Expect(answers).ToContainTextAsync("13 to 17");
        await Assertions.Expect(answers).ToContainTextAsync("Crewe");
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "a[href$='/q/q5?change=true']");
        await Focus.PressAndWaitForAsync(page, "Enter", "/q/q5");
        await Assertions.Expect(page.Locator("textarea[name=Answer]")).ToHaveValueAsync("A skate park near the station");
        await Axe.AssertNoViolationsAsync(page, "changing question 5");
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "textarea[name=Answer]");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("A skate park and a youth club near the station");
        await Focus.TabToAsync(page, Continue);
        await Focus.PressAndWaitForAsync(page, "Enter", "/check");
        await Assertions.Expect(answers).ToContainTextAsync("A skate park and a youth club near the station");
        await Assertions.Expect(answers).Not.ToContainTextAsync("A skate park near the station");

        var before = await ResponsesAsync();
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, Continue, maxStops: 80);
        await Focus.PressAndWaitForAsync(page, "Enter", "/done");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Thank you");
        await Assertions.Expect(page.Locator("#already-sent")).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page, "confirmation");
        await Focus.AssertSkipLinkWorksAsync(page);
        Assert.Equal(before + 1, await ResponsesAsync());
        var stored = await StoredAnswersAsync(key);
        Assert.Contains(("q1", "no"), stored);
        Assert.Contains(("q3", "4"), stored);
        Assert.Contains(("q4", "1=strongly-agree"), stored);
        Assert.Contains(("q5", "A skate park and a youth club near the station"), stored);
        Assert.Contains(("q8", "crewe"), stored);

        // The published results of a closed consultation.
        Assert.Equal(200, await browser.GotoAsync(PublishedResults));
        await Axe.AssertNoViolationsAsync(page, "published results");
        await Focus.AssertSkipLinkWorksAsync(page);
        Assert.Empty(errors);
        browser.AssertNoProblems();
    }

    [Fact]
    public async Task Answer_a_consultation_with_JavaScript_off_and_the_answers_are_stored()
    {
        // axe runs as script, so it cannot run here; the keyboard journey checks the same pages with it.
        await using var browser = await site.NewPageAsync(javaScript: false);
        var page = browser.Page;
        var errors = RecordErrorPages(page);
        Assert.Equal(200, await browser.GotoAsync(StartPath));
        await page.Locator("#start").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/q/q1$"));
        Assert.DoesNotContain("govuk-frontend-supported", await page.Locator("body").GetAttributeAsync("class") ?? "");

        // The error state works without script: summary, inline message, and a link to the field.
        await SendAsync(page);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary a[href='#Answer']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Answer-error")).ToBeVisibleAsync();
        Assert.StartsWith("Error:", await page.TitleAsync());

        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await SendAsync(page, "/q/q2");
        await page.GetByLabel("I don't know where one is").CheckAsync();
        await page.GetByLabel("It is not open when I am free").CheckAsync();
        await SendAsync(page, "/q/q3");
        await page.GetByLabel("5 – Very good").CheckAsync();
        await SendAsync(page, "/q/q4");
        await page.Locator("input[name=Answer-2][value=disagree]").CheckAsync();
        await SendAsync(page, "/q/q5");
        await page.Locator("textarea[name=Answer]").FillAsync("Buses after 6pm");
        await SendAsync(page, "/q/q6");
        await page.Locator("input[name=Answer]").FillAsync("3");
        await SendAsync(page, "/q/q7");
        await page.GetByLabel("8 to 12").CheckAsync();
        await page.GetByLabel("Nantwich").CheckAsync();
        await SendAsync(page, "/check");
        var answers = page.Locator("#answers");
        await Assertions.Expect(answers).ToContainTextAsync("I don't know where one is, It is not open when I am free");
        await Assertions.Expect(answers).ToContainTextAsync("Buses after 6pm");
        await Assertions.Expect(answers).ToContainTextAsync("Nantwich");

        await SendAsync(page, "/done");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Thank you");
        Assert.Contains(("q5", "Buses after 6pm"), await StoredAnswersAsync(KeyOf(page)));

        Assert.Equal(200, await browser.GotoAsync(PublishedResults));
        Assert.Empty(errors);
        browser.AssertNoProblems();
    }

    [Fact]
    public async Task Back_forward_and_reload_lose_no_answer_and_never_store_twice()
    {
        await using var browser = await site.NewPageAsync();
        var page = browser.Page;
        var errors = RecordErrorPages(page);
        await browser.GotoAsync(StartPath);
        await page.Locator("#start").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/q/q1$"));
        var key = KeyOf(page);

        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await SendAsync(page, "/q/q2");
        await page.GetByLabel("It is too far away").CheckAsync();
        await SendAsync(page, "/q/q3");

        // The browser's Back button twice, then Forward twice: every answer is still ticked.
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/q/q2$"));
        await Assertions.Expect(page.GetByLabel("It is too far away")).ToBeCheckedAsync();
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/q/q1$"));
        await Assertions.Expect(page.GetByLabel("No", new() { Exact = true })).ToBeCheckedAsync();
        await page.GoForwardAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/q/q2$"));
        await Assertions.Expect(page.GetByLabel("It is too far away")).ToBeCheckedAsync();
        await page.GoForwardAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/q/q3$"));

        await page.GetByLabel("4 – Good").CheckAsync();
        await SendAsync(page, "/q/q4");
        await page.Locator("input[name=Answer-0][value=agree]").CheckAsync();
        await SendAsync(page, "/q/q5");
        await page.Locator("textarea[name=Answer]").FillAsync("Somewhere dry to meet friends");
        await SendAsync(page, "/q/q6");

        // Reloading the page that came after a sent answer asks for it again (Post/Redirect/Get): nothing is sent twice.
        var reloaded = await page.ReloadAsync();
        Assert.NotNull(reloaded);
        Assert.Equal("GET", reloaded.Request.Method);
        Assert.Equal(200, reloaded.Status);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/q/q6$"));

        // Back to the text typed earlier, reload it: the text is still there.
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/q/q5$"));
        await Assertions.Expect(page.Locator("textarea[name=Answer]")).ToHaveValueAsync("Somewhere dry to meet friends");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("textarea[name=Answer]")).ToHaveValueAsync("Somewhere dry to meet friends");
        await page.GoForwardAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/q/q6$"));

        await SendAsync(page, "/q/q7");
        await SendAsync(page, "/check");
        var reloadedCheck = await page.ReloadAsync();
        Assert.Equal("GET", reloadedCheck!.Request.Method);
        var answers = page.Locator("#answers");
        await Assertions.Expect(answers).ToContainTextAsync("It is too far away");
        await Assertions.Expect(page.Locator("#answers .govuk-summary-list__row", new() { HasText = "How good are the things to do" })
            .Locator(".govuk-summary-list__value")).ToHaveTextAsync("Good");
        await Assertions.Expect(answers).ToContainTextAsync("Somewhere dry to meet friends");

        // A second tab left on "Check your answers".
        var otherTab = await browser.Context.NewPageAsync();
        await otherTab.GotoAsync(page.Url);
        await Assertions.Expect(otherTab.Locator("main h1")).ToHaveTextAsync("Check your answers");

        var before = await ResponsesAsync();
        await SendAsync(page, "/done");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Thank you");
        Assert.Equal(before + 1, await ResponsesAsync());
        Assert.Equal(1, await ResponsesForAsync(key));

        // Reloading the confirmation stores nothing more.
        var reloadedDone = await page.ReloadAsync();
        Assert.Equal("GET", reloadedDone!.Request.Method);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Thank you");

        // Back from the confirmation: the answers were already sent, and the page says so instead of offering to send again.
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#already-sent")).ToContainTextAsync("You have already sent your answers");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Thank you");
        await Axe.AssertNoViolationsAsync(page, "confirmation after Back");

        // Sending from the other tab: told the answers were already sent, and still only one response.
        await otherTab.Locator(Continue).ClickAsync();
        await Assertions.Expect(otherTab).ToHaveURLAsync(new Regex("/done\\?already=true$"));
        await Assertions.Expect(otherTab.Locator("#already-sent")).ToContainTextAsync("You have already sent your answers");

        // Back to a question from the history: the same answer, never a question to answer again.
        await page.GotoAsync($"{StartPath}/{key}/q/q3");
        await Assertions.Expect(page.Locator("#already-sent")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Thank you");

        Assert.Equal(before + 1, await ResponsesAsync());
        Assert.Equal(1, await ResponsesForAsync(key));
        var stored = await StoredAnswersAsync(key);
        Assert.Contains(("q2", "too-far"), stored);
        Assert.Contains(("q3", "4"), stored);
        Assert.Contains(("q5", "Somewhere dry to meet friends"), stored);
        Assert.Empty(errors);
        browser.AssertNoProblems();
    }

    /// <summary>Presses the form's button (pointer; JavaScript may be off) and waits for the page whose path ends so.</summary>
    private static async Task SendAsync(IPage page, string? pathEnding = null)
    {
        await page.Locator(Continue).ClickAsync();
        await page.WaitForLoadStateAsync();
        if (pathEnding is not null)
        {
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(pathEnding) + "(\\?.*)?$"));
        }
    }

    /// <summary>Every document the browser is shown with an error status (404, 409, 500…): a journey must never meet one.</summary>
    private static List<string> RecordErrorPages(IPage page)
    {
        var errors = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "document" && response.Status >= 400)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };
        return errors;
    }

    private static string KeyOf(IPage page) => new Uri(page.Url).AbsolutePath.Split('/')[3];

    private Task<int> ResponsesAsync() =>
        site.App.WithDbAsync(db => db.SurveyResponses.CountAsync(r => db.Consultations.Any(c => c.Id == r.ConsultationId && c.Slug == Slug)));

    private Task<int> ResponsesForAsync(string key)
    {
        var hash = ResponseJourneys.Hash(key);
        return site.App.WithDbAsync(db => db.SurveyResponses.CountAsync(r => r.DraftKeyHash == hash));
    }

    private async Task<List<(string Question, string Value)>> StoredAnswersAsync(string key)
    {
        var hash = ResponseJourneys.Hash(key);
        var rows = await site.App.WithDbAsync(db => db.ResponseAnswers
            .Where(a => db.SurveyResponses.Any(r => r.Id == a.ResponseId && r.DraftKeyHash == hash))
            .Select(a => new { a.QuestionId, a.Value }).ToListAsync());
        return rows.Select(a => (a.QuestionId, a.Value)).ToList();
    }
}
