using System.Globalization;

namespace Together.Screening.Tests;

/// <summary>One row of a labelled-set file.</summary>
public sealed record LabelledSentence(string File, int Line, bool ExpectedFlag, int ExpectedMinSeverity, string Category, string Text);

public static class LabelledSet
{
    public const string TuningFile = "sentences.tsv";
    public const string HeldOutFile = "heldout.tsv";

    public static IReadOnlyList<LabelledSentence> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "LabelledSet", file);
        var rows = new List<LabelledSentence>();
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != "expected_flag\texpected_min_severity\tcategory\ttext")
        {
            throw new InvalidDataException($"{file}: missing or wrong header line.");
        }

        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var f = lines[i].Split('\t');
            if (f.Length != 4 || (f[0] != "0" && f[0] != "1"))
            {
                throw new InvalidDataException($"{file} line {i + 1}: expected 4 tab-separated columns with flag 0 or 1.");
            }

            rows.Add(new LabelledSentence(file, i + 1, f[0] == "1", int.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[3]));
        }

        return rows;
    }
}
