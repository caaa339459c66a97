using Microsoft.Playwright;
using Together.Browser.Tests.Support;
using Together.Web.Features.Governance;
using Together.Web.Features.YouthCouncil;

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

    [Fact]
    public async Task Youth_Council_member_raises_a_challenge_for_the_next_meeting_with_the_keyboard_only()
    {
        const string title = "Cheaper school meals for young carers";
        const string asked = "We ask the board to make school meals cheaper for young carers.";
        const string why = "Young carers told us they skip lunch to save money for their family's shopping.";
        var next = await NextTrustBoardMeetingAsync();
        await using var browser = await site.NewPageAsync();
        var page = browser.Page;
        await browser.GotoAsync("/");

        // Home page, through the menu to the Youth Council, and on to "write a new question", which asks to sign in first.
        await Focus.TabToAsync(page, "nav a[href='/youth-council']");
        await Focus.PressAndWaitForAsync(page, "Enter", "/youth-council");
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "main a[href='/youth-council/ask']");
        await Focus.PressAndWaitForAsync(page, "Enter", "/account/sign-in");

        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "input[name=Email]");
        await page.Keyboard.TypeAsync("youthcouncil@demo.together.example");
        await Focus.TabToAsync(page, "input[name=Password]");
        await page.Keyboard.TypeAsync(Together.Web.Features.Accounts.DemoAccounts.Password);
        await Focus.TabToAsync(page, "main form button.govuk-button");
        await Focus.PressAndWaitForAsync(page, "Enter", "/youth-council/ask");

        // Ask the board: the next meeting is already chosen; the second box is left empty to meet the error summary.
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Ask the board");
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "input[name=Title]");
        await page.Keyboard.TypeAsync(title);
        await Focus.TabToAsync(page, "textarea[name=WhyItMatters]");
        await page.Keyboard.TypeAsync(why);
        await Focus.TabToAsync(page, "select[name=MeetingId]");
        await Assertions.Expect(page.Locator("select[name=MeetingId]")).ToHaveValueAsync(next.Id.ToString());
        await Focus.TabToAsync(page, "#ask-form button.govuk-button");
        await Focus.PressAndWaitForAsync(page, "Enter", "/youth-council/ask");

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".govuk-error-summary__list a[href='#WeAsked']")).ToBeFocusedAsync();
        await Focus.AssertVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        var weAsked = page.Locator("textarea[name=WeAsked]");
        await Assertions.Expect(weAsked).ToBeFocusedAsync();
        await Focus.AssertVisibleAsync(page);
        // A screen reader hears the error and the hint with the field; what was typed in the other boxes is kept.
        await Assertions.Expect(weAsked).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("Tell us what you want to ask the board to do"));
        await Assertions.Expect(page.Locator("input[name=Title]")).ToHaveValueAsync(title);
        await Assertions.Expect(page.Locator("textarea[name=WhyItMatters]")).ToHaveValueAsync(why);
        await page.Keyboard.TypeAsync(asked);
        await Focus.TabToAsync(page, "#ask-form button.govuk-button");
        await Focus.PressAndWaitForAsync(page, "Enter", "/youth-council/ask");

        // Check the question, then send it (Space presses a button just as Enter does).
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Check your question before you send it");
        var check = page.Locator("#check-answers");
        await Assertions.Expect(check).ToContainTextAsync(title);
        await Assertions.Expect(check).ToContainTextAsync(asked);
        await Assertions.Expect(check).ToContainTextAsync(why);
        await Assertions.Expect(check).ToContainTextAsync(MeetingTimes.Date(next.StartsAt));
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "#send-form button[formaction*='handler=Send']");
        await Focus.PressAndWaitForAsync(page, "Space", "/youth-council/ask/sent");

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Your question has been sent");
        await Focus.AssertSkipLinkWorksAsync(page);
        await Focus.TabToAsync(page, "main a[href='/youth-council/challenges']");
        await Focus.PressAndWaitForAsync(page, "Enter", "/youth-council/challenges");

        // On the public list of what the Youth Council asked, waiting for the board's answer at the chosen meeting.
        var card = page.Locator("article.challenge", new() { Has = page.Locator("h2", new() { HasText = title }) });
        await Assertions.Expect(card).ToHaveCountAsync(1);
        await Assertions.Expect(card.Locator(".govuk-tag")).ToHaveTextAsync(ChallengeFlow.Label(ChallengeStatus.Raised));
        await Assertions.Expect(card).ToContainTextAsync(asked);
        await Assertions.Expect(card.Locator($"a[href='/meetings/{next.Id}']")).ToBeVisibleAsync();
        await Focus.AssertSkipLinkWorksAsync(page);
        browser.AssertNoProblems();

        // Stored once, against the next meeting, as the signed-in member's.
        var stored = await site.App.WithDbAsync(db => Task.FromResult(db.Challenges.Where(c => c.Title == title)
            .Select(c => new { c.MeetingId, c.Status, c.RaisedBy, c.CreatedByUserId }).ToList()));
        var challenge = Assert.Single(stored);
        Assert.Equal(next.Id, challenge.MeetingId);
        Assert.Equal(ChallengeStatus.Raised, challenge.Status);
        Assert.NotNull(challenge.CreatedByUserId);

        // The board secretary sees it on the Youth Council page of the staff pages, waiting for an answer, and on the
        // public page of the meeting under the Youth Council item.
        await using var secretary = await site.NewPageAsync();
        await secretary.GotoAsync("/account/sign-in");
        await Forms.SignInAsStaffAsync(secretary.Page, "admin@demo.together.example", "/admin/youth-council");
        var row = secretary.Page.Locator("#challenges tr", new() { HasText = title });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync(MeetingTimes.Date(next.StartsAt));
        await Assertions.Expect(row.Locator(".govuk-tag")).ToHaveTextAsync(ChallengeFlow.Label(ChallengeStatus.Raised));
    }

    [Fact]
    public async Task Secretary_builds_and_publishes_the_next_agenda_with_the_keyboard_only()
    {
        const string title = "Young carers: support in school";
        const string lead = "Rachel Byrne";
        var next = await NextTrustBoardMeetingAsync();
        var manage = $"/admin/meetings/{next.Id}";
        await using var browser = await site.NewPageAsync();
        var page = browser.Page;
        await browser.GotoAsync("/account/sign-in");
        await Forms.SignInAsStaffAsync(page, "admin@demo.together.example", "/admin/meetings");

        // Manage meetings: on to the next meeting, whose agenda is a draft.
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, $"main a[href='{manage}']");
        await Focus.PressAndWaitForAsync(page, "Enter", manage);
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync(Agendas.StatusLabel(MeetingStatus.Draft));

        // The Youth Council item is on the agenda and says it cannot be removed: tabbing along its row goes from the
        // item to Up and Down, then straight on to the next row, with no Remove button.
        var youthRow = page.Locator("tr.agenda-row[data-kind=YouthCouncil]");
        await Assertions.Expect(youthRow).ToContainTextAsync(Agendas.YouthCouncilItemTitle);
        await Assertions.Expect(youthRow.Locator(".not-removable")).ToContainTextAsync("Cannot be removed");
        await Assertions.Expect(youthRow.Locator(".not-removable")).ToContainTextAsync("The Youth Council item is on every agenda and cannot be removed");
        await Assertions.Expect(youthRow.Locator("form.remove-form")).ToHaveCountAsync(0);
        await Focus.TabToAsync(page, "tr.agenda-row[data-kind=YouthCouncil] a");
        await Focus.TabToAsync(page, "tr.agenda-row[data-kind=YouthCouncil] button", maxStops: 1);
        Assert.StartsWith("Up", (await Focus.CurrentAsync(page)).Text);
        await Focus.TabToAsync(page, "tr.agenda-row[data-kind=YouthCouncil] button", maxStops: 1);
        Assert.StartsWith("Down", (await Focus.CurrentAsync(page)).Text);
        await page.Keyboard.PressAsync("Tab");
        await Focus.AssertVisibleAsync(page);
        Assert.False(
            await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('tr.agenda-row[data-kind=YouthCouncil]')"),
            $"After Down, the focus should leave the Youth Council row but is on {await Focus.CurrentAsync(page)}.");

        // Add an item: title, lead, purpose (arrow keys move through the radios), a short paper and a link to the plan.
        await Focus.TabToAsync(page, $"main a[href='{manage}/items']");
        await Focus.PressAndWaitForAsync(page, "Enter", $"{manage}/items");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Add an agenda item");
        await Focus.AssertSkipLinkIsFirstStopAsync(page);
        await Focus.TabToAsync(page, "input[name=Title]");
        await page.Keyboard.TypeAsync(title);
        await Focus.TabToAsync(page, "input[name=Lead]");
        await page.Keyboard.TypeAsync(lead);
        await Focus.TabToAsync(page, "input[name=Purpose]");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.GetByLabel(Agendas.PurposeLabel(ItemPurpose.Discussion))).ToBeCheckedAsync();
        await Focus.AssertVisibleAsync(page);
        await Focus.TabToAsync(page, "textarea[name=Paper]");
        await page.Keyboard.TypeAsync("Young carers told the Youth Council that school staff do not always know they are carers.");
        await Focus.TabToAsync(page, "input[name=PlanLinkChoices]");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("input[name=PlanLinkChoices]").First).ToBeCheckedAsync();
        await Focus.TabToAsync(page, "#item-form button.govuk-button");
        await Focus.PressAndWaitForAsync(page, "Enter", manage);

        var added = page.Locator("tr.agenda-row", new() { HasText = title });
        await Assertions.Expect(added).ToContainTextAsync($"{Agendas.PurposeLabel(ItemPurpose.Discussion)}, {lead}");
        await Assertions.Expect(added.Locator("form.remove-form")).ToHaveCountAsync(1);
        await Assertions.Expect(youthRow).ToHaveCountAsync(1);

        // The browser host's clock says 23 November 2026; papers for 10 December are due by 2 December (five clear
        // working days), so the agenda is on time and no reason for lateness is asked for.
        var deadline = WorkingDays.LatestPublicationDate(MeetingTimes.LocalDate(next.StartsAt), 5);
        Assert.True(MeetingTimes.Today(site.App.Clock) <= deadline, "The demo meeting's agenda would be late with the browser host's clock.");
        await Assertions.Expect(page.Locator("#deadline")).ToContainTextAsync(MeetingTimes.Date(deadline));
        await Assertions.Expect(page.Locator("#LateReason")).ToHaveCountAsync(0);

        // Saving came back to the agenda (#agenda), so Tab carries on from there.
        await Focus.TabToAsync(page, "#publish-form button.govuk-button");
        await Focus.PressAndWaitForAsync(page, "Enter", manage);
        await Assertions.Expect(page.Locator("#notice")).ToHaveTextAsync("The agenda is published.");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync(Agendas.StatusLabel(MeetingStatus.AgendaPublished));
        browser.AssertNoProblems();

        // Anyone can now read the agenda: from the list of meetings to the meeting, by keyboard, without signing in.
        await using var visitor = await site.NewPageAsync();
        var publicPage = visitor.Page;
        await visitor.GotoAsync("/meetings");
        await Focus.AssertSkipLinkWorksAsync(publicPage);
        await Focus.TabToAsync(publicPage, $"main a[href='/meetings/{next.Id}']");
        await Focus.PressAndWaitForAsync(publicPage, "Enter", $"/meetings/{next.Id}");
        await Assertions.Expect(publicPage.Locator("#meeting-status")).ToHaveTextAsync(Agendas.StatusLabel(MeetingStatus.AgendaPublished));
        var agenda = publicPage.Locator("#agenda");
        var addedItem = agenda.Locator("li.together-agenda__item", new() { Has = publicPage.Locator("h3", new() { HasText = title }) });
        await Assertions.Expect(addedItem).ToContainTextAsync($"{Agendas.PurposeLabel(ItemPurpose.Discussion)}. Lead: {lead}");
        var youthItem = agenda.Locator("li.together-agenda__item", new() { Has = publicPage.Locator("h3", new() { HasText = Agendas.YouthCouncilItemTitle }) });
        await Assertions.Expect(youthItem).ToHaveCountAsync(1);
        await Assertions.Expect(youthItem).ToContainTextAsync("The Youth Council asked the board:");
        await Assertions.Expect(youthItem).ToContainTextAsync("Free bus travel to college");
        await Assertions.Expect(publicPage.Locator($"main a[href='/meetings/{next.Id}/pack.pdf']")).ToBeVisibleAsync();
        await Assertions.Expect(publicPage.Locator("#agenda-not-published")).ToHaveCountAsync(0);
        await Focus.AssertSkipLinkWorksAsync(publicPage);
        visitor.AssertNoProblems();
    }

    /// <summary>The demo Trust Board meeting on 10 December 2026, the next one after the browser host's clock.</summary>
    private Task<Meeting> NextTrustBoardMeetingAsync() =>
        site.App.WithDbAsync(db => Task.FromResult(db.Meetings.Single(m =>
            m.Board!.Slug == GovernanceDemoSeeder.TrustBoardSlug && m.StartsAt == MeetingTimes.ToUtc(new DateOnly(2026, 12, 10), new TimeOnly(14, 0)))));
}
