using Together.Web.Features.Voice;

namespace Together.Tests.Voice;

public sealed class SurveyEditorTests
{
    private static SurveyQuestion Choice(string id, SurveyCondition? showIf = null, params string[] options) => new()
    {
        Id = id, Type = QuestionType.SingleChoice, Text = $"Question {id}", ShowIf = showIf,
        Options = [.. (options.Length == 0 ? ["yes", "no"] : options).Select(o => new SurveyOption(o, o))],
    };

    private static SurveyQuestion Text(string id, SurveyCondition? showIf = null) => new() { Id = id, Type = QuestionType.ShortText, Text = $"Question {id}", ShowIf = showIf };

    private static SurveyDefinition Survey(params SurveyPage[] pages) => new() { Pages = [.. pages] };

    private static SurveyPage Page(string id, params SurveyQuestion[] questions) => new() { Id = id, Title = $"Page {id}", Questions = [.. questions] };

    private static SurveyAnswers Answers(params (string Q, string V)[] items)
    {
        var answers = new SurveyAnswers();
        foreach (var (q, v) in items)
        {
            answers[q] = [v];
        }

        return answers;
    }

    private static string Order(SurveyDefinition survey) => string.Join(" | ", survey.Pages.Select(p => p.Id + ":" + string.Join(",", p.Questions.Select(q => q.Id))));

    [Fact]
    public void A_page_is_one_screen_unless_a_question_depends_on_another_on_the_same_page()
    {
        var survey = Survey(
            Page("p1", Choice("q1"), Text("q2"), Text("q3", new SurveyCondition("q1", ConditionOperator.Is, "yes")), Text("q4")),
            Page("p2", Text("q5", new SurveyCondition("q1", ConditionOperator.Is, "no"))));
        var screens = SurveyScreens.All(survey);
        Assert.Equal(["q1,q2", "q3,q4", "q5"], screens.Select(s => string.Join(",", s.Questions.Select(q => q.Id))));

        // Hidden questions drop out of their screen; a screen with nothing to show is skipped.
        var visible = SurveyScreens.Visible(survey, Answers(("q1", "no")));
        Assert.Equal(["q1,q2", "q4", "q5"], visible.Select(s => string.Join(",", s.Questions.Select(q => q.Id))));
        Assert.Equal(["q1,q2", "q3,q4"], SurveyScreens.Visible(survey, Answers(("q1", "yes"))).Select(s => string.Join(",", s.Questions.Select(q => q.Id))));
    }

    [Fact]
    public void The_demo_survey_asks_one_question_a_screen_and_about_you_together()
    {
        var screens = SurveyScreens.Visible(VoiceDemoSeeder.YouthOfferSurvey(), Answers(("q1", "no")));
        Assert.Equal(["q1", "q2", "q3", "q4", "q5", "q6", "q7,q8"], screens.Select(s => string.Join(",", s.Questions.Select(q => q.Id))));
    }

    [Fact]
    public void Moving_a_question_swaps_it_within_its_page_moves_a_page_of_its_own_and_otherwise_crosses_into_the_next_page()
    {
        var survey = Survey(Page("p1", Choice("q1")), Page("p2", Text("q2"), Text("q3")), Page("p3", Text("q4")));
        Assert.True(SurveyEditor.MoveQuestion(survey, "q3", up: true));
        Assert.Equal("p1:q1 | p2:q3,q2 | p3:q4", Order(survey));
        Assert.True(SurveyEditor.MoveQuestion(survey, "q3", up: true));
        Assert.Equal("p1:q1,q3 | p2:q2 | p3:q4", Order(survey));
        Assert.True(SurveyEditor.MoveQuestion(survey, "q4", up: true));
        Assert.Equal("p1:q1,q3 | p3:q4 | p2:q2", Order(survey));
        Assert.False(SurveyEditor.MoveQuestion(survey, "q1", up: true));
        Assert.False(SurveyEditor.MoveQuestion(survey, "q2", up: false));
        Assert.False(SurveyEditor.MoveQuestion(survey, "q99", up: false));
        Assert.True(SurveyEditor.MovePage(survey, "p2", up: true));
        Assert.Equal("p1:q1,q3 | p2:q2 | p3:q4", Order(survey));
        Assert.True(SurveyEditor.MoveToPage(survey, "q1", "p3"));
        Assert.Equal("p1:q3 | p2:q2 | p3:q4,q1", Order(survey));
    }

    [Fact]
    public void A_move_that_puts_a_condition_before_the_question_it_looks_at_is_a_problem()
    {
        var survey = Survey(Page("p1", Choice("q1")), Page("p2", Text("q2", new SurveyCondition("q1", ConditionOperator.Is, "yes"))));
        Assert.Empty(SurveyEditor.Problems(survey));
        SurveyEditor.MoveQuestion(survey, "q2", up: true);
        var problem = Assert.Single(SurveyEditor.Problems(survey));
        Assert.StartsWith("q2 is shown only if q1 is yes: a condition can only depend on an earlier question", problem, StringComparison.Ordinal);

        var pages = Survey(Page("p1", Choice("q1")), Page("p2", Text("q2")));
        pages.Pages[1].ShowIf = new SurveyCondition("q1", ConditionOperator.IsNot, "no");
        Assert.Empty(SurveyEditor.Problems(pages));
        SurveyEditor.MovePage(pages, "p2", up: true);
        Assert.Single(SurveyEditor.Problems(pages));
    }

