using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Together.Statistics;
using Together.Tests.Support;
using Together.Web.Features.Outcomes;
using static Together.Tests.Outcomes.OutcomesTestData;

namespace Together.Tests.Outcomes;

public sealed class UploadTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private const string Header = "indicator,area,period,breakdown,category,count,denominator,value,standard_deviation,note\n";

    [Fact]
    public async Task A_good_file_is_stored_with_values_and_intervals_from_the_library()
    {
        var indicator = await NewIndicatorAsync(app, "T-UP-GOOD");
        var (rows, error) = CsvFigures.Read(Encoding.UTF8.GetBytes(Header +
            "T-UP-GOOD,cheshire-east,2024/25,all,,512,6840,,,\n" +
            "T-UP-GOOD,crewe,2024/25,sex,Female,48,610,,,Provisional\n"));
        Assert.Null(error);
        var result = await SubmitAsync(app, rows, "good.csv");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(2, result.Added);
        var stored = await app.WithDbAsync(db => db.IndicatorValues.SingleAsync(v => v.IndicatorId == indicator.Id && v.AreaId == "cheshire-east"));
        var expected = ConfidenceIntervals.Proportion(512, 6840, ConfidenceLevel.NinetyFive);
        Assert.Equal(expected.Value, stored.Value);
        Assert.Equal(expected.Lower, stored.Lower95);
        Assert.Equal(expected.Upper, stored.Upper95);
        Assert.Equal(new DateOnly(2024, 4, 1), stored.PeriodStart);
    }

    [Theory]
    [InlineData("T-UP-B1,cheshire-east,2024/25,all,,700,600,,,", 2, "count", "more than the denominator")]
    [InlineData("T-UP-B1,cheshire-east,2024/25,all,,-3,600,,,", 2, "count", "cannot be negative")]
    [InlineData("T-UP-B1,atlantis,2024/25,all,,3,600,,,", 2, "area", "no area with the code 'atlantis'")]
    [InlineData("NOPE,cheshire-east,2024/25,all,,3,600,,,", 2, "indicator", "no indicator with the code 'NOPE'")]
    [InlineData("T-UP-B1,cheshire-east,2024-25,all,,3,600,,,", 2, "period", "'2024-25' is not a financial year")]
    [InlineData("T-UP-B1,cheshire-east,2024/26,all,,3,600,,,", 2, "period", "is not a financial year")]
    [InlineData("T-UP-B1,cheshire-east,2024/25,all,,3,600,45.5,,", 2, "value", "calculated from the count and denominator")]
    [InlineData("T-UP-B1,cheshire-east,2024/25,colour,Blue,3,600,,,", 2, "breakdown", "not a breakdown")]
    [InlineData("T-UP-B1,cheshire-east,2024/25,all,,three,600,,,", 2, "count", "not a whole number")]
    public async Task A_bad_line_is_reported_by_line_column_and_reason_and_nothing_is_stored(string line, int lineNumber, string column, string reason)
    {
        var indicator = await app.WithDbAsync(db => db.Indicators.FirstOrDefaultAsync(i => i.Code == "T-UP-B1")) ?? await NewIndicatorAsync(app, "T-UP-B1");
        var before = await CountAsync(app, indicator.Id);
        var (rows, fileError) = CsvFigures.Read(Encoding.UTF8.GetBytes(Header + "T-UP-B1,crewe,2024/25,all,,10,100,,,\n".Replace("\n", "", StringComparison.Ordinal) + "\n" + line + "\n"));
        Assert.Null(fileError);
        var result = await SubmitAsync(app, rows);
        var error = Assert.Single(result.Errors);
        Assert.Equal(lineNumber + 1, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(app, indicator.Id));
    }

    [Fact]
    public async Task A_repeated_row_is_refused_naming_the_first_line()
    {
        var indicator = await NewIndicatorAsync(app, "T-UP-DUP");
        var (rows, _) = CsvFigures.Read(Encoding.UTF8.GetBytes(Header + "T-UP-DUP,crewe,2024/25,all,,10,100,,,\nT-UP-DUP,crewe,2024/25,all,,11,100,,,\n"));
        var result = await SubmitAsync(app, rows);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("repeats line 2", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, indicator.Id));
    }

    [Fact]
    public async Task A_utf8_byte_order_mark_is_accepted()
    {
        var indicator = await NewIndicatorAsync(app, "T-UP-BOM");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + "T-UP-BOM,crewe,2024/25,all,,10,100,,,\n")).ToArray();
        var (rows, error) = CsvFigures.Read(bytes);
        Assert.Null(error);
        Assert.True((await SubmitAsync(app, rows)).Succeeded);
        Assert.Equal(1, await CountAsync(app, indicator.Id));
    }

    [Fact]
    public void Files_that_cannot_be_read_get_a_specific_message()
    {
        Assert.Contains("empty", CsvFigures.Read([]).Error!.Message, StringComparison.Ordinal);
        Assert.Contains("empty", CsvFigures.Read(Encoding.UTF8.GetBytes("\n\n")).Error!.Message, StringComparison.Ordinal);
        Assert.Contains("no figures", CsvFigures.Read(Encoding.UTF8.GetBytes(Header)).Error!.Message, StringComparison.Ordinal);
        var latin1 = Encoding.Latin1.GetBytes(Header + "T,crewe,2024/25,all,,10,100,,,Café\n");
        Assert.Contains("not saved as UTF-8", CsvFigures.Read(latin1).Error!.Message, StringComparison.Ordinal);
        var missing = CsvFigures.Read(Encoding.UTF8.GetBytes("indicator,area,period\nT,crewe,2024/25\n")).Error!;
        Assert.Equal("breakdown", missing.Column);
        var huge = new byte[50 * 1024 * 1024];
        Assert.Contains("must be 20 MB or smaller", CsvFigures.Read(huge).Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_bad_line_among_good_ones_stores_nothing()
    {
        var indicator = await NewIndicatorAsync(app, "T-UP-ALL");
        var (rows, _) = CsvFigures.Read(Encoding.UTF8.GetBytes(Header +
            "T-UP-ALL,crewe,2024/25,all,,10,100,,,\nT-UP-ALL,alsager,2024/25,all,,10,100,,,\nT-UP-ALL,poynton,2024/25,all,,200,100,,,\n"));
        var result = await SubmitAsync(app, rows);
        Assert.Equal(4, Assert.Single(result.Errors).Line);
        Assert.Equal(0, await CountAsync(app, indicator.Id));
    }

    [Fact]
    public async Task The_upload_page_takes_a_file_and_reports_problems_without_storing_anything()
    {
        var indicator = await NewIndicatorAsync(app, "T-UP-WEB");
        using var client = app.CreateHtmlClient();
        await client.SignInAsync("admin@demo.together.example");
        var bad = await UploadAsync(client, Encoding.UTF8.GetBytes(Header + "T-UP-WEB,crewe,2024/25,all,,10,100,,,\nT-UP-WEB,crewe,2024/25,all,,-1,100,,,\n"));
        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Contains(bad.ErrorSummary, e => e.Contains("Line 3, column count", StringComparison.Ordinal));
        Assert.Equal(0, await CountAsync(app, indicator.Id));

        var empty = await UploadAsync(client, []);
        Assert.Contains(empty.ErrorSummary, e => e.Contains("empty", StringComparison.Ordinal));

        var good = await UploadAsync(client, Encoding.UTF8.GetBytes(Header + "T-UP-WEB,crewe,2024/25,all,,10,100,,,\n"), "week-12.csv");
        Assert.Equal(HttpStatusCode.Redirect, good.Status);
        Assert.Equal(1, await CountAsync(app, indicator.Id));
        var history = await app.WithDbAsync(db => db.IndicatorValueRevisions.Where(r => r.SourceFile == "week-12.csv").ToListAsync());
        Assert.Equal("admin@demo.together.example", Assert.Single(history).ChangedBy);
    }
}
