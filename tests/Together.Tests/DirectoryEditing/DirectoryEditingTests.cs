using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Together.Tests.ServiceDirectory;
using Together.Tests.Feedback;
using Together.Tests.Support;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Infrastructure.Notifications;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Tests.DirectoryEditing;

internal static class Editing
{
    public const string Partner = "partner@demo.together.example";
    public const string Admin = "admin@demo.together.example";

    /// <summary>An active service owned by the partner's organisation (Cheshire East CVS: Riverside Youth Trust).</summary>
    public static Task<DirectoryService> PartnerServiceAsync(TogetherApp app, int skip = 0) =>
        app.WithDbAsync(db => db.DirectoryServices.AsNoTracking().Include(s => s.Organization)
            .Where(s => s.Organization.Name == "Riverside Youth Trust" && s.Status == ServiceStatus.Active)
            .OrderBy(s => s.Name).Skip(skip).FirstAsync());

    public static async Task<HtmlPage> StartEditAsync(HtmlClient client, Guid serviceId)
    {
        var page = await client.GetAsync($"/services/manage/{serviceId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        page = await client.SubmitAsync(page, "form[action*='handler=Edit']");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        return await client.FollowAsync(page);
    }

    public static Guid ChangeId(HtmlPage changePage) =>
        Guid.Parse(changePage.Response.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[4]);
}

public sealed class DirectoryEditingTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task A_partner_cannot_open_or_change_another_organisations_service()
    {
        var police = await app.WithDbAsync(db => db.DirectoryServices.AsNoTracking().FirstAsync(s => s.Organization.Name == "Cheshire Police Youth Engagement"));
        using var client = app.CreateHtmlClient();
        await client.SignInAsync(Editing.Partner);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/services/manage/{police.Id}")).Status);
        var list = await client.GetAsync("/services/manage");
        Assert.DoesNotContain(police.Name, list.Text("#services"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/services/manage/{Guid.NewGuid()}")).Status);

        // A change someone else started on that service is out of reach too.
        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync(Editing.Admin);
        var change = await Editing.StartEditAsync(admin, police.Id);
        var changeId = Editing.ChangeId(change);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/services/manage/changes/{changeId}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/services/manage/changes/{changeId}/what")).Status);
    }

    [Fact]
    public async Task A_change_is_invisible_to_the_public_until_an_administrator_approves_it_and_then_shows_as_a_version_with_a_diff()
    {
        var service = await Editing.PartnerServiceAsync(app, 0);
        using var partner = app.CreateHtmlClient();
        await partner.SignInAsync(Editing.Partner);
        var change = await Editing.StartEditAsync(partner, service.Id);
        var changeId = Editing.ChangeId(change);
        Assert.Equal("Check your answers", change.H1);

        var page = await partner.GetAsync($"/services/manage/changes/{changeId}/what");
        page = await partner.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Name"] = "Riverside Friday Night Club" });
        Assert.Equal($"/services/manage/changes/{changeId}", page.Location);

        page = await partner.GetAsync($"/services/manage/changes/{changeId}/send");
        page = await partner.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?>
        {
            ["SupportsSend"] = "yes",
            ["SendSupport"] = "Youth workers adapt every activity.",
            ["LocalOffer[Training]"] = "All staff complete autism awareness training every year.",
        });
        page = await partner.FollowAsync(page);
        var diff = page.Text("#diff");
        Assert.Contains("Name", diff);
        Assert.Contains(service.Name, diff);
        Assert.Contains("Riverside Friday Night Club", diff);
        Assert.Contains("autism awareness training", diff);

        page = await partner.FollowAsync(await partner.SubmitAsync(page, "form[action*='handler=Submit']"));
        Assert.Equal("Change sent for review", page.H1);

        // The public still sees the live service.
        using var anonymous = app.CreateHtmlClient();
        Assert.Equal(service.Name, (await anonymous.GetAsync($"/services/{service.Id}")).H1);

        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync(Editing.Admin);
        var queue = await admin.GetAsync("/admin/services");
        Assert.Contains("Riverside Friday Night Club", queue.Text("#review-queue"));
        var review = await admin.GetAsync($"/admin/services/review/{changeId}");
        Assert.Contains("Riverside Friday Night Club", review.Text("#diff"));
        var approved = await admin.FollowAsync(await admin.SubmitAsync(review, "form[action*='handler=Approve']"));
        Assert.Contains("Approved", approved.Text("#state"));
        Assert.Empty(approved.Document.QuerySelectorAll("form[action*='handler=Return']"));
        // A second press from the page as it was (another tab, a double click) changes nothing more.
        await admin.SubmitAsync(review, "form[action*='handler=Approve']");
        await admin.SubmitAsync(review, "form[action*='handler=Return']", new Dictionary<string, string?> { ["Comment"] = "late" });
        var stored = await app.WithDbAsync(db => db.DirectoryServiceChanges.AsNoTracking().SingleAsync(c => c.Id == changeId));
        Assert.Equal(ServiceChangeState.Approved, stored.State);
        Assert.Null(stored.ReviewComment);
        Assert.Equal(1, await app.WithDbAsync(db => db.DirectoryServiceChanges.CountAsync(c => c.ServiceId == service.Id && c.Version != null)));

        var live = await anonymous.GetAsync($"/services/{service.Id}");
        Assert.Equal("Riverside Friday Night Club", live.H1);
        Assert.Contains("Special educational needs and disabilities (SEND)", live.Text("#send"));
        Assert.Contains("All staff complete autism awareness training every year.", live.Html);
        Assert.Contains("Riverside Friday Night Club", (await anonymous.GetAsync("/services?q=friday+night+club")).Html);

        var history = await admin.GetAsync($"/services/{service.Id}/history");
        Assert.Contains("Version 1", history.Text("#version-1"));
        Assert.Contains(service.Name, history.Text("main"));
        Assert.Contains("Riverside Friday Night Club", history.Text("main"));
        Assert.True(await app.WithDbAsync(db => db.DirectoryMetadata.AnyAsync(m => m.ResourceId == service.Id && m.FieldName == "Name" && m.ReplacementValue == "Riverside Friday Night Club")));

        // The feed carries the change and still validates.
        var json = JsonDocument.Parse(await anonymous.Http.GetStringAsync($"/oruk/services/{service.Id}")).RootElement;
        Assert.Equal("Riverside Friday Night Club", json.GetProperty("name").GetString());
        Assert.Empty(OrukSchemaValidator.Load("service.json").Validate(json));
    }

