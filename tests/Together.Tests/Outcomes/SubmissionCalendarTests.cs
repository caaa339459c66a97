using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.Outcomes;
using Together.Web.Infrastructure.Notifications;
using static Together.Tests.Outcomes.OutcomesTestData;

namespace Together.Tests.Outcomes;

/// <summary>The submission calendar. One test moves the clock forward; every other test here reads dates relative to it.</summary>
public sealed class SubmissionCalendarTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private const string Police = "police@demo.together.example";

    private static (string Status, string Text) StatusRow(HtmlPage page, string code, string period)
    {
        var row = page.Document.QuerySelectorAll("table tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim().StartsWith(code + " ", StringComparison.Ordinal) && r.QuerySelectorAll("td").Any(td => td.TextContent.Trim() == period));
        return (row.QuerySelector("strong.govuk-tag")!.TextContent.Trim(), row.TextContent);
    }

    [Fact]
    public void Due_dates_follow_the_period_and_the_lag_and_land_on_a_working_day()
    {
        // Financial year 2025/26 ends on Tuesday 31 March 2026; 90 days later is Monday 29 June 2026.
        Assert.Equal(new DateOnly(2026, 6, 29), DueDates.For(new DateOnly(2026, 3, 31), 90));
        // 31 December 2025 + 90 days is Tuesday 31 March 2026; 31 March 2024 + 90 days is Saturday 29 June 2024, so Monday 1 July.
        Assert.Equal(new DateOnly(2026, 3, 31), DueDates.For(new DateOnly(2025, 12, 31), 90));
        Assert.Equal(new DateOnly(2024, 7, 1), DueDates.For(new DateOnly(2024, 3, 31), 90));
        // 25 December 2026 is a Friday and a bank holiday, and 28 December the substitute Boxing Day: due on Tuesday 29th.
        Assert.Equal(new DateOnly(2026, 12, 29), DueDates.For(new DateOnly(2026, 12, 24), 1));

        var periods = DueDates.PeriodsFor(PeriodType.Quarter, new DateOnly(2026, 11, 23), 6).Select(p => p.Label).ToList();
        Assert.Equal(["2026 Q4", "2026 Q3", "2026 Q2"], periods);
        Assert.Equal(["2026/27", "2025/26", "2024/25"], DueDates.PeriodsFor(PeriodType.FinancialYear, new DateOnly(2026, 11, 23), 24).Select(p => p.Label));

        Assert.Equal(0, DueDates.RemindersDue(new DateOnly(2026, 6, 29), new DateOnly(2026, 6, 29), [1, 14, 28]));
        Assert.Equal(1, DueDates.RemindersDue(new DateOnly(2026, 6, 29), new DateOnly(2026, 6, 30), [1, 14, 28]));
        Assert.Equal(3, DueDates.RemindersDue(new DateOnly(2026, 6, 29), new DateOnly(2026, 11, 23), [1, 14, 28]));
    }

    [Fact]
    public async Task An_item_is_marked_received_when_figures_arrive_by_form_file_or_api()
    {
        var indicator = await NewIndicatorAsync(app, "T-CAL-IN");
        await OwnAsync(app, indicator, "cheshire-constabulary");
        Assert.Equal(3, await WithCalendarAsync(app, c => c.EnsureItemsAsync()));

        using var police = app.CreateHtmlClient();
        await police.SignInAsync(Police);
        var owed = await police.GetAsync("/data/owed");
        Assert.Equal("Overdue", StatusRow(owed, "T-CAL-IN", "2025/26").Status);
        Assert.Equal("Overdue", StatusRow(owed, "T-CAL-IN", "2024/25").Status);
        Assert.Equal("Owed", StatusRow(owed, "T-CAL-IN", "2026/27").Status);
        // Overdue first: the first row of the table is overdue, and each unreceived row links to the form for that period.
        Assert.Equal("Overdue", owed.Document.QuerySelector("table tbody tr strong.govuk-tag")!.TextContent.Trim());
        var link = owed.Document.QuerySelectorAll("table tbody tr a").Select(a => a.GetAttribute("href")).First(h => h!.Contains("T-CAL-IN", StringComparison.Ordinal) && h.Contains("2025", StringComparison.Ordinal))!;
        Assert.Equal("/data/submit?indicator=T-CAL-IN&period=2025%2F26", link);

        // By form, from the link.
        var form = await police.GetAsync(link);
        Assert.Equal("2025/26", form.Value("#Input_period"));
        var saved = await police.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Input[area]"] = "crewe", ["Input[count]"] = "12", ["Input[denominator]"] = "120" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        owed = await police.GetAsync("/data/owed");
        var (status, text) = StatusRow(owed, "T-CAL-IN", "2025/26");
        Assert.Equal("Received", status);
        Assert.Contains("(Form)", text, StringComparison.Ordinal);
        Assert.Equal("Overdue", StatusRow(owed, "T-CAL-IN", "2024/25").Status);

        // By file.
        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync("admin@demo.together.example");
        var uploaded = await UploadAsync(admin, "indicator,area,period,breakdown,category,count,denominator\nT-CAL-IN,crewe,2024/25,all,,10,100\n"u8.ToArray(), "police-2024.csv");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.Status);

        // By API, with a key for the owning organisation.
        const string key = "tog_calendar-test-key-000000000000000";
        await app.WithDbAsync(async db =>
        {
            var police = await db.Organisations.SingleAsync(o => o.Slug == "cheshire-constabulary");
            db.OutcomesApiTokens.Add(new OutcomesApiToken { Id = Guid.NewGuid(), OrganisationId = police.Id, Name = "Calendar test", TokenHash = OutcomesSetup.HashToken(key), Prefix = key[..12], CreatedBy = "test" });
            return await db.SaveChangesAsync();
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/outcomes/submissions")
        {
            Content = JsonContent.Create(new { figures = new[] { new { indicator = "T-CAL-IN", area = "crewe", period = "2026/27", count = 3, denominator = 40 } } }),
        };
        request.Headers.Authorization = new("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await police.Http.SendAsync(request)).StatusCode);

        var items = await app.WithDbAsync(db => db.SubmissionsDue.Where(s => s.IndicatorId == indicator.Id).ToDictionaryAsync(s => s.Period));
        Assert.Equal("Form", items["2025/26"].ReceivedVia);
        Assert.Equal("CSV upload (police-2024.csv)", items["2024/25"].ReceivedVia);
        Assert.Equal("API", items["2026/27"].ReceivedVia);
        Assert.All(items.Values, i => Assert.NotNull(i.ReceivedAt));
    }

    [Fact]
    public async Task Partners_see_only_their_own_organisation_and_administrators_filter_everything()
    {
        using var police = app.CreateHtmlClient();
        await police.SignInAsync(Police);
        var owed = await police.GetAsync("/data/owed");
        var codes = owed.Document.QuerySelectorAll("table tbody tr th").Select(th => th.TextContent.Trim().Split(' ')[0]).Distinct().ToList();
        Assert.Contains("CYP-D06", codes); // owned by Cheshire Constabulary
        Assert.DoesNotContain("CYP-D01", codes); // owned by the council
        var policeIndicators = await app.WithDbAsync(db => db.Indicators.Where(i => i.DataOwner!.Slug == "cheshire-constabulary").Select(i => i.Code).ToListAsync());
        Assert.All(codes, c => Assert.Contains(c, policeIndicators));
        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync("/admin/submissions")).Status);

        using var cvs = app.CreateHtmlClient();
        await cvs.SignInAsync("partner@demo.together.example");
        var cvsCodes = (await cvs.GetAsync("/data/owed")).Document.QuerySelectorAll("table tbody tr th").Select(th => th.TextContent.Trim().Split(' ')[0]).Distinct().ToList();
        Assert.Contains("CYP-D13", cvsCodes);
        Assert.DoesNotContain("CYP-D06", cvsCodes);

        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync("admin@demo.together.example");
        var all = await admin.GetAsync("/admin/submissions");
        var organisations = all.Document.QuerySelectorAll("#calendar tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).Distinct().ToList();
        Assert.True(organisations.Count >= 4, string.Join(", ", organisations));
        var filtered = await admin.GetAsync("/admin/submissions?Organisation=cheshire-constabulary&Status=overdue");
        var rows = filtered.Document.QuerySelectorAll("#calendar tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("Cheshire Constabulary", r.QuerySelectorAll("td")[0].TextContent.Trim()));
        Assert.All(rows, r => Assert.Equal("Overdue", r.QuerySelector("strong.govuk-tag")!.TextContent.Trim()));
        Assert.Equal("cheshire-constabulary", filtered.Document.QuerySelector("#Organisation option[selected]")?.GetAttribute("value"));
        // Unknown filters show everything rather than failing.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/submissions?Organisation=nobody&Status=lost")).Status);
    }

    [Fact]
    public async Task The_demonstration_calendar_has_received_owed_and_overdue_items()
    {
        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync("admin@demo.together.example");
        foreach (var status in new[] { "overdue", "owed", "received" })
        {
            var page = await admin.GetAsync($"/admin/submissions?Status={status}");
            Assert.NotEmpty(page.Document.QuerySelectorAll("#calendar tbody tr"));
        }
    }

    [Fact]
    public async Task An_administrator_sets_a_due_date_and_mistakes_are_explained()
    {
        var indicator = await NewIndicatorAsync(app, "T-CAL-DATE");
        await OwnAsync(app, indicator, "cheshire-constabulary");
        await WithCalendarAsync(app, c => c.EnsureItemsAsync());
        var item = await app.WithDbAsync(db => db.SubmissionsDue.SingleAsync(s => s.IndicatorId == indicator.Id && s.Period == "2025/26"));

        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync("admin@demo.together.example");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/submissions/{Guid.NewGuid()}/due-date")).Status);
        var form = await admin.GetAsync($"/admin/submissions/{item.Id}/due-date");
        Assert.Equal("29", form.Value("#Day"));
        var wrong = await admin.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Day"] = "31", ["Month"] = "2", ["Year"] = "2027" });
        Assert.Contains(wrong.ErrorSummary, e => e.Contains("real date", StringComparison.Ordinal));
        Assert.Equal("31", wrong.Value("#Day"));
        var early = await admin.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Day"] = "1", ["Month"] = "3", ["Year"] = "2026" });
        Assert.Contains(early.ErrorSummary, e => e.Contains("after the period ends", StringComparison.Ordinal));

        var saved = await admin.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Day"] = "31", ["Month"] = "3", ["Year"] = "2027" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var again = await admin.SubmitAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Day"] = "31", ["Month"] = "3", ["Year"] = "2027" });
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        item = await app.WithDbAsync(db => db.SubmissionsDue.SingleAsync(s => s.Id == item.Id));
        Assert.Equal(new DateOnly(2027, 3, 31), item.DueOn);
        Assert.Equal("admin@demo.together.example", item.DueOnSetBy);

        using var police = app.CreateHtmlClient();
        await police.SignInAsync(Police);
        Assert.Equal("Owed", StatusRow(await police.GetAsync("/data/owed"), "T-CAL-DATE", "2025/26").Status);
    }

    [Fact]
    public async Task Overdue_items_are_emailed_to_the_owners_people_once_per_reminder()
    {
        var indicator = await NewIndicatorAsync(app, "T-CAL-MAIL", PeriodType.Quarter);
        await OwnAsync(app, indicator, "cheshire-constabulary");
        await WithCalendarAsync(app, c => c.RunAsync());
        Task<List<string>> MailsAsync() => app.WithDbAsync(db => db.OutboxMessages
            .Where(m => m.Category == SubmissionCalendar.EmailCategory && m.TextBody.Contains("T-CAL-MAIL"))
            .Select(m => m.ToAddress + " " + m.Subject).ToListAsync());

        // Quarters up to 2026 Q3 are overdue (Q3 ended 30 September; 45 days on is Saturday 14 November, so due Monday 16 November).
        // The police's only partner hears once, in one email listing them all; the quarter still running is not in it.
        var first = await MailsAsync();
        Assert.Single(first);
        Assert.StartsWith(Police + " ", first[0], StringComparison.Ordinal);
        var bodies = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Category == SubmissionCalendar.EmailCategory && m.TextBody.Contains("T-CAL-MAIL")).Select(m => m.TextBody).ToListAsync());
        Assert.Contains("T-CAL-MAIL Test indicator T-CAL-MAIL, 2026 Q3: due 16 November 2026 (7 days overdue)", bodies[0], StringComparison.Ordinal);
        Assert.Contains("2026 Q2", bodies[0], StringComparison.Ordinal);
        Assert.DoesNotContain("2026 Q4", bodies[0], StringComparison.Ordinal);

        // Checking again sends nothing more.
        await WithCalendarAsync(app, c => c.RunAsync());
        await WithCalendarAsync(app, c => c.SendOverdueRemindersAsync());
        Assert.Single(await MailsAsync());

        // A week later 2026 Q3 is 14 days overdue: its second reminder goes, once, and names only that quarter
        // (the older quarters have already had all three reminders).
        app.Clock.Advance(TimeSpan.FromDays(7));
        await WithCalendarAsync(app, c => c.RunAsync());
        await WithCalendarAsync(app, c => c.RunAsync());
        var mails = await MailsAsync();
        Assert.Equal(2, mails.Count);
        bodies = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Category == SubmissionCalendar.EmailCategory && m.TextBody.Contains("T-CAL-MAIL")).OrderBy(m => m.CreatedAt).Select(m => m.TextBody).ToListAsync());
        Assert.Contains("2026 Q3: due 16 November 2026 (14 days overdue)", bodies[1], StringComparison.Ordinal);
        Assert.DoesNotContain("2026 Q2", bodies[1], StringComparison.Ordinal);
        var q3 = await app.WithDbAsync(db => db.SubmissionsDue.SingleAsync(s => s.IndicatorId == indicator.Id && s.Period == "2026 Q3"));
        Assert.Equal(2, q3.RemindersSent);

        // The outbox sends them.
        var sender = app.WithScope(sp => (OutboxSender)sp.GetService(typeof(OutboxSender))!);
        await sender.SendDueAsync(CancellationToken.None);
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Category == SubmissionCalendar.EmailCategory && m.TextBody.Contains("T-CAL-MAIL") && m.SentAt == null)));
    }
}
