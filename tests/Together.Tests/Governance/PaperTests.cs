using System.Net;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Together.Tests.Foundation;
using Together.Tests.Support;
using Together.Web.Features.Governance;
using Together.Web.Infrastructure.Files;
using static Together.Tests.Governance.GovernanceTestExtensions;

namespace Together.Tests.Governance;

public sealed class PaperTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private static readonly Dictionary<string, HtmlClient.Upload> NoFile = new() { ["PdfFile"] = new HtmlClient.Upload("", [], "application/octet-stream") };

    private async Task<(Guid MeetingId, Guid ItemId)> MeetingWithItemAsync(HtmlClient client, string title, bool exempt = false)
    {
        var id = await app.CreateMeetingAsync(40);
        var item = await client.GetAsync($"/admin/meetings/{id}/items");
        var fields = new Dictionary<string, string?> { ["Title"] = title, ["Lead"] = "Director of Children's Services", ["Purpose"] = "Decision" };
        if (exempt)
        {
            fields["IsExempt"] = "true";
            fields["ExemptParagraph"] = "3";
        }
        var saved = await client.SubmitAsync(item, "#item-form", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var itemId = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.MeetingId == id && i.Title == title).Select(i => i.Id).SingleAsync());
        return (id, itemId);
    }

    private static async Task<HtmlPage> UploadAsync(HtmlClient client, Guid meetingId, Guid itemId, string title, byte[] pdf, string summary = "## What it says\nThe budget is balanced.")
    {
        var form = await client.GetAsync($"/admin/meetings/{meetingId}/items/{itemId}/papers/new");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        return await client.SubmitWithFilesAsync(form, "form[method=post]",
            new Dictionary<string, string?> { ["Title"] = title, ["AccessibleSummary"] = summary },
            new Dictionary<string, HtmlClient.Upload> { ["PdfFile"] = new("budget.pdf", pdf) });
    }

    [Fact]
    public async Task A_pdf_paper_needs_an_accessible_summary_and_bad_files_get_plain_errors_with_what_was_typed_kept()
    {
        using var client = await app.ClientAsAsync(AdminAccount);
        var (meetingId, itemId) = await MeetingWithItemAsync(client, "Budget 2027");
        var form = await client.GetAsync($"/admin/meetings/{meetingId}/items/{itemId}/papers/new");

        var empty = await client.SubmitWithFilesAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Title"] = "Budget report" }, NoFile);
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Equal(["Select a PDF of the paper", "Enter an accessible summary of the paper"], empty.ErrorSummary);
        Assert.Equal("Budget report", empty.Value("#Title"));

        var notPdf = await client.SubmitWithFilesAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Title"] = "Budget report", ["AccessibleSummary"] = "The budget" },
            new Dictionary<string, HtmlClient.Upload> { ["PdfFile"] = new("budget.docx", "PK\u0003\u0004 not a pdf"u8.ToArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document") });
        Assert.Equal(["The selected file must be a PDF"], notPdf.ErrorSummary);
        Assert.Equal("The budget", notPdf.Value("#AccessibleSummary"));

        var emptyPdf = await client.SubmitWithFilesAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Title"] = "Budget report", ["AccessibleSummary"] = "The budget" },
            new Dictionary<string, HtmlClient.Upload> { ["PdfFile"] = new("empty.pdf", []) });
        Assert.Equal(["The selected file is empty"], emptyPdf.ErrorSummary);

        // 25 MB: over the 20 MB cap, but within the request limit, so the person gets a sentence, not an error page.
        var huge = new byte[25 * 1024 * 1024];
        "%PDF-1.7"u8.CopyTo(huge);
        var tooBig = await client.SubmitWithFilesAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Title"] = "Budget report", ["AccessibleSummary"] = "The budget" },
            new Dictionary<string, HtmlClient.Upload> { ["PdfFile"] = new("huge.pdf", huge) });
        Assert.Equal(["The selected file must be smaller than 20MB"], tooBig.ErrorSummary);

        Assert.Equal(0, await app.WithDbAsync(db => db.AgendaPapers.CountAsync(p => p.AgendaItemId == itemId)));
    }

    [Fact]
    public async Task An_uploaded_paper_is_published_with_its_summary_size_and_pages_and_stored_once()
    {
        using var client = await app.ClientAsAsync(AdminAccount);
        var (meetingId, itemId) = await MeetingWithItemAsync(client, "School places");
        var form = await client.GetAsync($"/admin/meetings/{meetingId}/items/{itemId}/papers/new");
        var fields = new Dictionary<string, string?> { ["Title"] = "School places report", ["AccessibleSummary"] = "## What it says\nWe need 300 more places in Crewe." };
        var files = new Dictionary<string, HtmlClient.Upload> { ["PdfFile"] = new("places.pdf", FileFormatTests.MakePdf(3)) };
        var first = await client.SubmitWithFilesAsync(form, "form[method=post]", fields, files);
        var again = await client.SubmitWithFilesAsync(form, "form[method=post]", fields, files);
        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.AgendaPapers.CountAsync(p => p.AgendaItemId == itemId)));

        await PublishAsync(meetingId);
        using var visitor = app.CreateHtmlClient();
        var meeting = await visitor.GetAsync($"/meetings/{meetingId}");
        var link = meeting.Document.QuerySelectorAll("main a").Single(a => a.TextContent == "School places report");
        Assert.Matches(@"PDF, \d+KB, 3 pages", link.ParentElement!.TextContent);

        var summary = await visitor.GetAsync(link.GetAttribute("href")!);
        Assert.Equal("School places report", summary.H1);
        Assert.Contains("We need 300 more places in Crewe.", summary.Text("main"));
        var download = await visitor.Http.GetAsync(summary.Document.QuerySelector("a[download]")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, PdfUpload.Check(await download.Content.ReadAsByteArrayAsync()).PageCount);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(PartnerAccount)]
    [InlineData(CommissionerAccount)]
    public async Task An_exempt_paper_never_reaches_the_public_or_partners_who_are_not_board_members(string? account)
    {
        using var admin = await app.ClientAsAsync(AdminAccount);
        var (meetingId, itemId) = await MeetingWithItemAsync(admin, $"Contract award {Guid.NewGuid():N}", exempt: true);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(admin, meetingId, itemId, "Tender evaluation", FileFormatTests.MakePdf(2))).Status);
        await PublishAsync(meetingId);
        var paperId = await app.WithDbAsync(db => db.AgendaPapers.Where(p => p.AgendaItemId == itemId).Select(p => p.Id).SingleAsync());

        using var client = await app.ClientAsAsync(account);
        var meeting = await client.GetAsync($"/meetings/{meetingId}");
        Assert.DoesNotContain("Tender evaluation", meeting.Html);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/meetings/{meetingId}/papers/{paperId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/meetings/{meetingId}/papers/{paperId}/download")).StatusCode);

        // The public pack leaves the exempt paper out: its pages are not in it.
        var pack = await client.Http.GetAsync($"/meetings/{meetingId}/pack.pdf");
        using var document = OpenPdf(await pack.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain(Outlines(document), title => title.Contains("Tender evaluation", StringComparison.Ordinal) || title.Contains("Contract award", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_board_member_reads_an_exempt_paper_and_the_view_is_audited()
    {
        using var admin = await app.ClientAsAsync(AdminAccount);
        var (meetingId, itemId) = await MeetingWithItemAsync(admin, "Legal advice", exempt: true);
        await UploadAsync(admin, meetingId, itemId, "Counsel's opinion", FileFormatTests.MakePdf(1));
        var paperId = await app.WithDbAsync(db => db.AgendaPapers.Where(p => p.AgendaItemId == itemId).Select(p => p.Id).SingleAsync());

        using var board = await app.ClientAsAsync(BoardAccount);
        var download = await board.Http.GetAsync($"/meetings/{meetingId}/papers/{paperId}/download");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(AgendaPaper) && e.EntityId == paperId.ToString())));
    }

    [Fact]
    public async Task The_meeting_pack_has_the_agenda_then_each_public_paper_with_a_bookmark_for_each()
    {
        using var admin = await app.ClientAsAsync(AdminAccount);
        var (meetingId, itemId) = await MeetingWithItemAsync(admin, "Youth provision review");
        await UploadAsync(admin, meetingId, itemId, "Review findings", FileFormatTests.MakePdf(4));
        await UploadAsync(admin, meetingId, itemId, "Appendix: survey results", FileFormatTests.MakePdf(2));
        await PublishAsync(meetingId);

        using var visitor = app.CreateHtmlClient();
        var response = await visitor.Http.GetAsync($"/meetings/{meetingId}/pack.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pack = OpenPdf(await response.Content.ReadAsByteArrayAsync());

        var outlines = Outlines(pack);
        Assert.Equal("Agenda", outlines[0]);
        Assert.Contains(outlines, o => o.EndsWith("Youth provision review", StringComparison.Ordinal));
        Assert.Contains("Review findings", outlines);
        Assert.Contains("Appendix: survey results", outlines);
        // Agenda (1 page) + the item's cover page (1) + 4 + 2 paper pages.
        Assert.Equal(8, pack.PageCount);
    }

    [Fact]
    public async Task The_pack_of_a_draft_agenda_is_not_published()
    {
        var meetingId = await app.CreateMeetingAsync(50);
        using var visitor = app.CreateHtmlClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync($"/meetings/{meetingId}/pack.pdf")).StatusCode);
    }

    [Fact]
    public async Task A_public_item_whose_paper_says_confidential_cannot_be_published_until_someone_confirms_why()
    {
        using var admin = await app.ClientAsAsync(AdminAccount);
        var (meetingId, itemId) = await MeetingWithItemAsync(admin, "Partnership budget");
        await UploadAsync(admin, meetingId, itemId, "Budget (CONFIDENTIAL draft)", FileFormatTests.MakePdf(1));

        var manage = await admin.GetAsync($"/admin/meetings/{meetingId}");
        var refused = await admin.SubmitAsync(manage, "#publish-form");
        Assert.Contains(refused.ErrorSummary, e => e.Contains("is public but its paper says \"confidential\"", StringComparison.Ordinal));
        Assert.Equal(MeetingStatus.Draft, await app.WithDbAsync(db => db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Status).SingleAsync()));

        var item = await admin.GetAsync($"/admin/meetings/{meetingId}/items/{itemId}");
        var noReason = await admin.SubmitAsync(item, "#confirm-public-form");
        Assert.Equal(["Enter why this item can be public"], noReason.ErrorSummary);
        var confirmed = await admin.SubmitAsync(item, "#confirm-public-form", new Dictionary<string, string?> { ["ConfirmPublicReason"] = "The final budget was agreed in public at the last meeting" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);

        manage = await admin.GetAsync($"/admin/meetings/{meetingId}");
        var published = await admin.SubmitAsync(manage, "#publish-form");
        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        var recorded = await app.WithDbAsync(db => db.AgendaItems.SingleAsync(i => i.Id == itemId));
        Assert.Equal(AdminAccount, recorded.PublicConfirmedBy);
        Assert.Equal("The final budget was agreed in public at the last meeting", recorded.PublicConfirmationReason);
    }

    [Fact]
    public void Confidential_markers_are_found_as_whole_words_only()
    {
        Assert.Equal("exempt", ConfidentialMarkers.Find("Exempt information: paragraph 3"));
        Assert.Equal("not for publication", ConfidentialMarkers.Find(null, "Draft, NOT FOR PUBLICATION"));
        Assert.Equal("official-sensitive", ConfidentialMarkers.Find("OFFICIAL-SENSITIVE"));
        Assert.Null(ConfidentialMarkers.Find("Exemption from charges for care leavers", "Unrestricted access to youth clubs"));
    }

    private async Task PublishAsync(Guid meetingId)
    {
        using var admin = await app.ClientAsAsync(AdminAccount);
        var manage = await admin.GetAsync($"/admin/meetings/{meetingId}");
        var published = await admin.SubmitAsync(manage, "#publish-form");
        Assert.True(published.Status == HttpStatusCode.Redirect, string.Join("; ", published.ErrorSummary));
    }

    internal static PdfDocument OpenPdf(byte[] content)
    {
        PdfLibrary.EnsureLicensed();
        return PdfReader.Open(new MemoryStream(content), PdfDocumentOpenMode.Modify);
    }

    private static List<string> Outlines(PdfDocument document)
    {
        var titles = new List<string>();
        void Walk(PdfOutlineCollection outlines)
        {
            foreach (var outline in outlines)
            {
                titles.Add(outline.Title);
                Walk(outline.Outlines);
            }
        }
        Walk(document.Outlines);
        return titles;
    }
}
