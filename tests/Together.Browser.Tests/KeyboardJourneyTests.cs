using Microsoft.Playwright;
using Together.Browser.Tests.Support;

namespace Together.Browser.Tests;

/// <summary>
/// Whole journeys with the keyboard alone: Tab, arrow keys, Space, Enter and typing, never a click. At every Tab stop
/// the focus must be visible, and on every page the skip link must be the first stop.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardJourneyTests(BrowserSite site)
{
    [Fact]
    public async Task Sign_in_with_the_keyboard_only_recovering_from_an_empty_form()
    {
        await using var browser = await site.NewPageAsync();
        var page = browser.Page;
        await browser.GotoAsync("/");

        // From the top of the home page, through the header and the menu to "Staff sign in".
        await Focus.TabToAsync(page, "a[href='/account/sign-in']");
        await Focus.PressAndWaitForAsync(page, "Enter", "/account/sign-in");

        // Sending the empty form: the error summary takes the focus and its link leads to the field.
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "main form button.govuk-button");
        await Focus.PressAndWaitForAsync(page, "Enter", "/account/sign-in");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".govuk-error-summary__list a[href='#Email']")).ToBeFocusedAsync();
        await Focus.AssertVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("input[name=Email]")).ToBeFocusedAsync();
        await Focus.AssertVisibleAsync(page);

        await page.Keyboard.TypeAsync("youthcouncil@demo.together.example");
        await Focus.TabToAsync(page, "input[name=Password]");
        await page.Keyboard.TypeAsync(Together.Web.Features.Accounts.DemoAccounts.Password);
        await Focus.TabToAsync(page, "main form button.govuk-button");
        await Focus.PressAndWaitForAsync(page, "Enter", "/account");

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("My account");
        await Focus.AssertSkipLinkWorksAsync(page);
        browser.AssertNoProblems();
    }

    [Fact]
    public async Task Rate_a_page_as_not_useful_and_say_why_with_the_keyboard_only()
    {
        await using var browser = await site.NewPageAsync();
        var page = browser.Page;
        await browser.GotoAsync("/privacy");

        await Focus.AssertSkipLinkWorksAsync(page);
        // From the main content onwards to the "Is this page useful?" answer No.
        await Focus.TabToAsync(page, "#page-feedback form[data-feedback=no] button");
        await Focus.PressAndWaitForAsync(page, "Enter", "/feedback/tell-us");

        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "textarea[name=TryingToDo]");
        await page.Keyboard.TypeAsync("Find out who sees what I tell the youth worker");
        await Focus.TabToAsync(page, "textarea[name=WentWrong]");
        await page.Keyboard.TypeAsync("The privacy page uses words I did not understand");
        await Focus.TabToAsync(page, "main form button.govuk-button");
        await Focus.PressAndWaitForAsync(page, "Enter", "/feedback/thank-you");

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Thank you for your feedback");
        await Focus.AssertSkipLinkWorksAsync(page);
        browser.AssertNoProblems();
        var stored = await site.App.WithDbAsync(db => Task.FromResult(
            db.PageFeedback.Where(f => f.Path == "/privacy" && f.Useful == false).Select(f => f.WentWrong).ToList()));
        Assert.Contains("The privacy page uses words I did not understand", stored);
    }

    [Fact]
    public async Task Send_a_message_to_the_Trust_with_the_keyboard_only()
    {
        await using var browser = await site.NewPageAsync();
        var page = browser.Page;
        await browser.GotoAsync("/");

        // Home page: skip link, then all the way down to "Contact us" in the footer.
        await Focus.AssertSkipLinkWorksAsync(page);
        await Focus.TabToAsync(page, "footer a[href='/contact']", maxStops: 80);
        await Focus.PressAndWaitForAsync(page, "Enter", "/contact");

        // Your message: first send it empty to meet the error summary, which takes the focus and links to the field.
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "main form button.govuk-button");
        await Focus.PressAndWaitForAsync(page, "Enter", "/contact");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Focus.AssertVisibleAsync(page);
        await Assertions.Expect(page.Locator(".govuk-error-summary a").First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("textarea[name=Message]")).ToBeFocusedAsync();
        await Focus.AssertVisibleAsync(page);
        await page.Keyboard.TypeAsync("Please can the Youth Council meet somewhere with a bus stop nearby?");
        await Focus.TabToAsync(page, "main form button.govuk-button");
        await Focus.PressAndWaitForAsync(page, "Enter", "/reply");

        // Do you want a reply? The radios: Tab reaches the group, the arrow key moves to "Yes" and reveals the email field.
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "input[name=Reply]");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("#Reply-Email")).ToBeCheckedAsync();
        await Focus.AssertVisibleAsync(page);
        await Focus.TabToAsync(page, "input[name=Email]");
        await page.Keyboard.TypeAsync("sam@example.org");
        await Focus.TabToAsync(page, "input[name=Name]");
        await page.Keyboard.TypeAsync("Sam");
        await Focus.TabToAsync(page, "main form button.govuk-button");
        await Focus.PressAndWaitForAsync(page, "Enter", "/about-you");

        // About you: Space picks the focused radio, arrows move the choice.
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "input[name=AgeBand]");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.GetByLabel("13 to 17")).ToBeCheckedAsync();
        await Focus.TabToAsync(page, "main form button.govuk-button");
        await Focus.PressAndWaitForAsync(page, "Enter", "/check");

        // Check your answers: every Change link on the way to the button shows its focus.
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        var answers = page.Locator("main .govuk-summary-list");
        await Assertions.Expect(answers).ToContainTextAsync("Please can the Youth Council meet somewhere with a bus stop nearby?");
        await Assertions.Expect(answers).ToContainTextAsync("Yes, by email");
        await Assertions.Expect(answers).ToContainTextAsync("sam@example.org");
        await Assertions.Expect(answers).ToContainTextAsync("13 to 17");
        await Focus.TabToAsync(page, "main form button.govuk-button");
        await Focus.PressAndWaitForAsync(page, "Enter", "/sent");

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Message sent");
        await Assertions.Expect(page.Locator("#reference")).Not.ToBeEmptyAsync();
        await Focus.AssertSkipLinkWorksAsync(page);
        browser.AssertNoProblems();
    }

    [Fact]
    public async Task Find_speech_and_language_support_for_a_3_year_old_near_CW1_and_shortlist_it_with_the_keyboard_only()
    {
        await using var browser = await site.NewPageAsync();
        var page = browser.Page;
        await browser.GotoAsync("/services");
        await Axe.AssertNoViolationsAsync(page, "search");

        // The question, the place and the age, then Search.
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "#q");
        await page.Keyboard.TypeAsync("speech and language");
        await Focus.TabToAsync(page, "#near");
        await page.Keyboard.TypeAsync("CW1");
        await Focus.TabToAsync(page, "#age");
        await page.Keyboard.TypeAsync("3");
        await Focus.TabToAsync(page, "main form button.govuk-button", maxStops: 80);
        await Focus.PressAndWaitForAsync(page, "Enter", "/services");
        await Axe.AssertNoViolationsAsync(page, "results");

        // The nearest result is the Crewe speech and language drop-in.
        var first = page.Locator(".together-directory-result h3 a").First;
        var name = (await first.TextContentAsync())!.Trim();
        Assert.StartsWith("Speech and language drop-in", name, StringComparison.Ordinal);
        await Focus.TabToAsync(page, ".together-directory-result h3 a", maxStops: 120);
        await Assertions.Expect(first).ToBeFocusedAsync();
        await Focus.PressAndWaitForAsync(page, "Enter", "");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(name);
        await Axe.AssertNoViolationsAsync(page, "service");

        // Add to shortlist: with JavaScript the page stays, the count goes up and the change is announced.
        await Assertions.Expect(page.Locator("[data-shortlist-count]")).ToHaveTextAsync("0");
        await Focus.TabToAsync(page, "form[data-shortlist-add] button", maxStops: 80);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-shortlist-status]")).ToHaveTextAsync($"{name} added to your shortlist.");
        await Assertions.Expect(page.Locator("[data-shortlist-count]")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("[data-shortlist-on] a")).ToBeFocusedAsync();
        await Focus.AssertVisibleAsync(page);
        // axe reads a focused link in text as having no underline (the GOV.UK focus style), so check the page unfocused.
        await page.EvaluateAsync("() => document.activeElement.blur()");
        await Axe.AssertNoViolationsAsync(page, "service on the shortlist");

        // The shortlist holds it.
        await Focus.TabToAsync(page, "[data-shortlist-on] a", maxStops: 80);
        await Focus.PressAndWaitForAsync(page, "Enter", "/services/shortlist");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Your shortlist");
        await Assertions.Expect(page.Locator(".together-directory-result h2")).ToHaveTextAsync([name]);
        await Assertions.Expect(page.Locator("[data-shortlist-count]")).ToHaveTextAsync("1");
        await Axe.AssertNoViolationsAsync(page, "shortlist");
        await Focus.AssertSkipLinkWorksAsync(page);
        browser.AssertNoProblems();
    }
}
