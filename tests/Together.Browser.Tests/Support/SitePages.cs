using Microsoft.Playwright;

namespace Together.Browser.Tests.Support;

/// <summary>
/// A page in a given state that every accessibility check runs against. <see cref="Reach"/> puts the page into the
/// state (for example "submitted empty, showing errors") after <see cref="Path"/> has loaded; it may click, since
/// these checks are about the result, not about how it was reached (the keyboard journeys cover that).
/// </summary>
public sealed record SitePage(string Name, string Path, int Status = 200, Func<IPage, Task>? Reach = null, bool WithoutJavaScript = false)
{
    public override string ToString() => Name;
}

/// <summary>Every public page and state the browser suite checks. Adding a page is one line.</summary>
public static class SitePages
{
    public static readonly IReadOnlyList<SitePage> All =
    [
        new("home", "/", WithoutJavaScript: true),
        new("accessibility statement", "/accessibility", WithoutJavaScript: true),
        new("privacy notice", "/privacy"),
        new("privacy for young people", "/privacy/young-people", WithoutJavaScript: true),
        new("cookies", "/cookies"),
        new("source code", "/source-code"),
        new("page not found", "/no-such-page", Status: 404, WithoutJavaScript: true),

        new("plan", "/plan", WithoutJavaScript: true),
        new("plan: outcome", "/plan/outcomes/1", WithoutJavaScript: true),
        new("plan: focus areas", "/plan/focus-areas"),
        new("plan: focus area", "/plan/focus-areas/1"),
        new("plan: behaviours", "/plan/behaviours"),
        new("plan: how we will know", "/plan/how-we-will-know"),
        new("plan: working together", "/plan/together"),
        new("plan: earlier plans", "/plan/periods"),
        new("plan: an earlier plan", "/plan/2019-2021"),
        new("plan: outcome in an earlier plan", "/plan/2019-2021/outcomes/6"),
        new("plan: no such outcome", "/plan/outcomes/999", Status: 404),

        new("find a service", "/services", WithoutJavaScript: true),
        new("find a service: search results", "/services?q=speech&age=3&near=CW1"),
        new("find a service: a service", "/services", Reach: page => FirstLinkAsync(page, "main a[href^='/services/']:not([href*='shortlist'])")),
        new("find a service: what people search for", "/account/sign-in", Reach: async page =>
        {
            await StaffSignInAsync(page, "commissioner@demo.together.example");
            await page.GotoAsync("/services?q=unicorn+riding");
            await page.GotoAsync("/services?q=unicorn+riding");
            await page.GotoAsync("/services/insight");
        }),
        new("admin: import services", "/account/sign-in", Reach: async page =>
        {
            await StaffSignInAsync(page, "admin@demo.together.example");
            await page.GotoAsync("/admin/directory/import");
        }),
        new("admin: import services with a report", "/account/sign-in", Reach: async page =>
        {
            await StaffSignInAsync(page, "admin@demo.together.example");
            await page.GotoAsync("/admin/directory/import");
            await page.Locator("#Upload").SetInputFilesAsync(new FilePayload { Name = "services.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes("name,description,minimum_age\nA service,What it is,three\n") });
            await page.Locator("#import-file button").ClickAsync();
            await page.WaitForSelectorAsync("#import-problems");
        }),
        new("admin: export services", "/account/sign-in", Reach: async page =>
        {
            await StaffSignInAsync(page, "admin@demo.together.example");
            await page.GotoAsync("/admin/directory/export");
        }),
        new("find a service: report a problem", "/services", Reach: ReportAProblemAsync),
        new("find a service: report a problem with errors", "/services", Reach: async page =>
        {
            await ReportAProblemAsync(page);
            await Forms.SubmitAsync(page, ("Your email address (optional)", "not an email"));
        }),
        new("find a service: problem reported", "/services", Reach: async page =>
        {
            await ReportAProblemAsync(page);
            await Forms.SubmitAsync(page, ("What is wrong?", "The phone number on this page no longer works."));
        }),
        new("directory editing: manage services", "/account/sign-in", Reach: page => StaffAsync(page, DirectoryPartner, "/services/manage")),
        new("directory editing: one service", "/account/sign-in", Reach: async page =>
        {
            await StaffAsync(page, DirectoryPartner, "/services/manage");
            await FirstLinkAsync(page, "#services tbody a");
        }),
        new("directory editing: check your answers", "/account/sign-in", Reach: StartServiceChangeAsync),
        new("directory editing: a question with errors", "/account/sign-in", Reach: async page =>
        {
            await StartServiceChangeAsync(page);
            await FirstLinkAsync(page, "main a[href$='/what']");
            await Forms.SubmitAsync(page, ("Name of the service", ""));
        }),
        new("directory editing: when it runs", "/account/sign-in", Reach: async page =>
        {
            await StartServiceChangeAsync(page);
            await FirstLinkAsync(page, "main a[href$='/when']");
        }),
        new("directory editing: SEND local offer", "/account/sign-in", Reach: async page =>
        {
            await StartServiceChangeAsync(page);
            await FirstLinkAsync(page, "main a[href$='/send']");
        }),
        new("directory editing: add a service", "/account/sign-in", Reach: page => StaffAsync(page, DirectoryPartner, "/services/manage/new")),
        new("directory editing: problem reports", "/account/sign-in", Reach: page => StaffAsync(page, DirectoryPartner, "/services/manage/reports")),
        new("directory editing: changes to review", "/account/sign-in", Reach: page => AsAdminAsync(page, "/admin/services")),
        new("directory editing: review a change", "/account/sign-in", Reach: ReviewAChangeAsync),
        new("directory editing: versions", "/account/sign-in", Reach: async page =>
        {
            await ReviewAChangeAsync(page);
            var approve = page.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" });
            if (await approve.CountAsync() > 0)
            {
                await approve.ClickAsync();
                await page.WaitForLoadStateAsync();
            }

            await FirstLinkAsync(page, "main a[href$='/history']");
        }),
        new("outcomes scorecard", "/outcomes", WithoutJavaScript: true),
        new("outcomes: one outcome", "/outcomes/2"),
        new("indicator page", "/outcomes/2", Reach: page => FirstLinkAsync(page, "main a[href^='/indicators/']")),
        new("how we will know: a statement and its measures", "/plan/how-we-will-know/6", WithoutJavaScript: true),
        new("indicator page: turning the curve", "/indicators/CYP-D11"),
        new("turn the curve: plans", "/account/sign-in", Reach: page => StaffAsync(page, "admin@demo.together.example", "/data/turn-the-curve")),
        new("turn the curve: editor", "/account/sign-in", Reach: page => StaffAsync(page, "admin@demo.together.example", "/data/turn-the-curve/CYP-D11")),
        new("turn the curve: an action and its updates", "/account/sign-in", Reach: async page =>
        {
            await StaffAsync(page, "admin@demo.together.example", "/data/turn-the-curve/CYP-D11");
            await FirstLinkAsync(page, "main td a[href*='/actions/']");
        }),
        new("how we will know: the first statement", "/plan/how-we-will-know/1"),
        new("turn the curve: add an action with errors", "/account/sign-in", Reach: async page =>
        {
            await StaffAsync(page, "admin@demo.together.example", "/data/turn-the-curve/CYP-D11/actions/new");
            await Forms.SubmitAsync(page);
        }),
        new("open data", "/open-data", WithoutJavaScript: true),
        new("figures: what your organisation owes", "/account/sign-in", Reach: page => StaffAsync(page, "police@demo.together.example", "/data/owed")),
        new("admin: submission calendar", "/account/sign-in", Reach: page => StaffAsync(page, "admin@demo.together.example", "/admin/submissions?Status=overdue")),
        new("admin: change a due date with errors", "/account/sign-in", Reach: async page =>
        {
            await StaffAsync(page, "admin@demo.together.example", "/admin/submissions?Status=overdue");
            await FirstLinkAsync(page, "#calendar a[href$='/due-date']");
            await Forms.SubmitAsync(page, ("Day", "31"), ("Month", "2"));
        }),
        new("admin: API keys", "/account/sign-in", Reach: page => StaffAsync(page, "admin@demo.together.example", "/admin/api-keys")),
        new("admin: issue an API key with errors", "/account/sign-in", Reach: async page =>
        {
            await StaffAsync(page, "admin@demo.together.example", "/admin/api-keys/issue");
            await Forms.SubmitAsync(page);
        }),
        new("admin: API key issued", "/account/sign-in", Reach: async page =>
        {
            await StaffAsync(page, "admin@demo.together.example", "/admin/api-keys/issue");
            await page.GetByLabel("Organisation", new() { Exact = true }).SelectOptionAsync("cheshire-constabulary");
            await Forms.SubmitAsync(page, ("Name", "Browser check"));
        }),
        new("have your say", "/have-your-say", WithoutJavaScript: true),
        new("have your say: a consultation", "/have-your-say", Reach: page => FirstLinkAsync(page, "main a[href^='/have-your-say/']")),
        new("have your say: published results with themes and quotes", "/have-your-say/getting-help-with-how-you-feel/results"),
        new("consultation analysis: counts and cross-tabs by age band", "/account/sign-in", Reach: page => ConsultationAnalysisAsync(page, "analysis?by=age-band")),
        new("consultation analysis: themes", "/account/sign-in", Reach: page => ConsultationAnalysisAsync(page, "themes")),
        new("consultation analysis: a theme", "/account/sign-in", Reach: async page =>
        {
            await ConsultationAnalysisAsync(page, "themes");
            await FirstLinkAsync(page, "#codebook a[href*='/themes/']");
        }),
        new("consultation analysis: free-text answers with errors", "/account/sign-in", Reach: async page =>
        {
            await ConsultationAnalysisAsync(page, "answers");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add theme to selected" }).ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        }),
        new("consultation analysis: feed an indicator", "/account/sign-in", Reach: page => ConsultationAnalysisAsync(page, "indicators?question=q4")),
        new("consultation analysis: export responses", "/account/sign-in", Reach: page => ConsultationAnalysisAsync(page, "export")),
        new("help if you are not safe", "/help/you-are-not-alone"),
        new("meetings", "/meetings", WithoutJavaScript: true),
        new("meetings: a meeting", "/meetings", Reach: page => FirstLinkAsync(page, "main a[href^='/meetings/']:not([href*='decisions']):not([href*='forward-plan']):not([href*='actions']):not([href$='.ics'])")),
        new("meetings: decisions", "/meetings/decisions"),
        new("who we are", "/who-we-are"),
        new("youth council challenges", "/youth-council/challenges"),
        new("meetings: the next meeting", "/meetings", Reach: page => RowLinkAsync(page, "10 December 2026")),
        new("meetings: a meeting with minutes and an exempt item", "/meetings", Reach: page => RowLinkAsync(page, "11 June 2026")),
        new("meetings: forward plan", "/meetings/forward-plan"),
        new("youth council", "/youth-council", WithoutJavaScript: true),
        new("youth council: ask the board", "/account/sign-in", Reach: page => YouthCouncilMemberAsync(page, "/youth-council/ask")),
        new("youth council: ask the board with errors", "/account/sign-in", Reach: async page =>
        {
            await YouthCouncilMemberAsync(page, "/youth-council/ask");
            await Forms.SubmitAsync(page, ("Short title", new string('x', 201)));
        }),
        new("youth council: check your question", "/account/sign-in", Reach: async page =>
        {
            await YouthCouncilMemberAsync(page, "/youth-council/ask");
            await Forms.SubmitAsync(page,
                ("Short title", "Browser check"),
                ("What do you want the board to do?", "We ask the board to check every page works for everyone."),
                ("Why does it matter?", "Young people use screen readers and keyboards too."));
            await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Check your question before you send it");
        }),
        new("youth council: question sent", "/account/sign-in", Reach: page => YouthCouncilMemberAsync(page, "/youth-council/ask/sent")),
        new("admin: manage meetings", "/account/sign-in", Reach: page => AsAdminAsync(page, "/admin/meetings")),
        new("admin: create a meeting with errors", "/account/sign-in", Reach: async page =>
        {
            await AsAdminAsync(page, "/admin/meetings/new");
            await Forms.SubmitAsync(page);
        }),
        new("admin: agenda builder for the next meeting", "/account/sign-in", Reach: NextMeetingAgendaAsync),
        new("admin: add an agenda item", "/account/sign-in", Reach: async page =>
        {
            await NextMeetingAgendaAsync(page);
            await FirstLinkAsync(page, "main a[href$='/items']");
        }),
        new("admin: add an agenda item with errors", "/account/sign-in", Reach: async page =>
        {
            await NextMeetingAgendaAsync(page);
            await FirstLinkAsync(page, "main a[href$='/items']");
            await Forms.SubmitAsync(page, ("Lead", new string('x', 201)));
            await Assertions.Expect(page.Locator(".govuk-error-summary a[href='#Lead']")).ToBeVisibleAsync();
        }),
        new("admin: the Youth Council agenda item", "/account/sign-in", Reach: async page =>
        {
            await NextMeetingAgendaAsync(page);
            await FirstLinkAsync(page, "tr.agenda-row[data-kind=YouthCouncil] a");
            await Assertions.Expect(page.Locator("main .govuk-inset-text").First).ToContainTextAsync("Youth Council's slot");
        }),
        new("admin: publish a late agenda with errors", "/account/sign-in", Reach: async page =>
        {
            // A meeting this morning (before the host's clock, so it is not offered for Youth Council questions):
            // its papers were due last week, so publishing asks why it is late.
            await AsAdminAsync(page, "/admin/meetings/new");
            await page.GetByLabel("Board", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Joint Commissioning Group" });
            await Forms.SubmitAsync(page,
                ("Title", "Browser check: late agenda"), ("Day", "23"), ("Month", "11"), ("Year", "2026"),
                ("Start time (UK time, 24-hour)", "08:00"), ("End time", "09:00"), ("Venue", "Westfields, Sandbach"));
            await page.Locator("#publish-form button").ClickAsync();
            await page.WaitForLoadStateAsync();
            await Assertions.Expect(page.Locator(".govuk-error-summary a[href='#LateReason']")).ToBeVisibleAsync();
        }),
        new("staff: youth council challenges", "/account/sign-in", Reach: page => AsAdminAsync(page, "/admin/youth-council")),
        new("staff: a youth council challenge", "/account/sign-in", Reach: async page =>
        {
            await AsAdminAsync(page, "/admin/youth-council");
            await FirstLinkAsync(page, "#challenges a");
        }),
        new("documents", "/documents", WithoutJavaScript: true),
        new("documents: a document", "/documents", Reach: page => FirstLinkAsync(page, "main a[href^='/documents/']")),
        new("how partners share information", "/information-sharing"),
        new("admin: documents library", "/account/sign-in", Reach: page => Forms.SignInAsStaffAsync(page, "admin@demo.together.example", "/admin/documents")),
        new("admin: publish a document with errors", "/account/sign-in", Reach: async page =>
        {
            await Forms.SignInAsStaffAsync(page, "admin@demo.together.example", "/admin/documents/publish");
            await Forms.SubmitAsync(page);
        }),
        new("admin: data sharing agreements", "/account/sign-in", Reach: page => Forms.SignInAsStaffAsync(page, "admin@demo.together.example", "/admin/information-sharing")),
        new("admin: a data sharing agreement with errors", "/account/sign-in", Reach: async page =>
        {
            await Forms.SignInAsStaffAsync(page, "admin@demo.together.example", "/admin/information-sharing/agreement");
            await Forms.SubmitAsync(page);
        }),
        new("admin: add a PDF paper with errors", "/account/sign-in", Reach: async page =>
        {
            await Forms.SignInAsStaffAsync(page, "admin@demo.together.example", "/admin/meetings");
            await page.Locator("main a[href^='/admin/meetings/']:not([href*='boards']):not([href*='new']):not([href*='forward-plan'])").First.ClickAsync();
            await page.Locator("main a[href*='/items/']").Last.ClickAsync();
            await page.Locator("main a[href$='/papers/new']").ClickAsync();
            await Forms.SubmitAsync(page);
        }),
        new("admin: terms of reference", "/account/sign-in", Reach: async page =>
        {
            await Forms.SignInAsStaffAsync(page, "admin@demo.together.example", "/admin/meetings/boards");
            await page.Locator("main a[href$='/terms-of-reference']").First.ClickAsync();
        }),
        new("youth council mailing list", "/youth-council/mailing-list", WithoutJavaScript: true),
        new("youth council mailing list with errors", "/youth-council/mailing-list", Reach: page => Forms.SubmitAsync(page, ("Your email address", "not an email"))),
        new("youth council mailing list: 12 or under with errors", "/youth-council/mailing-list", Reach: async page =>
        {
            await page.GetByLabel("12 or under").CheckAsync();
            await Forms.SubmitAsync(page, ("Your email address", "young@example.org"));
        }),
        new("youth council mailing list: check your email", "/youth-council/mailing-list", Reach: async page =>
        {
            await page.GetByLabel("13 to 15").CheckAsync();
            await Forms.SubmitAsync(page, ("Your email address", "browser.check@example.org"));
        }),
        new("youth council mailing list: link used or wrong", "/youth-council/mailing-list/confirm/not-a-real-link"),
        new("youth council mailing list: parent link used or wrong", "/youth-council/mailing-list/parent/not-a-real-link"),
        new("youth council mailing list: not on the list", "/youth-council/mailing-list/leave/not-a-real-link"),
        new("youth council mailing list: joined", "/youth-council/mailing-list/joined"),
        new("youth council mailing list: left", "/youth-council/mailing-list/left"),
        new("join the youth council: about you", "/youth-council/join", WithoutJavaScript: true),
        new("join the youth council: about you with errors", "/youth-council/join", Reach: page => Forms.SubmitAsync(page)),
        new("join the youth council: contact with errors", "/youth-council/join", Reach: async page =>
        {
            await JoinAboutYouAsync(page, "12 or under");
            await page.GetByLabel("Me", new() { Exact = true }).CheckAsync();
            await Forms.SubmitAsync(page);
        }),
        new("join the youth council: ideas", "/youth-council/join", Reach: JoinToIdeasAsync),
        new("join the youth council: check your answers", "/youth-council/join", Reach: async page =>
        {
            await JoinToIdeasAsync(page);
            await Forms.SubmitAsync(page);
        }),
        new("join the youth council: sent", "/youth-council/join", Reach: async page =>
        {
            await JoinToIdeasAsync(page);
            await Forms.SubmitAsync(page);
            await Forms.SubmitAsync(page);
        }),
        new("staff: youth council newsletters", "/account/sign-in", Reach: page => AsAdminAsync(page, "/admin/youth-council/newsletters")),
        new("staff: write a newsletter with errors", "/account/sign-in", Reach: async page =>
        {
            await AsAdminAsync(page, "/admin/youth-council/newsletters/write");
            await Forms.SubmitAsync(page);
        }),
        new("staff: a sent newsletter", "/account/sign-in", Reach: async page =>
        {
            await AsAdminAsync(page, "/admin/youth-council/newsletters");
            await FirstLinkAsync(page, "#newsletters a");
        }),
        new("staff: people who would like to join", "/account/sign-in", Reach: page => AsAdminAsync(page, "/admin/youth-council/interest")),
        new("staff: one expression of interest", "/account/sign-in", Reach: async page =>
        {
            await AsAdminAsync(page, "/admin/youth-council/interest");
            await FirstLinkAsync(page, "#interest a");
        }),

        new("you said, we did", "/you-said-we-did", WithoutJavaScript: true),
        new("you said, we did: filtered by status", "/you-said-we-did?status=not-doing"),
        new("you said, we did: a commitment", "/you-said-we-did", Reach: page => FirstLinkAsync(page, "main .together-commitment a[href^='/you-said-we-did/']"), WithoutJavaScript: true),
        new("have your say: published results", "/have-your-say/getting-help-with-how-you-feel/results", WithoutJavaScript: true),
        new("have your say: how we listened", "/have-your-say/getting-help-with-how-you-feel/how-we-listened"),
        new("email updates: sign up with errors", "/you-said-we-did", Reach: async page =>
        {
            await FirstLinkAsync(page, "main .together-commitment a[href^='/you-said-we-did/']");
            await page.Locator("#get-updates-button").ClickAsync();
            await page.WaitForLoadStateAsync();
        }),
        new("email updates: check your email", "/you-said-we-did", Reach: async page =>
        {
            await FirstLinkAsync(page, "main .together-commitment a[href^='/you-said-we-did/']");
            await page.GetByLabel("Your email address", new() { Exact = true }).FillAsync("browser-check@example.org");
            await page.GetByLabel("12 or under", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Your parent's or carer's email address", new() { Exact = true }).FillAsync("browser-parent@example.org");
            await page.Locator("#Consent").CheckAsync();
            await page.Locator("#get-updates-button").ClickAsync();
            await page.WaitForLoadStateAsync();
        }),
        new("email updates: link does not work", "/updates/confirm/" + new string('a', 43), Status: 404),
        new("email updates: already unsubscribed", "/updates/unsubscribe/" + new string('a', 43)),

        new("page feedback: tell us", "/feedback/tell-us"),
        new("page feedback: tell us with errors", "/feedback/tell-us", Reach: page => Forms.SubmitAsync(page, ("What went wrong?", new string('x', 1300)))),
        new("page feedback: not useful, say why", "/privacy", Reach: async page =>
        {
            await page.Locator("#page-feedback form[data-feedback=no] button").ClickAsync();
            await page.WaitForURLAsync("**/feedback/tell-us**");
        }),
        new("page feedback: thank you", "/feedback/thank-you"),

        new("contact: your message", "/contact", WithoutJavaScript: true),
        new("contact: your message with errors", "/contact", Reach: page => Forms.SubmitAsync(page)),
        new("contact: do you want a reply", "/contact", Reach: page => Forms.SubmitAsync(page, ("What do you want to tell us?", "A question about the plan"))),
        new("contact: do you want a reply with errors", "/contact", Reach: async page =>
        {
            await Forms.SubmitAsync(page, ("What do you want to tell us?", "A question about the plan"));
            await page.GetByLabel("Yes, reply by email").CheckAsync();
            await Forms.SubmitAsync(page, ("Email address", "not an email address"));
        }),
        new("contact: about you", "/contact", Reach: async page =>
        {
            await Forms.SubmitAsync(page, ("What do you want to tell us?", "A question about the plan"));
            await page.GetByLabel("No, I do not need a reply").CheckAsync();
            await Forms.SubmitAsync(page);
        }),
        new("contact: check your answers", "/contact", Reach: async page =>
        {
            await Forms.SubmitAsync(page, ("What do you want to tell us?", "A question about the plan"));
            await page.GetByLabel("No, I do not need a reply").CheckAsync();
            await Forms.SubmitAsync(page);
            await Forms.SubmitAsync(page);
        }),
        new("contact: message sent", "/contact", Reach: async page =>
        {
            await Forms.SubmitAsync(page, ("What do you want to tell us?", "A question about the plan"));
            await page.GetByLabel("No, I do not need a reply").CheckAsync();
            await Forms.SubmitAsync(page);
            await Forms.SubmitAsync(page);
            await Forms.SubmitAsync(page);
        }),

        new("sign in", "/account/sign-in", WithoutJavaScript: true),
        new("sign in: with errors", "/account/sign-in", Reach: page => Forms.SubmitAsync(page)),
        new("sign in: wrong password", "/account/sign-in", Reach: page => Forms.SubmitAsync(page, ("Email address", "nobody@demo.together.example"), ("Password", "not-the-password"))),
        new("sign in: authenticator code", "/account/sign-in", Reach: page => Forms.SignInAsync(page, "board@demo.together.example")),
        new("sign in: authenticator code with errors", "/account/sign-in", Reach: async page =>
        {
            await Forms.SignInAsync(page, "board@demo.together.example");
            await Forms.SubmitAsync(page);
        }),
        new("my account", "/account/sign-in", Reach: page => Forms.SignInAsync(page, "youthcouncil@demo.together.example")),
        new("signed out", "/account/signed-out"),

        new("consultations: survey builder (admin)", "/account/sign-in", Reach: page => StaffPageAsync(page, "/admin/consultations", "main td a[href^='/admin/consultations/']")),
        new("consultations: edit a question (admin)", "/account/sign-in", Reach: async page =>
        {
            await StaffPageAsync(page, "/admin/consultations", "main td a[href^='/admin/consultations/']");
            await FirstLinkAsync(page, "main a[href*='/questions/']");
        }),
        new("consultations: edit a question with errors (admin)", "/account/sign-in", Reach: async page =>
        {
            await StaffPageAsync(page, "/admin/consultations", "main td a[href^='/admin/consultations/']");
            await FirstLinkAsync(page, "main a[href*='/questions/']");
            await Forms.SubmitAsync(page, ("Question", ""), ("Hint (optional)", new string('h', 501)));
        }),
        new("consultations: edit a page (admin)", "/account/sign-in", Reach: async page =>
        {
            await StaffPageAsync(page, "/admin/consultations", "main td a[href^='/admin/consultations/']");
            await FirstLinkAsync(page, "main a[href*='/pages/']");
        }),
        new("staff: commitments", "/account/sign-in", Reach: page => AsAdminAsync(page, "/admin/commitments")),
        new("staff: add a commitment with errors", "/account/sign-in", Reach: async page =>
        {
            await AsAdminAsync(page, "/admin/commitments/new");
            await page.Locator("#save").ClickAsync();
            await page.WaitForLoadStateAsync();
        }),
        new("staff: a commitment", "/account/sign-in", Reach: async page =>
        {
            await AsAdminAsync(page, "/admin/commitments");
            await FirstLinkAsync(page, "#commitments a");
        }),
        new("staff: update a commitment with errors", "/account/sign-in", Reach: async page =>
        {
            await AsAdminAsync(page, "/admin/commitments");
            await FirstLinkAsync(page, "#commitments a");
            await FirstLinkAsync(page, "#update");
            await page.Locator("#Status-not-doing").CheckAsync();
            await page.Locator("#Reason").FillAsync("");
            await page.Locator("#save").ClickAsync();
            await page.WaitForLoadStateAsync();
        }),
        new("staff: how we listened", "/account/sign-in", Reach: async page =>
        {
            await AsAdminAsync(page, "/admin/commitments");
            await FirstLinkAsync(page, "#listening-records a");
        }),
    ];

    /// <summary>Signs in a staff member: password, then the demo authenticator code.</summary>
    private static Task StaffSignInAsync(IPage page, string email) => Forms.SignInAsStaffAsync(page, email);

    public static SitePage Find(string name) =>
        All.SingleOrDefault(p => p.Name == name) ?? throw new ArgumentException($"No page named '{name}' in SitePages.All.", nameof(name));

    public static TheoryData<string> Names() => [.. All.Select(p => p.Name)];

    public static TheoryData<string> NamesWithoutJavaScript() => [.. All.Where(p => p.WithoutJavaScript).Select(p => p.Name)];

    /// <summary>Opens the page and puts it into its state; fails if the status is not the expected one.</summary>
    public static async Task OpenAsync(BrowserPage browser, SitePage target)
    {
        var status = await browser.GotoAsync(target.Path);
        Assert.True(status == target.Status, $"{target.Path} answered {status}, expected {target.Status}.");
        if (target.Reach is not null)
        {
            await target.Reach(browser.Page);
        }
    }

    private static async Task JoinAboutYouAsync(IPage page, string ageBand)
    {
        await page.GetByLabel("Your first name or a nickname").FillAsync("Sam");
        await page.GetByLabel(ageBand, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Which town do you live in or nearest to?").SelectOptionAsync("crewe");
        await Forms.SubmitAsync(page);
    }

    private static async Task JoinToIdeasAsync(IPage page)
    {
        await JoinAboutYouAsync(page, "13 to 15");
        await page.GetByLabel("Me", new() { Exact = true }).CheckAsync();
        await Forms.SubmitAsync(page, ("Email address", "sam@example.org"));
    }

    /// <summary>The demo partner: edits the services of Cheshire East CVS's member organisations.</summary>
    private const string DirectoryPartner = "partner@demo.together.example";

    private static async Task ReportAProblemAsync(IPage page)
    {
        await FirstLinkAsync(page, "main a[href^='/services/']:not([href*='shortlist'])");
        await FirstLinkAsync(page, "#report-a-problem");
    }

    /// <summary>The partner's first service, its change in progress (started if there is none): check your answers.</summary>
    private static async Task StartServiceChangeAsync(IPage page)
    {
        await StaffAsync(page, DirectoryPartner, "/services/manage");
        await FirstLinkAsync(page, "#services tbody a");
        await page.Locator("main form[action*='handler=Edit'] button").ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    /// <summary>An administrator changes the last service in the list, sends it for review and opens it in the review queue.</summary>
    private static async Task ReviewAChangeAsync(IPage page)
    {
        await AsAdminAsync(page, "/services/manage");
        await page.Locator("#services tbody tr").Last.Locator("a").First.ClickAsync();
        await page.WaitForLoadStateAsync();
        await page.Locator("main form[action*='handler=Edit'] button").ClickAsync();
        await page.WaitForLoadStateAsync();
        var send = page.GetByRole(AriaRole.Button, new() { Name = "Send for review" });
        if (await send.CountAsync() > 0)
        {
            await FirstLinkAsync(page, "main a[href$='/what']");
            await Forms.SubmitAsync(page, ("Name of the service", "Youth club " + Guid.NewGuid().ToString("N")[..6]));
            await send.ClickAsync();
            await page.WaitForLoadStateAsync();
        }

        await page.GotoAsync("/admin/services");
        await FirstLinkAsync(page, "#review-queue tbody a");
    }

    /// <summary>Signs in as the demo administrator (password, then the authenticator code) and opens a staff page.</summary>
    private static Task AsAdminAsync(IPage page, string path) =>
        Forms.SignInAsStaffAsync(page, "admin@demo.together.example", path);

    /// <summary>Signs in as a staff member with the demo authenticator code, then opens the page.</summary>
    private static Task StaffAsync(IPage page, string email, string path) =>
        Forms.SignInAsStaffAsync(page, email, path);

    /// <summary>Signs in as the demo Youth Council member (no authenticator for young people), then opens the page.</summary>
    private static async Task YouthCouncilMemberAsync(IPage page, string path)
    {
        await Forms.SignInAsync(page, "youthcouncil@demo.together.example");
        await page.GotoAsync(path);
    }

    /// <summary>The agenda builder for the demo Trust Board meeting on 10 December 2026.</summary>
    private static async Task NextMeetingAgendaAsync(IPage page)
    {
        await AsAdminAsync(page, "/admin/meetings");
        await RowLinkAsync(page, "10 December 2026");
    }

    /// <summary>Follows the link in the table row that mentions <paramref name="text"/> (a meeting's date).</summary>
    private static async Task RowLinkAsync(IPage page, string text)
    {
        await page.Locator("main tr", new() { HasText = text }).Locator("a").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>Signs in as the demo administrator (password and authenticator code), opens a page and follows its first matching link.</summary>
    private static async Task StaffPageAsync(IPage page, string path, string linkSelector)
    {
        await Forms.SignInAsStaffAsync(page, "admin@demo.together.example", path);
        await FirstLinkAsync(page, linkSelector);
    }

    /// <summary>Signs in as an administrator and opens one of the analysis pages of the demo consultation with published results.</summary>
    private static async Task ConsultationAnalysisAsync(IPage page, string path)
    {
        await Forms.SignInAsStaffAsync(page, "admin@demo.together.example", "/admin/consultations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Getting help with how you feel" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await page.GotoAsync(page.Url.Split('#')[0].TrimEnd('/') + "/" + path);
    }

    private static async Task FirstLinkAsync(IPage page, string selector)
    {
        await page.Locator(selector).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