    [Fact]
    public async Task A_returned_change_shows_the_administrators_comment_to_the_editor()
    {
        var service = await Editing.PartnerServiceAsync(app, 1);
        using var partner = app.CreateHtmlClient();
        await partner.SignInAsync(Editing.Partner);
        var change = await Editing.StartEditAsync(partner, service.Id);
        var changeId = Editing.ChangeId(change);
        var page = await partner.GetAsync($"/services/manage/changes/{changeId}/contact");
        page = await partner.FollowAsync(await partner.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Phone"] = "01625 000111" }));
        await partner.SubmitAsync(page, "form[action*='handler=Submit']");

        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync(Editing.Admin);
        var review = await admin.GetAsync($"/admin/services/review/{changeId}");
        var empty = await admin.SubmitAsync(review, "form[action*='handler=Return']", new Dictionary<string, string?> { ["Comment"] = "  " });
        Assert.Equal(["Say what the editor needs to change"], empty.ErrorSummary);
        await admin.SubmitAsync(review, "form[action*='handler=Return']", new Dictionary<string, string?> { ["Comment"] = "Please give the full number with the area code." });

        var back = await partner.GetAsync($"/services/manage/changes/{changeId}");
        Assert.Equal("Please give the full number with the area code.", back.Text("#review-comment"));
        Assert.Equal("Check your answers", back.H1);
        Assert.Contains("returned", (await partner.GetAsync($"/services/manage/{service.Id}")).Text("#open-change"));
        Assert.NotEqual("01625 000111", (await app.WithDbAsync(db => db.DirectoryServices.AsNoTracking().Include(s => s.Phones).SingleAsync(s => s.Id == service.Id))).Phones.FirstOrDefault()?.Number);
        Assert.True(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == Editing.Partner && m.Category == "directory.change-returned")));
    }

