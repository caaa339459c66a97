using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PdfSharp.Pdf;
using Together.Web.Infrastructure.Export;
using Together.Web.Infrastructure.Files;

namespace Together.Tests.Foundation;

public sealed class FileFormatTests
{
    [Fact]
    public void A_workbook_has_a_bold_header_then_numbers_as_numbers_and_text_as_text()
    {
        var bytes = XlsxWorkbook.ToBytes("Children: rates [2025]", ["Area", "Count", "Rate", "Note"],
        [
            ["Crewe", 12, 3.5, null],
            ["Nantwich", 0, 0.25, "Suppressed\u0001 value"],
        ]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.Equal("Children  rates  2025", sheet.Name!.Value);
        var rows = workbook.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(3, rows.Count);

        var header = rows[0].Elements<Cell>().ToList();
        Assert.Equal(["Area", "Count", "Rate", "Note"], header.Select(c => c.InnerText));
        Assert.All(header, c => Assert.Equal(1u, c.StyleIndex!.Value));

        var crewe = rows[1].Elements<Cell>().ToList();
        Assert.Equal(CellValues.Number, crewe[1].DataType!.Value);
        Assert.Equal("12", crewe[1].CellValue!.Text);
        Assert.Equal("3.5", crewe[2].CellValue!.Text);
        Assert.Equal(CellValues.InlineString, crewe[0].DataType!.Value);

        var nantwich = rows[2].Elements<Cell>().ToList();
        Assert.Equal("Suppressed value", nantwich[3].InnerText);
        Assert.Equal("D3", nantwich[3].CellReference!.Value);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Columns_are_named_as_spreadsheets_name_them(int index, string expected) =>
        Assert.Equal(expected, XlsxWorkbook.ColumnName(index));

    [Fact]
    public void A_real_pdf_is_accepted_with_its_page_count()
    {
        var result = PdfUpload.Check(MakePdf(pages: 3));
        Assert.True(result.IsValid, result.Error);
        Assert.Equal(3, result.PageCount);
    }

    [Fact]
    public void An_empty_file_is_refused() =>
        Assert.Equal("The selected file is empty", PdfUpload.Check([]).Error);

    [Fact]
    public void A_file_that_is_not_a_pdf_is_refused() =>
        Assert.Equal("The selected file must be a PDF", PdfUpload.Check("PK\u0003\u0004 a word document"u8.ToArray()).Error);

    [Fact]
    public void A_damaged_pdf_is_refused_in_plain_words()
    {
        var truncated = MakePdf(pages: 2)[..40];
        Assert.Equal("The selected file could not be read as a PDF: it may be damaged", PdfUpload.Check(truncated).Error);
    }

    [Fact]
    public void A_file_over_the_cap_is_refused_with_the_cap_in_words() =>
        Assert.Equal("The selected file must be smaller than 1KB", PdfUpload.Check(MakePdf(pages: 1), maxBytes: 1024).Error);

    [Theory]
    [InlineData(500, "500 bytes")]
    [InlineData(947_200, "925KB")]
    [InlineData(1_258_291, "1.2MB")]
    [InlineData(104_857_600, "100MB")]
    public void File_sizes_read_as_gov_uk_writes_them(long bytes, string expected) =>
        Assert.Equal(expected, FileSizeText.Format(bytes));

    [Fact]
    public void A_download_is_described_with_format_and_size() =>
        Assert.Equal("PDF, 925KB", FileSizeText.Describe("PDF", 947_200));

    internal static byte[] MakePdf(int pages)
    {
        PdfLibrary.EnsureLicensed();
        using var document = new PdfDocument();
        for (var i = 0; i < pages; i++)
        {
            document.AddPage();
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }
}
