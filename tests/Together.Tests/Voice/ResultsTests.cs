using System.Net;
using Together.Tests.Support;
using Together.Web.Features.Voice;

namespace Together.Tests.Voice;

public sealed class ResultsTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public void Small_counts_are_suppressed_with_a_second_cell_so_they_cannot_be_worked_out()
    {
        var survey = VoiceDemoSeeder.YouthOfferSurvey();
        var answers = new List<(Guid, string, string)>();
        void Add(string value, int n)
        {
            for (var i = 0; i < n; i++)
            {
                answers.Add((Guid.NewGuid(), "q1", value));
            }
        }

        Add("yes", 40);
        Add("no", 30);
        Add("not-sure", 3);
        var q1 = SurveyResults.Compute(survey, answers).Single(r => r.Question.Id == "q1");
        Assert.Equal(73, q1.Answered);
        Assert.True(q1.Rows.Single(r => r.Label == "I'm not sure").Suppressed);
        Assert.Equal(2, q1.Rows.Count(r => r.Suppressed));
        var yes = q1.Rows.Single(r => r.Label == "Yes");
        Assert.Equal(40d / 73 * 100, yes.Percent.Value!.Value, 6);
        Assert.True(yes.Percent.Lower < yes.Percent.Value && yes.Percent.Upper > yes.Percent.Value);
    }

    [Fact]
    public async Task Published_results_show_counts_intervals_and_an_accessible_chart_and_unpublished_ones_are_not_found()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/have-your-say/getting-help-with-how-you-feel/results");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("240 people answered", page.Html, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("svg[role=img] title"));
        Assert.Contains(" to ", page.Text("#chart-q1-table tbody tr td:nth-child(4)"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/have-your-say/{VoiceDemoSeeder.OpenSlug}/results")).Status);
    }
}
