using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.Accounts;
using Together.Web.Features.Admin;
using Together.Web.Infrastructure.Auditing;

namespace Together.Tests.Admin;

public sealed class AuditTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task A_change_made_on_a_page_is_shown_with_who_made_it_and_the_changed_field_highlighted()
    {
        var id = await app.SendContactMessageAsync("Audit test message");
        using var client = await app.SignedInAdminAsync();
        var page = await client.GetAsync($"/admin/inbox/{id}");
        await client.SubmitAsync(page, "form[data-form=status]", new Dictionary<string, string?> { ["NewStatus"] = "InProgress" });

        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.EntityType == "ContactMessage" && e.EntityId == id.ToString() && e.Action == AuditAction.Updated));
        Assert.Equal(AdminTestSupport.Admin, entry.UserName);
        Assert.Equal($"/admin/inbox/{id}", entry.Path);
        var status = Assert.Single(AuditDiff.Compare(entry.Before, entry.After), f => f.Field == "Status");
        Assert.Equal(("New", "InProgress", true), (status.Before, status.After, status.Changed));

        page = await client.GetAsync($"/admin/audit?EntityType=ContactMessage&EntityId={id}&Action=Updated");
        var shown = Assert.Single(page.Document.QuerySelectorAll(".together-audit-entry"));
        Assert.Contains(AdminTestSupport.Admin, shown.QuerySelector(".together-audit-entry__user")!.TextContent);
        var changed = shown.QuerySelectorAll("tr.together-audit-fields__changed").Select(r => r.GetAttribute("data-field")).ToList();
        Assert.Contains("Status", changed);
        Assert.DoesNotContain("ReceivedAt", changed);
        var row = shown.QuerySelector("tr[data-field=Status]")!;
        Assert.Equal("New", row.QuerySelector(".together-audit-fields__before")!.TextContent.Trim());
        Assert.Equal("InProgress", row.QuerySelector(".together-audit-fields__after")!.TextContent.Trim());
        // What the member of the public wrote is not copied into the log.
        Assert.DoesNotContain("Audit test message", page.Html);
    }

    [Fact]
    public async Task Views_of_sensitive_records_appear_in_the_log_with_their_reason()
    {
        var id = await app.SendContactMessageAsync("Viewed record test");
        using var client = await app.SignedInAdminAsync();
        await client.GetAsync($"/admin/inbox/{id}");

        var page = await client.GetAsync($"/admin/audit?Action=Viewed&EntityId={id}");

        var entry = Assert.Single(page.Document.QuerySelectorAll(".together-audit-entry"));
        Assert.Equal("Viewed", entry.GetAttribute("data-action"));
        Assert.Contains("Read a message in the staff inbox", entry.TextContent);
        Assert.Contains(AdminTestSupport.Admin, entry.TextContent);
    }

    [Fact]
    public async Task Password_hashes_and_authenticator_keys_never_reach_the_log()
    {
        using var client = await app.SignedInAdminAsync();
        var hash = await app.WithDbAsync(db => db.Users.Where(u => u.Email == AdminTestSupport.Admin).Select(u => u.PasswordHash).SingleAsync());
        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().ToListAsync());

        Assert.Contains(entries, e => e.EntityType == nameof(TogetherUser) && e.After!.Contains("\"PasswordHash\":\"(redacted)\""));
        Assert.Contains(entries, e => e.EntityType.StartsWith("IdentityUserToken", StringComparison.Ordinal) && e.After!.Contains("\"Value\":\"(redacted)\""));
        Assert.DoesNotContain(entries, e => (e.Before + e.After).Contains(hash!));
        Assert.DoesNotContain(entries, e => (e.Before + e.After).Contains(DemoAccounts.AuthenticatorKey));

        var page = await client.GetAsync("/admin/audit?EntityType=TogetherUser");
        Assert.NotEmpty(page.Document.QuerySelectorAll(".together-audit-entry"));
        Assert.Contains("(redacted)", page.Text("tr[data-field=PasswordHash]"));
        Assert.DoesNotContain(hash!, page.Html);
    }

    [Fact]
    public async Task The_log_filters_by_person_and_date_and_lists_newest_first()
    {
        var id = await app.SendContactMessageAsync("Filter by person test");
        using var client = await app.SignedInAdminAsync();
        await client.GetAsync($"/admin/inbox/{id}");

        var byAdmin = await client.GetAsync("/admin/audit?User=ADMIN@demo");
        Assert.NotEmpty(byAdmin.Document.QuerySelectorAll(".together-audit-entry"));
        Assert.All(byAdmin.Texts(".together-audit-entry__user"), user => Assert.Equal(AdminTestSupport.Admin, user));

        var all = await client.GetAsync("/admin/audit");
        var ids = all.Document.QuerySelectorAll(".together-audit-entry").Select(e => long.Parse(e.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(ids.OrderDescending(), ids);

        var yesterday = app.Clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var none = await client.GetAsync($"/admin/audit?To.Day={yesterday.Day}&To.Month={yesterday.Month}&To.Year={yesterday.Year}");
        Assert.Equal("0 entries", none.Text("#audit-count"));

        var bad = await client.GetAsync("/admin/audit?From.Day=40&From.Month=1&From.Year=2026");
        Assert.Equal(["Date from must be a real date"], bad.ErrorSummary);
    }

    [Fact]
    public void The_field_by_field_view_reads_before_and_after_snapshots()
    {
        var fields = AuditDiff.Compare("{\"A\":1,\"B\":\"x\",\"C\":null}", "{\"A\":2,\"B\":\"x\",\"D\":true}");

        Assert.Equal(
            [new FieldChange("A", "1", "2"), new FieldChange("B", "x", "x"), new FieldChange("C", null, null), new FieldChange("D", null, "true")],
            fields);
        Assert.Equal(["A", "D"], fields.Where(f => f.Changed).Select(f => f.Field));
    }
}