    [Fact]
    public void A_condition_on_an_answer_that_no_longer_exists_is_a_problem()
    {
        var survey = Survey(Page("p1", Choice("q1", null, "yes", "no")), Page("p2", Text("q2", new SurveyCondition("q1", ConditionOperator.Is, "no"))));
        survey.Find("q1")!.Options = SurveyEditor.MergeOptions(survey.Find("q1")!.Options, ["yes"], rating: false);
        Assert.Contains("\"no\" is not one of the answers to that question", Assert.Single(SurveyEditor.Problems(survey)), StringComparison.Ordinal);
    }

    [Fact]
    public void Edited_options_keep_their_values_so_answers_to_earlier_versions_still_count()
    {
        List<SurveyOption> existing = [new("o1", "Too far"), new("o2", "Costs too much"), new("o3", "Wrong times")];

        // Reworded in place, one added, with easy read words after a bar.
        var merged = SurveyEditor.MergeOptions(existing, ["It is too far away | Too far", "Costs too much", "Wrong times", "Not for me"], rating: false);
        Assert.Equal(["o1", "o2", "o3", "o4"], merged.Select(o => o.Value));
        Assert.Equal("Too far", merged[0].EasyReadLabel);
        Assert.Equal("It is too far away", merged[0].Label);

        // Reordered: each keeps its value.
        Assert.Equal(["o3", "o1", "o2"], SurveyEditor.MergeOptions(existing, ["Wrong times", "Too far", "Costs too much"], rating: false).Select(o => o.Value));

        // A removed option's value is never reused for a new one.
        merged = SurveyEditor.MergeOptions(existing, ["Too far", "Wrong times", "Something new"], rating: false);
        Assert.Equal(["o1", "o3", "o4"], merged.Select(o => o.Value));

        var rating = SurveyEditor.MergeOptions([], ["Awful", "Bad", "OK", "Good", "Great | Really good"], rating: true);
        Assert.Equal(["1", "2", "3", "4", "5"], rating.Select(o => o.Value));
        Assert.Equal("OK | OK", SurveyEditor.OptionLines([new("3", "OK", "OK")]));
    }

    [Fact]
    public void The_conditions_editor_offers_only_earlier_questions_with_answers_to_choose()
    {
        var survey = Survey(Page("p1", Choice("q1"), Text("q2")), Page("p2", Choice("q3"), Choice("q4")));
        Assert.Equal(["q1", "q3"], SurveyEditor.Earlier(survey, "q4", null).Select(q => q.Id));
        Assert.Equal(["q1"], SurveyEditor.Earlier(survey, null, "p2").Select(q => q.Id));
        Assert.Equal(new SurveyCondition("q1", ConditionOperator.Includes, "yes"), SurveyEditor.ParseCondition("q1|yes", ConditionOperator.Includes));
        Assert.Null(SurveyEditor.ParseCondition("", ConditionOperator.Is));
        Assert.Equal("q1|yes", SurveyEditor.ConditionPick(new SurveyCondition("q1", ConditionOperator.IsNot, "yes")));
    }

    [Fact]
    public void A_complete_response_is_checked_like_the_journey()
    {
        var survey = VoiceDemoSeeder.YouthOfferSurvey();
        Dictionary<string, List<string>> Given(params (string Q, string[] V)[] items) => items.ToDictionary(i => i.Q, i => i.V.ToList());

        var (answers, errors) = CompleteResponse.Check(survey, 1, Given(("q1", ["no"]), ("q2", ["cost"]), ("q3", ["4"]), ("q4", ["0=agree", "2=disagree"]), ("q5", ["  A park  "])), false);
        Assert.Empty(errors);
        Assert.Equal(["A park"], answers["q5"]);
        Assert.Equal(["0=agree", "2=disagree"], answers["q4"]);

        (_, errors) = CompleteResponse.Check(survey, 1, Given(("q1", ["yes"]), ("q2", ["cost"]), ("q4", ["7=agree"]), ("q9", ["x"]), ("q8", ["paris"])), false);
        Assert.Equal(["q2", "q3", "q4", "q8", "q9"], errors.Keys.Order());
        Assert.Equal("There is no question q9 in version 1 of this survey", errors["q9"][0]);
        Assert.Equal("This question is not asked after the earlier answers given, so it cannot be answered", errors["q2"][0]);
        Assert.Equal("This question must be answered", errors["q3"][0]);
        Assert.Contains("5,000", CompleteResponse.Check(survey, 1, Given(("q1", ["yes"]), ("q3", ["2"]), ("q5", [new string('a', 5001)])), false).Errors["q5"][0], StringComparison.Ordinal);
    }
}
