using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.Outcomes;
using static Together.Tests.Outcomes.OutcomesTestData;

namespace Together.Tests.Outcomes;

/// <summary>
/// New figures and their revisions are written in bulk (several statements of many rows on PostgreSQL, one prepared row
/// at a time on SQLite): every row must arrive exactly as a single figure would, and a file stays all or nothing.
/// </summary>
public sealed class BulkSubmissionTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    // More than two statements' worth on PostgreSQL (500 rows each) with a part-filled last one.
    private const int Rows = 1201;

    private static List<(int, FigureInput)> File(string code, Func<int, int> count) =>
        Enumerable.Range(0, Rows).Select(i => (i + 2, Row(code, "cheshire-east", "2024/25", count(i), 100, "ethnicity", $"Group {i:0000}"))).ToList();

    [Fact]
    public async Task A_large_file_stores_every_figure_and_revision_and_a_later_file_corrects_only_what_changed()
    {
        var indicator = await NewIndicatorAsync(app, "T-BULK");

        var refused = await SubmitAsync(app, [.. File("T-BULK", i => 10 + i % 50), (Rows + 2, Row("T-BULK", "nowhere", "2024/25", 1, 10))], "bulk.csv");
        Assert.Equal([(Rows + 2, "area")], refused.Errors.Select(e => (e.Line, e.Column)));
        Assert.Equal(0, await CountAsync(app, indicator.Id));

        var stored = await SubmitAsync(app, File("T-BULK", i => 10 + i % 50), "bulk.csv", "Spring return");
        Assert.True(stored.Succeeded);
        Assert.Equal((Rows, 0, 0), (stored.Added, stored.Corrected, stored.Unchanged));

        var (values, revisions) = await app.WithDbAsync(async db => (
            await db.IndicatorValues.Where(v => v.IndicatorId == indicator.Id).OrderBy(v => v.Category).ToListAsync(),
            await db.IndicatorValueRevisions.Where(r => db.IndicatorValues.Any(v => v.Id == r.IndicatorValueId && v.IndicatorId == indicator.Id)).ToListAsync()));
        Assert.Equal(Rows, values.Count);
        Assert.Equal(Rows, revisions.Count);
        var expected = Figures.Calculate(indicator, 10 + 1200 % 50, 100, null, null).Figure!;
        var last = values[^1];
        Assert.Equal(("Group 1200", BreakdownDimension.Ethnicity, new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31)), (last.Category, last.Dimension, last.PeriodStart, last.PeriodEnd));
        Assert.Equal(10 + 1200 % 50, last.Count);
        Assert.Equal(100.0, last.Denominator);
        Assert.Equal(expected.Value, last.Value);
        Assert.Equal(expected.Lower95, last.Lower95);
        Assert.Equal(expected.Upper998, last.Upper998);
        Assert.Equal(expected.Origin, last.Origin);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, last.UpdatedAt);
        Assert.All(revisions, r => Assert.Equal((1, "Spring return", "bulk.csv", OutcomesTestData.Admin.Name), (r.Revision, r.Reason, r.SourceFile, r.ChangedBy)));

        // Sending the file again with one figure changed corrects that one and keeps its history.
        var again = await SubmitAsync(app, File("T-BULK", i => i == 7 ? 90 : 10 + i % 50), "bulk-2.csv");
        Assert.Equal((0, 1, Rows - 1), (again.Added, again.Corrected, again.Unchanged));
        var history = await app.WithDbAsync(db => db.IndicatorValueRevisions
            .Where(r => db.IndicatorValues.Any(v => v.Id == r.IndicatorValueId && v.IndicatorId == indicator.Id && v.Category == "Group 0007"))
            .OrderBy(r => r.Revision).Select(r => r.Count).ToListAsync());
        Assert.Equal(new int?[] { 17, 90 }, history);
    }
}