    [Fact]
    public async Task Errors_are_summarised_and_what_was_typed_is_kept()
    {
        var service = await Editing.PartnerServiceAsync(app, 2);
        using var partner = app.CreateHtmlClient();
        await partner.SignInAsync(Editing.Partner);
        var changeId = Editing.ChangeId(await Editing.StartEditAsync(partner, service.Id));

        var page = await partner.GetAsync($"/services/manage/changes/{changeId}/who");
        page = await partner.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["MinimumAge"] = "twelve", ["MaximumAge"] = "8" });
        Assert.Equal(["Youngest age must be a whole number of years from 0 to 25"], page.ErrorSummary);
        Assert.Equal("twelve", page.Value("#MinimumAge"));

        page = await partner.GetAsync($"/services/manage/changes/{changeId}/when");
        page = await partner.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Schedules[0].Opens"] = "25:00" });
        Assert.Contains("Time 1: enter a time in 24-hour format, like 09:30 or 14:00", page.ErrorSummary);
        Assert.Equal("25:00", page.Value("#Schedules\\[0\\]-Opens"));

        page = await partner.GetAsync($"/services/manage/changes/{changeId}/what");
        page = await partner.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Name"] = "", ["Description"] = new string('x', 4001) });
        Assert.Equal(["Enter the name of the service", "Description must be 4,000 characters or fewer"], page.ErrorSummary);

        // Sending an unchanged service for review is refused with a clear answer.
        page = await partner.GetAsync($"/services/manage/changes/{changeId}");
        page = await partner.SubmitAsync(page, "form[action*='handler=Submit']");
        Assert.Contains("You have not changed anything yet. Change an answer, or go back to the service", page.ErrorSummary);
    }

    [Fact]
    public async Task A_partner_adds_a_new_service_which_appears_only_once_approved()
    {
        using var partner = app.CreateHtmlClient();
        await partner.SignInAsync(Editing.Partner);
        var page = await partner.GetAsync("/services/manage/new");
        page = await partner.SubmitAsync(page, "main form[method=post]");
        Assert.Equal(["Choose the organisation that provides the service"], page.ErrorSummary);
        var organisation = page.Document.QuerySelector("input[name=OrganizationId]")!.GetAttribute("value");
        page = await partner.FollowAsync(await partner.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["OrganizationId"] = organisation }));
        Assert.Equal("What the service is", page.H1);

        var answers = new (string Section, Dictionary<string, string?> Fields)[]
        {
            ("what", new() { ["Name"] = "Crewe skate night", ["Description"] = "Skateboarding for young people with coaches.", ["Status"] = "Active" }),
            ("who", new() { ["MinimumAge"] = "11", ["MaximumAge"] = "18" }),
            ("when", new() { ["Schedules[0].Days"] = "FR", ["Schedules[0].Opens"] = "18:00", ["Schedules[0].Closes"] = "20:30" }),
            ("where", new() { ["InPerson"] = "true", ["Places[0].Name"] = "Crewe Skate Park", ["Places[0].Address1"] = "1 Park Road", ["Places[0].Town"] = "Crewe", ["Places[0].Postcode"] = "cw1 2bj" }),
            ("accessibility", new() { ["Access[0]"] = "Step-free ramps." }),
            ("cost", new() { ["Cost"] = "free" }),
            ("how-to-get-it", new() { ["ApplicationProcess"] = "Just turn up." }),
            ("contact", new() { ["Email"] = "skate@example.org" }),
            ("languages", new() { ["Languages"] = "en" }),
            ("categories", new() { ["Categories"] = "sport" }),
            ("send", new() { ["SupportsSend"] = "no" }),
        };
        foreach (var (section, fields) in answers)
        {
            Assert.EndsWith("/" + section, page.Response.RequestMessage!.RequestUri!.AbsolutePath);
            page = await partner.SubmitAsync(page, "main form[method=post]", fields);
            Assert.True(page.Status == HttpStatusCode.Redirect, $"{section}: {string.Join("; ", page.ErrorSummary)}");
            page = await partner.FollowAsync(page);
        }

        Assert.Equal("Check your answers", page.H1);
        var changeId = Editing.ChangeId(page);
        page = await partner.FollowAsync(await partner.SubmitAsync(page, "form[action*='handler=Submit']"));
        Assert.Equal("Change sent for review", page.H1);
        var serviceId = await app.WithDbAsync(db => db.DirectoryServiceChanges.Where(c => c.Id == changeId).Select(c => c.ServiceId).SingleAsync());
        using var anonymous = app.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/services/{serviceId}")).Status);

        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync(Editing.Admin);
        await admin.SubmitAsync(await admin.GetAsync($"/admin/services/review/{changeId}"), "form[action*='handler=Approve']");
        var live = await anonymous.GetAsync($"/services/{serviceId}");
        Assert.Equal("Crewe skate night", live.H1);
        Assert.Contains("Fridays", live.Text("#when"));
        Assert.Contains("CW1 2BJ", live.Html);
        var json = JsonDocument.Parse(await anonymous.Http.GetStringAsync($"/oruk/services/{serviceId}")).RootElement;
        Assert.Empty(OrukSchemaValidator.Load("service.json").Validate(json));
    }

    [Fact]
    public async Task Archiving_takes_a_service_out_of_search_its_page_and_the_oruk_feed_and_an_administrator_restores_it()
    {
        var service = await Editing.PartnerServiceAsync(app, 3);
        using (var before = app.CreateHtmlClient())
        {
            Assert.Contains(service.Id.ToString(), await before.Http.GetStringAsync("/oruk/services?format=ndjson"));
            Assert.Contains(service.Id.ToString(), await before.Http.GetStringAsync($"/oruk/organizations/{service.OrganizationId}"));
        }

        using var partner = app.CreateHtmlClient();
        await partner.SignInAsync(Editing.Partner);
        var page = await partner.GetAsync($"/services/manage/{service.Id}");
        page = await partner.FollowAsync(await partner.SubmitAsync(page, "form[action*='handler=Archive']"));
        Assert.Contains("Archived", page.Text("#status"));
        Assert.Empty(page.Document.QuerySelectorAll("form[action*='handler=Restore']"));

        using var anonymous = app.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/services/{service.Id}")).Status);
        var search = await anonymous.GetAsync("/services?q=" + Uri.EscapeDataString(service.Name));
        Assert.DoesNotContain($"/services/{service.Id}", search.Html);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync($"/oruk/services/{service.Id}")).StatusCode);
        var list = JsonDocument.Parse(await anonymous.Http.GetStringAsync("/oruk/services?per_page=200")).RootElement;
        Assert.Empty(OrukSchemaValidator.Load("service_list.json").Validate(list));
        Assert.DoesNotContain(service.Id.ToString(), list.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.DoesNotContain(service.Id.ToString(), await anonymous.Http.GetStringAsync("/oruk/services?format=ndjson"));
        Assert.DoesNotContain(service.Id.ToString(), await anonymous.Http.GetStringAsync("/oruk/service_at_locations?format=ndjson"));
        Assert.DoesNotContain(service.Id.ToString(), await anonymous.Http.GetStringAsync($"/oruk/organizations/{service.OrganizationId}"));

        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync(Editing.Admin);
        page = await admin.GetAsync($"/services/manage/{service.Id}");
        page = await admin.FollowAsync(await admin.SubmitAsync(page, "form[action*='handler=Restore']"));
        Assert.Contains("Running", page.Text("#status"));
        Assert.Equal(service.Name, (await anonymous.GetAsync($"/services/{service.Id}")).H1);
        var restored = JsonDocument.Parse(await anonymous.Http.GetStringAsync($"/oruk/services/{service.Id}")).RootElement;
        Assert.Equal("active", restored.GetProperty("status").GetString());
        Assert.Empty(OrukSchemaValidator.Load("service.json").Validate(restored));
        var history = await admin.GetAsync($"/services/{service.Id}/history");
        Assert.Contains("archived", history.Text("main"));
        Assert.Contains("restored", history.Text("main"));
    }

    [Fact]
    public async Task A_problem_report_reaches_the_owning_organisation_once()
    {
        var service = await Editing.PartnerServiceAsync(app, 4);
        using var anonymous = app.CreateHtmlClient();
        var detail = await anonymous.GetAsync($"/services/{service.Id}");
        Assert.Equal($"/services/{service.Id}/report-a-problem", detail.Document.QuerySelector("#report-a-problem")!.GetAttribute("href"));
        var page = await anonymous.GetAsync($"/services/{service.Id}/report-a-problem");
        var empty = await anonymous.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Email"] = "not an email" });
        Assert.Equal(["Tell us what is wrong with this service", "Enter an email address in the correct format, like name@example.com, or leave it empty"], empty.ErrorSummary);
        Assert.Equal("not an email", empty.Value("#Email"));

        var fields = new Dictionary<string, string?> { ["WhatIsWrong"] = "The club now meets on Thursdays, not Fridays.", ["Email"] = "" };
        var sent = await anonymous.SubmitAsync(page, "main form[method=post]", fields);
        var again = await anonymous.SubmitAsync(page, "main form[method=post]", fields);
        Assert.Equal(sent.Location, again.Location);
        Assert.Equal("Thank you for telling us", (await anonymous.FollowAsync(sent)).H1);

        Assert.Equal(1, await app.WithDbAsync(db => db.DirectoryServiceReports.CountAsync(r => r.ServiceId == service.Id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == Editing.Partner && m.Category == "directory.problem-report" && m.Subject.Contains(service.Name))));

        using var partner = app.CreateHtmlClient();
        await partner.SignInAsync(Editing.Partner);
        var reports = await partner.GetAsync("/services/manage/reports");
        Assert.Contains("The club now meets on Thursdays, not Fridays.", reports.Text("#reports"));
        reports = await partner.FollowAsync(await partner.SubmitAsync(reports, "#reports form"));
        Assert.Contains("Dealt with", reports.Text("#reports"));

        // Another partner organisation does not see it.
        using var police = app.CreateHtmlClient();
        await police.SignInAsync("police@demo.together.example");
        Assert.DoesNotContain("Thursdays, not Fridays", (await police.GetAsync("/services/manage/reports")).Html);
    }
}

