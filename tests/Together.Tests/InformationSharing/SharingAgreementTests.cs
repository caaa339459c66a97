using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Together.Tests.Foundation;
using Together.Tests.Support;
using Together.Web.Features.InformationSharing;
using Together.Web.Infrastructure.Database;
using static Together.Tests.Governance.GovernanceTestExtensions;

namespace Together.Tests.InformationSharing;

public sealed class SharingAgreementTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task The_public_summary_lists_agreements_in_force_without_signed_copies_or_drafts()
    {
        await app.WithDbAsync(async db =>
        {
            var agreement = await db.SharingAgreements.FirstAsync(a => a.Reference == "DSA-2026-01");
            db.SharingAgreements.Add(new SharingAgreement
            {
                Id = Guid.NewGuid(), Reference = "DSA-DRAFT-9", Title = "A draft not yet agreed", Purpose = "p", DataDescribed = "d", ControllerRoles = "c",
                Retention = "r", Security = "s", ContactEmail = "ig@example.com", StartDate = agreement.StartDate, ReviewDate = agreement.ReviewDate, Status = AgreementStatus.Draft,
            });
            await db.SaveChangesAsync();
            return 0;
        });

        using var visitor = app.CreateHtmlClient();
        var page = await visitor.GetAsync("/information-sharing");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Early help: sharing information to offer families support sooner", page.Texts("main h2"));
        Assert.Contains("Public task (Article 6(1)(e))", page.Text("main"));
        Assert.DoesNotContain("A draft not yet agreed", page.Html);
        Assert.Null(page.Document.QuerySelector("a[href*='signed-copy']"));
        // The agreement under review whose date has passed says so.
        Assert.Contains("Review overdue", page.Text("main"));

        var signedId = await app.WithDbAsync(db => db.SharingAgreements.Where(a => a.Reference == "DSA-2026-01").Select(a => a.Id).SingleAsync());
        var anonymous = await visitor.GetAsync($"/admin/information-sharing/{signedId}/signed-copy");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.Status);
    }

    [Fact]
    public async Task An_agreement_needs_every_part_of_the_record_and_keeps_what_was_typed()
    {
        using var admin = await app.ClientAsAsync(AdminAccount);
        var form = await admin.GetAsync("/admin/information-sharing/agreement");
        var page = await admin.SubmitWithFilesAsync(form, "form[method=post]",
            new Dictionary<string, string?> { ["Title"] = "Youth justice and schools", ["ContactEmail"] = "not an email", ["StartDate.Day"] = "1", ["StartDate.Month"] = "4", ["StartDate.Year"] = "2026", ["ReviewDate.Day"] = "1", ["ReviewDate.Month"] = "3", ["ReviewDate.Year"] = "2026", ["Status"] = "Active" },
            new Dictionary<string, HtmlClient.Upload> { ["SignedCopy"] = new("", [], "application/octet-stream") });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Enter the agreement's reference", page.ErrorSummary);
        Assert.Contains("Select at least two partners who are party to the agreement", page.ErrorSummary);
        Assert.Contains("Enter an email address in the correct format, like name@example.com", page.ErrorSummary);
        Assert.Contains("The review date must be after the start date", page.ErrorSummary);
        Assert.Contains("Upload the signed copy: an agreement is in force only once every party has signed it", page.ErrorSummary);
        Assert.Equal("Youth justice and schools", page.Value("#Title"));
        Assert.Equal("2026", page.Value("#ReviewDate-Year"));
    }

    [Fact]
    public async Task An_agreement_in_force_is_saved_with_its_signed_copy_which_only_administrators_download_with_an_audit()
    {
        using var admin = await app.ClientAsAsync(AdminAccount);
        var form = await admin.GetAsync("/admin/information-sharing/agreement");
        var parties = form.Document.QuerySelectorAll("input[name=PartyIds]").Take(2).Select(i => i.GetAttribute("value")!).ToArray();
        var saved = await admin.SubmitWithFilesAsync(form, "form[method=post]", new Dictionary<string, string?>
        {
            ["Reference"] = "DSA-2026-07", ["Title"] = "Youth justice and schools", ["PartyIds"] = HtmlClient.Many(parties),
            ["Purpose"] = "To plan education for young people in the youth justice system.", ["DataDescribed"] = "Names, schools and attendance.",
            ["LawfulBasis"] = "PublicTask", ["ControllerRoles"] = "Independent controllers", ["Dpia"] = "NoHighRisk",
            ["Retention"] = "1 year after the order ends", ["Security"] = "Secure email", ["ContactEmail"] = "ig@demo.together.example",
            ["StartDate.Day"] = "1", ["StartDate.Month"] = "4", ["StartDate.Year"] = "2026", ["ReviewDate.Day"] = "31", ["ReviewDate.Month"] = "3", ["ReviewDate.Year"] = "2027", ["Status"] = "Active",
        }, new Dictionary<string, HtmlClient.Upload> { ["SignedCopy"] = new("signed.pdf", FileFormatTests.MakePdf(1)) });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var agreement = await app.WithDbAsync(db => db.SharingAgreements.Include(a => a.Parties).SingleAsync(a => a.Reference == "DSA-2026-07"));
        Assert.Equal(2, agreement.Parties.Count);
        var download = await admin.Http.GetAsync($"/admin/information-sharing/{agreement.Id}/signed-copy");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(SharingAgreement) && e.EntityId == agreement.Id.ToString() && e.Reason!.Contains("downloaded"))));

        using var board = await app.ClientAsAsync(BoardAccount);
        Assert.Equal(HttpStatusCode.Forbidden, (await board.Http.GetAsync($"/admin/information-sharing/{agreement.Id}/signed-copy")).StatusCode);
        AssertRefused(await board.GetAsync("/admin/information-sharing"), BoardAccount);
    }

    [Fact]
    public async Task The_contact_is_reminded_once_a_month_before_the_review_and_once_when_it_is_overdue()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var agreement = await db.SharingAgreements.FirstAsync(a => a.Reference == "DSA-2026-01");
            agreement.ReviewDate = Together.Web.Features.Shared.UkTime.Today(app.Clock).AddDays(45);
            agreement.LastReviewReminderOn = null;
            await db.SaveChangesAsync();
            return agreement.Id;
        });
        async Task<int> CheckAsync()
        {
            using var scope = app.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<SharingReviewReminders>().SendDueAsync();
        }
        async Task<int> RemindersAsync() => await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Category == "information-sharing-review" && m.Subject.Contains("DSA-2026-01")));

        await CheckAsync();
        Assert.Equal(0, await RemindersAsync());

        app.Clock.Advance(TimeSpan.FromDays(20));
        await CheckAsync();
        await CheckAsync();
        Assert.Equal(1, await RemindersAsync());

        app.Clock.Advance(TimeSpan.FromDays(30));
        await CheckAsync();
        await CheckAsync();
        Assert.Equal(2, await RemindersAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Subject.StartsWith("Review overdue: DSA-2026-01"))));
        _ = id;
    }
}
