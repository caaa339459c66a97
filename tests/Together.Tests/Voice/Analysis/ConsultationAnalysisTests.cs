using Together.Web.Features.Voice;
using Together.Web.Features.Voice.Analysis;

namespace Together.Tests.Voice.Analysis;

public sealed class ConsultationAnalysisTests
{
    private static readonly SurveyDefinition Survey = new()
    {
        Pages =
        [
            new SurveyPage
            {
                Id = "p1",
                Questions =
                [
                    new SurveyQuestion { Id = "q1", Type = QuestionType.SingleChoice, Text = "Do you feel safe?", Options = [new("yes", "Yes"), new("no", "No")] },
                    new SurveyQuestion { Id = "q2", Type = QuestionType.Matrix, Text = "Agree?", Rows = ["A", "B"], Options = [new("agree", "Agree"), new("disagree", "Disagree")] },
                    new SurveyQuestion { Id = "q3", Type = QuestionType.AgeBand, Text = "Age", AboutYou = true },
                    new SurveyQuestion { Id = "q4", Type = QuestionType.Locality, Text = "Town", AboutYou = true },
                ],
            },
        ],
    };

    [Fact]
    public void The_audience_comes_from_a_single_audience_consultation_or_else_from_the_age_band()
    {
        var r1 = Guid.NewGuid();
        var r2 = Guid.NewGuid();
        var answers = new[] { (r1, "q3", "8-12"), (r1, "q4", "crewe"), (r2, "q3", "prefer-not") };
        var mixed = ConsultationAnalysis.Profile(Survey, Audience.Children8To12 | Audience.YoungPeople13To17, [(r1, false), (r2, true)], answers);
        Assert.Equal(new Respondent(r1, "children-8-12", "8-12", "crewe", false), mixed[r1]);
        Assert.Equal(new Respondent(r2, AnalysisRules.NotKnown, AnalysisRules.NotKnown, AnalysisRules.NotKnown, true), mixed[r2]);
        var parents = ConsultationAnalysis.Profile(Survey, Audience.ParentsAndCarers, [(r1, false)], answers);
        Assert.Equal("parents-and-carers", parents[r1].Audience);
    }

    [Fact]
    public void A_cross_tab_counts_each_group_with_wilson_intervals_and_flags_small_cells()
    {
        var answers = new List<(Guid, string, string, bool)>();
        var responses = new List<(Guid, bool)>();
        void Person(string age, string? q1, string? matrixRow0 = null)
        {
            var id = Guid.NewGuid();
            responses.Add((id, false));
            answers.Add((id, "q3", age, false));
            if (q1 is not null)
            {
                answers.Add((id, "q1", q1, false));
            }

            if (matrixRow0 is not null)
            {
                answers.Add((id, "q2", "0=" + matrixRow0, false));
            }
        }

        for (var i = 0; i < 6; i++) { Person("8-12", "yes", "agree"); }
        for (var i = 0; i < 2; i++) { Person("8-12", "no", "disagree"); }
        for (var i = 0; i < 3; i++) { Person("13-17", "yes"); }
        for (var i = 0; i < 7; i++) { Person("13-17", "no"); }
        Person("13-17", null);

        var profiles = ConsultationAnalysis.Profile(Survey, Audience.Everyone, responses, answers.Select(a => (a.Item1, a.Item2, a.Item3)));
        var result = ConsultationAnalysis.Analyse(Survey, profiles, answers, AnalysisFilter.Everyone, Breakdown.AgeBand);
        Assert.Equal(19, result.Respondents);
        var q1 = result.Closed.Single(t => t.Key == "q1");
        Assert.Equal(18, q1.Answered);
        Assert.Equal(["8-12", "13-17"], q1.Groups.Select(g => g.Value));
        Assert.Equal([8L, 10L], q1.Groups.Select(g => g.Answered));
        var yes = q1.Rows.Single(r => r.Value == "yes");
        Assert.Equal(9, yes.All.Count);
        Assert.Equal(6, yes.ByGroup[0].Count);
        Assert.Equal(75.0, yes.ByGroup[0].Percent.Value!.Value, 6);

        // Wilson 95% for 6 of 8, worked by hand: 40.93% to 92.85%.
        Assert.Equal(40.93, yes.ByGroup[0].Percent.Lower!.Value, 2);
        Assert.Equal(92.85, yes.ByGroup[0].Percent.Upper!.Value, 2);
        Assert.True(yes.ByGroup[1].Small);
        Assert.False(yes.ByGroup[0].Small);
        Assert.True(q1.Rows.Single(r => r.Value == "no").ByGroup[0].Small);

        var row0 = result.Closed.Single(t => t.Key == "q2-0");
        Assert.Equal(8, row0.Answered);
        Assert.Equal(6, row0.Rows.Single(r => r.Value == "agree").All.Count);
        Assert.Equal(0, result.Closed.Single(t => t.Key == "q2-1").Answered);

        var older = ConsultationAnalysis.Analyse(Survey, profiles, answers, new AnalysisFilter(null, "13-17", null), Breakdown.None);
        Assert.Equal(11, older.Respondents);
        Assert.Equal(3, older.Closed.Single(t => t.Key == "q1").Rows.Single(r => r.Value == "yes").All.Count);
    }

    [Fact]
    public void The_yes_count_for_an_indicator_is_people_choosing_any_yes_option_out_of_people_answering()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var c = Guid.NewGuid();
        var answers = new[] { (a, "q2", "0=agree"), (a, "q2", "1=disagree"), (b, "q2", "0=disagree"), (c, "q2", "1=agree"), (c, "q1", "yes") };
        var matrix = Survey.Find("q2")!;
        Assert.Equal((1, 2), ConsultationAnalysis.YesCount(matrix, 0, ["agree"], answers, _ => true));
        Assert.Equal((1, 2), ConsultationAnalysis.YesCount(matrix, 1, ["agree"], answers, _ => true));
        Assert.Equal((0, 1), ConsultationAnalysis.YesCount(matrix, 0, ["agree"], answers, id => id == b));
        Assert.Equal((1, 1), ConsultationAnalysis.YesCount(Survey.Find("q1")!, null, ["yes"], answers, _ => true));
    }
}