public sealed class DirectoryReportSafeguardingTests(FlaggingScreenApp app) : IClassFixture<FlaggingScreenApp>
{
    [Fact]
    public async Task A_flagged_report_is_withheld_from_the_owner_and_its_author_is_shown_where_to_get_help()
    {
        var service = await Editing.PartnerServiceAsync(app, 0);
        using var anonymous = app.CreateHtmlClient();
        var page = await anonymous.GetAsync($"/services/{service.Id}/report-a-problem");
        page = await anonymous.FollowAsync(await anonymous.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["WhatIsWrong"] = "A leader there hurt me" }));
        Assert.Contains("0800 1111", page.Text(".together-help-now"));

        var stored = await app.WithDbAsync(db => db.DirectoryServiceReports.AsNoTracking().SingleAsync(r => r.ServiceId == service.Id));
        Assert.Equal(ScreeningStatus.Flagged, stored.ScreeningStatus);
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Category == "directory.problem-report")));

        using var partner = app.CreateHtmlClient();
        await partner.SignInAsync(Editing.Partner);
        var reports = await partner.GetAsync("/services/manage/reports");
        Assert.Contains("Withheld for safeguarding review", reports.Text("#reports"));
        Assert.DoesNotContain("hurt me", reports.Html);
    }
}

/// <summary>Moves the clock, so it has a database of its own.</summary>
public sealed class DirectoryFreshnessTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task The_owner_is_reminded_once_after_six_months_and_the_service_is_flagged_out_of_date_after_twelve()
    {
        var service = await Editing.PartnerServiceAsync(app, 0);
        var archived = await Editing.PartnerServiceAsync(app, 1);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithDbAsync(async db =>
        {
            var s = await db.DirectoryServices.SingleAsync(x => x.Id == service.Id);
            s.AssuredDate = now.AddMonths(-6).AddDays(3);
            // Also due, but archived: nobody is asked to check a service that has stopped.
            var gone = await db.DirectoryServices.SingleAsync(x => x.Id == archived.Id);
            gone.AssuredDate = now.AddMonths(-7);
            gone.Status = ServiceStatus.Defunct;
            return await db.SaveChangesAsync();
        });

        Task<int> RemindAsync() => app.WithScope(sp => sp.CreateScope().ServiceProvider.GetRequiredService<DirectoryReminders>().SendDueAsync("https://together.example", default));
        Task<int> RemindersFor() => app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Category == DirectoryReminders.Category && m.ToAddress == Editing.Partner && m.TextBody.Contains(service.Name)));

        await RemindAsync();
        Assert.Equal(0, await RemindersFor());

        app.Clock.Advance(TimeSpan.FromDays(4));
        await RemindAsync();
        await RemindAsync();
        Assert.Equal(1, await RemindersFor());
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Category == DirectoryReminders.Category && m.TextBody.Contains(archived.Name))));

        // The outbox sends it, once.
        await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
        await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
        var reminder = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Category == DirectoryReminders.Category && m.ToAddress == Editing.Partner && m.TextBody.Contains(service.Name)));
        Assert.NotNull(reminder.SentAt);
        Assert.Equal(1, reminder.Attempts);
        Assert.Contains($"/services/manage/{service.Id}", reminder.TextBody);

        using var anonymous = app.CreateHtmlClient();
        Assert.Null((await anonymous.GetAsync($"/services/{service.Id}")).Document.QuerySelector("#out-of-date"));

        app.Clock.Advance(TimeSpan.FromDays(190));
        var page = await anonymous.GetAsync($"/services/{service.Id}");
        Assert.Contains("This information was last checked over a year ago", page.Text("#out-of-date"));
        using var partner = app.CreateHtmlClient();
        await partner.SignInAsync(Editing.Partner);
        var manage = await partner.GetAsync("/services/manage?show=out-of-date");
        Assert.Contains(service.Name, manage.Text("#services"));

        // "Still correct" clears the flag; a new check starts a new six months.
        var own = await partner.GetAsync($"/services/manage/{service.Id}");
        own = await partner.FollowAsync(await partner.SubmitAsync(own, "form[action*='handler=Confirm']"));
        Assert.DoesNotContain("Out of date", own.Text("#last-checked"));
        Assert.Null((await anonymous.GetAsync($"/services/{service.Id}")).Document.QuerySelector("#out-of-date"));
        await RemindAsync();
        Assert.Equal(1, await RemindersFor());
    }
}
