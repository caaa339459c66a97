using System.Globalization;
using System.Text;
using CsvHelper;

namespace Together.Web.Features.Outcomes;

/// <summary>Reads a figures file (UTF-8 CSV, with or without a byte order mark) into rows, or says exactly what is wrong with it.</summary>
public static class CsvFigures
{
    /// <summary>20 MB: about 300,000 rows, well above a year's returns from every partner.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public static readonly string[] Columns = ["indicator", "area", "period", "breakdown", "category", "count", "denominator", "value", "standard_deviation", "note"];

    public static string Template =>
        string.Join(',', Columns) + "\n" +
        "CYP-EXAMPLE,cheshire-east,2024/25,all,,512,6840,,,\n" +
        "CYP-EXAMPLE,crewe,2024/25,sex,Female,48,610,,,Provisional\n";

    public static (List<(int Line, FigureInput Input)> Rows, InputError? Error) Read(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return ([], new InputError(0, "file", "The selected file is empty"));
        }

        if (bytes.Length > MaxBytes)
        {
            return ([], new InputError(0, "file", $"The selected file is {bytes.Length / (1024.0 * 1024.0):0.#} MB; it must be {MaxBytes / (1024 * 1024)} MB or smaller. Split it into several files"));
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            return ([], new InputError(0, "file", "The selected file is not saved as UTF-8. In your spreadsheet choose Save As, then 'CSV UTF-8 (comma delimited)'"));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], new InputError(0, "file", "The selected file is empty"));
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
        };
        var rows = new List<(int, FigureInput)>();
        try
        {
            using var csv = CsvReader.FromText(text, options);
            var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
            if (header.Count == 0 || header.All(string.IsNullOrEmpty))
            {
                return ([], new InputError(0, "file", "The selected file is empty"));
            }

            foreach (var column in Columns.Take(7))
            {
                if (!header.Contains(column))
                {
                    return ([], new InputError(1, column, $"The first line must name the columns; '{column}' is missing. Download the template to see the columns"));
                }
            }

            var at = Columns.Select(c => header.IndexOf(c)).ToArray();
            var fields = new string?[header.Count];
            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                var fieldCount = csv.FieldCount;
                if (fields.Length < fieldCount)
                {
                    fields = new string?[fieldCount];
                }

                var blank = true;
                for (var i = 0; i < fieldCount; i++)
                {
                    fields[i] = csv.GetString(i);
                    blank &= string.IsNullOrWhiteSpace(fields[i]);
                }

                if (blank)
                {
                    continue;
                }

                // Each field is read once; a column missing from a short row is null, as if left empty.
                string? Get(int column) => at[column] is var i && i >= 0 && i < fieldCount ? fields[i] : null;
                rows.Add((line, new FigureInput(Get(0), Get(1), Get(2), Get(3), Get(4), Get(5), Get(6), Get(7), Get(8), Get(9))));
            }
        }
        catch (CsvFormatException)
        {
            return ([], new InputError(0, "file", "The file could not be read as CSV (check the quotes around text that contains commas)"));
        }

        if (rows.Count == 0)
        {
            return ([], new InputError(0, "file", "The selected file has a header line but no figures"));
        }

        return (rows, null);
    }
}
