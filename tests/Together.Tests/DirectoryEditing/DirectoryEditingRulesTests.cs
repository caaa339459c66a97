using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.ServiceDirectory;

namespace Together.Tests.DirectoryEditing;

/// <summary>Who may change what, every version kept for staff, and a problem report's errors.</summary>
public sealed class DirectoryEditingRulesTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    /// <summary>Posts a form from one page to another address, as a hand-made request would: same session, valid antiforgery token.</summary>
    private static Task<HtmlPage> PostElsewhereAsync(HtmlClient client, HtmlPage page, string formSelector, string action, Dictionary<string, string?>? fields = null)
    {
        var form = page.Document.QuerySelector(formSelector)!;
        form.SetAttribute("action", action);
        form.Id = "posted-elsewhere";
        return client.SubmitAsync(page, "#posted-elsewhere", fields);
    }

    [Fact]
    public async Task A_partner_cannot_change_archive_confirm_or_report_on_another_organisations_services_by_posting_directly()
    {
        var own = await Editing.PartnerServiceAsync(app, 0);
        var police = await app.WithDbAsync(db => db.DirectoryServices.AsNoTracking().Include(s => s.Organization)
            .FirstAsync(s => s.Organization.Name == "Cheshire Police Youth Engagement" && s.Status == ServiceStatus.Active));
        using var partner = app.CreateHtmlClient();
        await partner.SignInAsync(Editing.Partner);
        var ownPage = await partner.GetAsync($"/services/manage/{own.Id}");

        foreach (var handler in new[] { "Edit", "Confirm", "Archive", "Restore" })
        {
            var page = await partner.GetAsync($"/services/manage/{own.Id}");
            var refused = await PostElsewhereAsync(partner, page, "form[action*='handler=Edit']", $"/services/manage/{police.Id}?handler={handler}");
            Assert.True(refused.Status == HttpStatusCode.Forbidden, $"{handler}: {refused.Status}");
        }

        var after = await app.WithDbAsync(db => db.DirectoryServices.AsNoTracking().SingleAsync(s => s.Id == police.Id));
        Assert.Equal(ServiceStatus.Active, after.Status);
        Assert.Equal(police.AssuredDate, after.AssuredDate);
        Assert.False(await app.WithDbAsync(db => db.DirectoryServiceChanges.AnyAsync(c => c.ServiceId == police.Id)));

        // Their own partner may not add a service under another organisation either.
        var newPage = await partner.GetAsync("/services/manage/new");
        var refusedNew = await partner.SubmitAsync(newPage, "main form[method=post]", new Dictionary<string, string?> { ["OrganizationId"] = police.OrganizationId.ToString() });
        Assert.Equal(["Choose the organisation that provides the service"], refusedNew.ErrorSummary);
        Assert.False(await app.WithDbAsync(db => db.DirectoryServiceChanges.AnyAsync(c => c.OrganizationId == police.OrganizationId)));

        // A change to the police service, started by an administrator, cannot be written to, sent or discarded by the partner.
        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync(Editing.Admin);
        var changeId = Editing.ChangeId(await Editing.StartEditAsync(admin, police.Id));
        var section = await partner.GetAsync($"/services/manage/changes/{(await StartOwnChangeAsync(partner, own.Id))}/what");
        var write = await PostElsewhereAsync(partner, section, "main form[method=post]", $"/services/manage/changes/{changeId}/what", new() { ["Name"] = "Taken over" });
        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        foreach (var handler in new[] { "Submit", "Discard" })
        {
            var page = await partner.GetAsync($"/services/manage/{own.Id}");
            var refused = await PostElsewhereAsync(partner, page, "form[action*='handler=Edit']", $"/services/manage/changes/{changeId}?handler={handler}");
            Assert.True(refused.Status == HttpStatusCode.Forbidden, $"{handler}: {refused.Status}");
        }

        var change = await app.WithDbAsync(db => db.DirectoryServiceChanges.AsNoTracking().SingleAsync(c => c.Id == changeId));
        Assert.Equal(ServiceChangeState.Draft, change.State);
        Assert.DoesNotContain("Taken over", change.ProposedJson);

        // Nor can a partner approve anything: the review queue is for administrators.
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/admin/services")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync($"/admin/services/review/{changeId}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostElsewhereAsync(partner, ownPage, "form[action*='handler=Edit']", $"/admin/services/review/{changeId}?handler=Approve")).Status);

        // A problem report about another organisation's service cannot be marked as dealt with.
        using var anonymous = app.CreateHtmlClient();
        var form = await anonymous.GetAsync($"/services/{police.Id}/report-a-problem");
        await anonymous.SubmitAsync(form, "main form[method=post]", new Dictionary<string, string?> { ["WhatIsWrong"] = "The phone number is wrong." });
        var reportId = await app.WithDbAsync(db => db.DirectoryServiceReports.Where(r => r.ServiceId == police.Id).Select(r => r.Id).SingleAsync());
        var resolve = await PostElsewhereAsync(partner, await partner.GetAsync($"/services/manage/{own.Id}"), "form[action*='handler=Edit']", $"/services/manage/reports?handler=Resolve&report={reportId}");
        Assert.Equal(HttpStatusCode.NotFound, resolve.Status);
        Assert.Equal(ServiceReportStatus.New, await app.WithDbAsync(db => db.DirectoryServiceReports.Where(r => r.Id == reportId).Select(r => r.Status).SingleAsync()));
    }

    private static async Task<Guid> StartOwnChangeAsync(HtmlClient client, Guid serviceId) =>
        Editing.ChangeId(await Editing.StartEditAsync(client, serviceId));

    [Fact]
    public async Task Every_version_is_kept_with_its_own_changes_and_staff_can_read_them_all()
    {
        var service = await Editing.PartnerServiceAsync(app, 1);
        using var partner = app.CreateHtmlClient();
        await partner.SignInAsync(Editing.Partner);
        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync(Editing.Admin);

        foreach (var name in new[] { "Riverside first new name", "Riverside second new name" })
        {
            var changeId = Editing.ChangeId(await Editing.StartEditAsync(partner, service.Id));
            var page = await partner.GetAsync($"/services/manage/changes/{changeId}/what");
            await partner.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Name"] = name });
            await partner.SubmitAsync(await partner.GetAsync($"/services/manage/changes/{changeId}"), "form[action*='handler=Submit']");
            await admin.SubmitAsync(await admin.GetAsync($"/admin/services/review/{changeId}"), "form[action*='handler=Approve']");
        }

        var manage = await partner.GetAsync($"/services/manage/{service.Id}");
        await partner.SubmitAsync(manage, "form[action*='handler=Archive']");
        manage = await admin.GetAsync($"/services/manage/{service.Id}");
        await admin.SubmitAsync(manage, "form[action*='handler=Restore']");

        var versions = await app.WithDbAsync(db => db.DirectoryServiceChanges.AsNoTracking()
            .Where(c => c.ServiceId == service.Id && c.Version != null).OrderBy(c => c.Version).Select(c => new { c.Version, c.Kind }).ToListAsync());
        Assert.Equal([1, 2, 3, 4], versions.Select(v => v.Version!.Value));
        Assert.Equal([ServiceChangeKind.Edit, ServiceChangeKind.Edit, ServiceChangeKind.Archive, ServiceChangeKind.Restore], versions.Select(v => v.Kind));

        // Any staff member (here a board member, who cannot edit) reads every version, each with its own before and after.
        using var board = app.CreateHtmlClient();
        await board.SignInAsync("board@demo.together.example");
        var history = await board.GetAsync($"/services/{service.Id}/history");
        Assert.Equal(HttpStatusCode.OK, history.Status);
        Assert.Contains("changed", history.Text("#version-1"));
        Assert.Contains("changed", history.Text("#version-2"));
        Assert.Contains("archived", history.Text("#version-3"));
        Assert.Contains("restored", history.Text("#version-4"));
        var diffs = history.Document.QuerySelectorAll(".together-service-diff").Select(d => d.TextContent).ToList();
        Assert.Equal(4, diffs.Count);
        // Newest first: version 2's diff goes from the first new name to the second; version 1's from the original.
        Assert.Contains("Riverside first new name", diffs[2]);
        Assert.Contains("Riverside second new name", diffs[2]);
        Assert.Contains(service.Name, diffs[3]);
        Assert.Contains("Riverside first new name", diffs[3]);
        Assert.DoesNotContain("Riverside second new name", diffs[3]);

        // The public cannot read the history.
        using var anonymous = app.CreateHtmlClient();
        var refused = await anonymous.GetAsync($"/services/{service.Id}/history");
        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        Assert.Contains("/account/sign-in", refused.Location);
        Assert.Equal(HttpStatusCode.NotFound, (await board.GetAsync($"/services/{Guid.NewGuid()}/history")).Status);
    }

    [Fact]
    public async Task A_problem_report_with_bad_input_gets_the_error_summary_and_keeps_what_was_typed()
    {
        var service = await Editing.PartnerServiceAsync(app, 2);
        using var anonymous = app.CreateHtmlClient();
        var page = await anonymous.GetAsync($"/services/{service.Id}/report-a-problem");
        var typed = "The opening times are wrong. " + new string('x', EditingLimits.ReportMaxLength);
        var refused = await anonymous.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["WhatIsWrong"] = typed, ["Email"] = "me@" });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.StartsWith("Error:", refused.Title);
        Assert.Equal(["What is wrong must be 1,000 characters or fewer", "Enter an email address in the correct format, like name@example.com, or leave it empty"], refused.ErrorSummary);
        Assert.Equal(["#WhatIsWrong", "#Email"], refused.Document.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(refused.Document.QuerySelector("#WhatIsWrong-error"));
        Assert.NotNull(refused.Document.QuerySelector("#Email-error"));
        Assert.Equal(typed, refused.Value("#WhatIsWrong"));
        Assert.Equal("me@", refused.Value("#Email"));
        Assert.False(await app.WithDbAsync(db => db.DirectoryServiceReports.AnyAsync(r => r.ServiceId == service.Id)));

        // Corrected, the same form is accepted once.
        var sent = await anonymous.SubmitAsync(refused, "main form[method=post]", new Dictionary<string, string?> { ["WhatIsWrong"] = "The opening times are wrong.", ["Email"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.DirectoryServiceReports.CountAsync(r => r.ServiceId == service.Id)));

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/services/{Guid.NewGuid()}/report-a-problem")).Status);
    }
}
