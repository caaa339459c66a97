using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Together.Web.Infrastructure.Export;

/// <summary>
/// Writes one-sheet spreadsheets for every "download as XLSX" in the platform: a bold header row, then one row per
/// record. Numbers are written as numbers (so people can sort and sum them), everything else as inline text, and
/// dates as ISO 8601 text so no locale can misread them.
/// </summary>
public static class XlsxWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel refuses sheet names over 31 characters or containing any of these.</summary>
    private static readonly char[] ForbiddenInSheetNames = ['\\', '/', '?', '*', '[', ']', ':'];

    /// <summary>Excel's own cap on characters in one cell.</summary>
    private const int MaxCellLength = 32_767;

    public static void Write(Stream output, string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();

        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = BoldHeaderStylesheet();

        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(worksheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetViews());
            writer.WriteStartElement(new SheetView { WorkbookViewId = 0 });
            // Keep the header row in view while scrolling.
            writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());

            WriteRow(writer, 1, headers.Cast<object?>().ToList(), styleIndex: 1);
            uint rowIndex = 2;
            foreach (var row in rows)
            {
                WriteRow(writer, rowIndex++, row, styleIndex: 0);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = SafeSheetName(sheetName) });
        workbookPart.Workbook.Save();
    }

    public static byte[] ToBytes(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        Write(stream, sheetName, headers, rows);
        return stream.ToArray();
    }

    internal static string SafeSheetName(string name)
    {
        var cleaned = new string([.. name.Select(c => ForbiddenInSheetNames.Contains(c) ? ' ' : c)]).Trim().Trim('\'');
        if (cleaned.Length == 0)
        {
            cleaned = "Data";
        }
        return cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }

    private static void WriteRow(OpenXmlWriter writer, uint rowIndex, IReadOnlyList<object?> values, uint styleIndex)
    {
        writer.WriteStartElement(new Row { RowIndex = rowIndex });
        for (var column = 0; column < values.Count; column++)
        {
            var reference = ColumnName(column) + rowIndex.ToString(CultureInfo.InvariantCulture);
            var cell = ToCell(values[column], reference);
            if (styleIndex != 0)
            {
                cell.StyleIndex = styleIndex;
            }
            writer.WriteElement(cell);
        }
        writer.WriteEndElement();
    }

    private static Cell ToCell(object? value, string reference)
    {
        switch (value)
        {
            case null:
                return new Cell { CellReference = reference };
            case int or long or short or byte or uint or ulong or ushort or decimal:
                return Number(Convert.ToDouble(value, CultureInfo.InvariantCulture), reference);
            case double d when double.IsFinite(d):
                return Number(d, reference);
            case float f when float.IsFinite(f):
                return Number(f, reference);
            case bool b:
                return new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") };
            case DateTime dt:
                return Text(dt.ToString(dt.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), reference);
            case DateOnly date:
                return Text(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reference);
            default:
                return Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", reference);
        }
    }

    private static Cell Number(double value, string reference) =>
        new() { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value) };

    private static Cell Text(string value, string reference)
    {
        var safe = RemoveXmlInvalidCharacters(value);
        if (safe.Length > MaxCellLength)
        {
            safe = safe[..MaxCellLength];
        }
        return new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(safe) { Space = SpaceProcessingModeValues.Preserve }),
        };
    }

    /// <summary>XML 1.0 cannot carry most control characters; a free-text answer may contain them.</summary>
    private static string RemoveXmlInvalidCharacters(string value) =>
        value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            ? new string([.. value.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r')])
            : value;

    internal static string ColumnName(int zeroBasedIndex)
    {
        var name = "";
        var index = zeroBasedIndex + 1;
        while (index > 0)
        {
            var remainder = (index - 1) % 26;
            name = (char)('A' + remainder) + name;
            index = (index - 1) / 26;
        }
        return name;
    }

    private static Stylesheet BoldHeaderStylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
}
