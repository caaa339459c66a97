using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Foundation;
using Together.Tests.Support;
using Together.Web.Infrastructure.Files;
using static Together.Tests.Governance.GovernanceTestExtensions;

namespace Together.Tests.Documents;

public sealed class DocumentLibraryTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task The_library_lists_each_document_with_its_format_and_size_and_opens_as_a_web_page()
    {
        using var client = app.CreateHtmlClient();
        var library = await client.GetAsync("/documents");
        Assert.Equal(HttpStatusCode.OK, library.Status);
        var plan = library.Document.QuerySelectorAll("main li").Single(li => li.QuerySelector("a")?.TextContent == "Children and Young People's Plan");
        Assert.Matches(@"Web page and PDF, \d+KB\.", plan.TextContent);
        Assert.Contains("(version 2)", plan.TextContent);

        var page = await client.GetAsync("/documents/children-and-young-people-s-plan");
        Assert.Equal("Children and Young People's Plan", page.H1);
        Assert.Contains("Making Cheshire East a great place to be young.", page.Text(".together-document"));
        Assert.Equal(2, page.Document.QuerySelectorAll("#versions + table tbody tr").Length);

        var pdf = await client.Http.GetAsync(page.Document.QuerySelector("a[download]")!.GetAttribute("href"));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.True(PdfUpload.Check(await pdf.Content.ReadAsByteArrayAsync()).IsValid);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/documents/no-such-document")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/documents/children-and-young-people-s-plan/versions/99/download")).StatusCode);
    }

    [Fact]
    public async Task Publishing_needs_a_pdf_and_a_web_page_version_and_a_new_version_keeps_the_old_one()
    {
        using var admin = await app.ClientAsAsync(AdminAccount);
        var form = await admin.GetAsync("/admin/documents/publish");
        var empty = await admin.SubmitWithFilesAsync(form, "form[method=post]", new Dictionary<string, string?> { ["Title"] = "Early Help Strategy" },
            new Dictionary<string, HtmlClient.Upload> { ["PdfFile"] = new("", [], "application/octet-stream") });
        Assert.Equal(
            ["Select what kind of document this is", "Enter a one-sentence summary of the document", "Select a PDF of the document", "Enter the web page version of the document"],
            empty.ErrorSummary);
        Assert.Equal("Early Help Strategy", empty.Value("#Title"));

        var fields = new Dictionary<string, string?> { ["Title"] = "Early Help Strategy", ["Category"] = "Strategy", ["Summary"] = "How we help families early.", ["HtmlAlternative"] = "## Our aim\nHelp families sooner." };
        var published = await admin.SubmitWithFilesAsync(form, "form[method=post]", fields, new Dictionary<string, HtmlClient.Upload> { ["PdfFile"] = new("strategy.pdf", FileFormatTests.MakePdf(2)) });
        Assert.Equal("/documents/early-help-strategy", published.Location);

        var duplicate = await admin.SubmitWithFilesAsync(await admin.GetAsync("/admin/documents/publish"), "form[method=post]", fields, new Dictionary<string, HtmlClient.Upload> { ["PdfFile"] = new("strategy.pdf", FileFormatTests.MakePdf(2)) });
        Assert.Equal(["A document with this title already exists: publish a new version of it instead"], duplicate.ErrorSummary);

        var next = await admin.GetAsync("/admin/documents/publish/early-help-strategy");
        Assert.Equal("## Our aim\nHelp families sooner.", next.Value("#HtmlAlternative"));
        var noNote = await admin.SubmitWithFilesAsync(next, "form[method=post]", null, new Dictionary<string, HtmlClient.Upload> { ["PdfFile"] = new("v2.pdf", FileFormatTests.MakePdf(3)) });
        Assert.Equal(["Enter what has changed in this version"], noNote.ErrorSummary);
        var second = await admin.SubmitWithFilesAsync(next, "form[method=post]", new Dictionary<string, string?> { ["ChangeNote"] = "Added the 2027 actions", ["HtmlAlternative"] = "## Our aim\nHelp families sooner.\n\n## 2027\nNew actions." },
            new Dictionary<string, HtmlClient.Upload> { ["PdfFile"] = new("v2.pdf", FileFormatTests.MakePdf(3)) });
        Assert.Equal(HttpStatusCode.Redirect, second.Status);

        using var visitor = app.CreateHtmlClient();
        var page = await visitor.GetAsync("/documents/early-help-strategy");
        Assert.Contains("New actions.", page.Text(".together-document"));
        Assert.Equal(["2", "1"], page.Document.QuerySelectorAll("#versions + table tbody tr td:first-child").Select(td => td.TextContent).ToArray());
        var first = await visitor.Http.GetAsync("/documents/early-help-strategy/versions/1/download");
        Assert.Equal(2, PdfUpload.Check(await first.Content.ReadAsByteArrayAsync()).PageCount);
    }

    [Fact]
    public async Task Editing_a_boards_terms_of_reference_publishes_a_new_version_linked_from_who_we_are()
    {
        using var admin = await app.ClientAsAsync(AdminAccount);
        var boards = await admin.GetAsync("/admin/meetings/boards");
        var edit = await admin.GetAsync(boards.Document.QuerySelector("a[href$='/terms-of-reference']")!.GetAttribute("href")!);
        Assert.Equal("Terms of reference", edit.H1);

        var bad = await admin.SubmitAsync(edit, "form[method=post]", new Dictionary<string, string?> { ["Quorum"] = "none", ["ChangeNote"] = "" });
        Assert.Equal(["Enter the quorum as a whole number of members, from 1 to 100", "Enter what has changed, for example \"Agreed by the board on 12 March 2026\""], bad.ErrorSummary);

        var saved = await admin.SubmitAsync(edit, "form[method=post]", new Dictionary<string, string?> { ["TermsOfReference"] = "## Purpose\nTo lead the partnership, with young people.", ["Quorum"] = "6", ["ChangeNote"] = "Agreed on 1 December 2026" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var document = await admin.FollowAsync(saved);
        Assert.Contains("To lead the partnership, with young people.", document.Text(".together-document"));
        Assert.Contains("Agreed on 1 December 2026", document.Text("#versions + table"));
        Assert.Equal(2, document.Document.QuerySelectorAll("#versions + table tbody tr").Length);

        using var visitor = app.CreateHtmlClient();
        var whoWeAre = await visitor.GetAsync("/who-we-are");
        Assert.Contains("Quorum: 6 members", whoWeAre.Text("main"));
        Assert.NotNull(whoWeAre.Document.QuerySelector($"a[href='{saved.Location}']"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(PartnerAccount)]
    [InlineData(BoardAccount)]
    public async Task Only_administrators_publish_documents(string? account)
    {
        using var client = await app.ClientAsAsync(account);
        AssertRefused(await client.GetAsync("/admin/documents/publish"), account);
        Assert.Equal(0, await app.WithDbAsync(db => db.LibraryDocuments.CountAsync(d => d.Slug == "nothing")));
    }
}
