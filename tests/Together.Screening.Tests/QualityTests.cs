using System.Globalization;
using System.Text;
using Together.Screening;
using Xunit;
using Xunit.Abstractions;

namespace Together.Screening.Tests;

/// <summary>Runs the whole labelled set through the default screen and checks recall and false positives.</summary>
public class QualityTests(ITestOutputHelper output)
{
    private const double SevereRecallTarget = 0.98;
    private const double RecallTarget = 0.95;
    private const double FalsePositiveTarget = 0.08;

    private sealed record Figures(string Name, int Positives, int Caught, int Severe, int SevereCaught, int Negatives, int FalsePositives, int SeverityUnder,
        List<(LabelledSentence Row, ScreeningResult Result)> Misses, List<(LabelledSentence Row, ScreeningResult Result)> FalseAlarms)
    {
        public double Recall => Caught / (double)Positives;

        public double SevereRecall => SevereCaught / (double)Severe;

        public double FalsePositiveRate => FalsePositives / (double)Negatives;

        public string Summary => string.Create(CultureInfo.InvariantCulture,
            $"{Name,-9} n={Positives + Negatives,3}  recall {Recall:P1} ({Caught}/{Positives})  severe recall {SevereRecall:P1} ({SevereCaught}/{Severe})  false positives {FalsePositiveRate:P1} ({FalsePositives}/{Negatives})  flagged below expected severity {SeverityUnder}");
    }

    private static Figures Measure(string name, IEnumerable<LabelledSentence> rows)
    {
        int positives = 0, caught = 0, severe = 0, severeCaught = 0, negatives = 0, falsePositives = 0, under = 0;
        var misses = new List<(LabelledSentence, ScreeningResult)>();
        var falseAlarms = new List<(LabelledSentence, ScreeningResult)>();
        foreach (var row in rows)
        {
            var result = Screener.Default.Screen(row.Text);
            if (row.ExpectedFlag)
            {
                positives++;
                bool isSevere = row.ExpectedMinSeverity >= 4;
                severe += isSevere ? 1 : 0;
                if (result.Flagged)
                {
                    caught++;
                    severeCaught += isSevere ? 1 : 0;
                    under += result.Severity < row.ExpectedMinSeverity ? 1 : 0;
                }
                else
                {
                    misses.Add((row, result));
                }
            }
            else
            {
                negatives++;
                if (result.Flagged)
                {
                    falsePositives++;
                    falseAlarms.Add((row, result));
                }
            }
        }

        return new Figures(name, positives, caught, severe, severeCaught, negatives, falsePositives, under, misses, falseAlarms);
    }

    [Fact]
    public void Labelled_set_is_large_varied_and_well_formed()
    {
        var tuning = LabelledSet.Load(LabelledSet.TuningFile);
        var heldOut = LabelledSet.Load(LabelledSet.HeldOutFile);
        Assert.True(tuning.Count >= 400, $"sentences.tsv has {tuning.Count} rows");
        var all = tuning.Concat(heldOut).ToList();
        double heldOutShare = heldOut.Count / (double)all.Count;
        Assert.InRange(heldOutShare, 0.2, 0.3);
        foreach (var category in Enum.GetNames<Category>())
        {
            Assert.True(all.Count(r => r.ExpectedFlag && r.Category == category) >= 10, $"too few {category} rows");
        }

        Assert.All(all, r =>
        {
            Assert.InRange(r.ExpectedMinSeverity, 0, 5);
            Assert.Equal(r.ExpectedFlag, r.Category != "-");
            Assert.Equal(r.ExpectedFlag, r.ExpectedMinSeverity > 0);
        });
        Assert.Equal(all.Count, all.Select(r => r.Text).Distinct().Count());
        Assert.True(all.Count(r => !r.ExpectedFlag) >= all.Count / 3, "needs plenty of look-alikes");
    }

    [Fact]
    public void Screen_meets_recall_and_false_positive_targets_on_the_labelled_set()
    {
        var tuning = LabelledSet.Load(LabelledSet.TuningFile);
        var heldOut = LabelledSet.Load(LabelledSet.HeldOutFile);
        var figures = new[]
        {
            Measure("tuning", tuning),
            Measure("held-out", heldOut),
            Measure("combined", tuning.Concat(heldOut)),
        };
        foreach (var f in figures)
        {
            output.WriteLine(f.Summary);
        }

        var combined = figures[2];
        bool ok = combined.SevereRecall >= SevereRecallTarget && combined.Recall >= RecallTarget && combined.FalsePositiveRate <= FalsePositiveTarget;
        if (!ok)
        {
            var report = new StringBuilder();
            report.AppendLine(combined.Summary);
            report.AppendLine(CultureInfo.InvariantCulture, $"Targets: severe recall >= {SevereRecallTarget:P0}, recall >= {RecallTarget:P0}, false positives <= {FalsePositiveTarget:P0}.");
            report.AppendLine("Misses:");
            foreach (var (row, result) in combined.Misses)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  {row.File}:{row.Line} [{row.Category} {row.ExpectedMinSeverity}] {row.Text}  -- {result.Reason}");
            }

            report.AppendLine("False positives:");
            foreach (var (row, result) in combined.FalseAlarms)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  {row.File}:{row.Line} {row.Text}  -- {result.Reason}");
            }

            output.WriteLine(report.ToString());
            Assert.Fail(report.ToString());
        }
    }
}
