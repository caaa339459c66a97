using Together.Web.Features.Voice;

namespace Together.Tests.Voice;

public sealed class SurveyLogicTests
{
    private static readonly SurveyDefinition Survey = VoiceDemoSeeder.YouthOfferSurvey();

    private static SurveyAnswers Answers(params (string Q, string[] V)[] items)
    {
        var answers = new SurveyAnswers();
        foreach (var (q, v) in items)
        {
            answers[q] = [.. v];
        }

        return answers;
    }

    private static Dictionary<string, IReadOnlyList<string>> Form(params (string K, string[] V)[] items) =>
        items.ToDictionary(i => i.K, i => (IReadOnlyList<string>)i.V);

    [Fact]
    public void A_question_shown_if_an_answer_is_a_value_appears_only_then()
    {
        Assert.DoesNotContain(SurveyLogic.VisibleQuestions(Survey, Answers()), q => q.Id == "q2");
        Assert.DoesNotContain(SurveyLogic.VisibleQuestions(Survey, Answers(("q1", ["yes"]))), q => q.Id == "q2");
        Assert.Contains(SurveyLogic.VisibleQuestions(Survey, Answers(("q1", ["no"]))), q => q.Id == "q2");
    }

    [Fact]
    public void Is_not_and_includes_conditions()
    {
        var isNot = new SurveyCondition("q1", ConditionOperator.IsNot, "yes");
        Assert.True(SurveyLogic.Holds(isNot, Answers()));
        Assert.True(SurveyLogic.Holds(isNot, Answers(("q1", ["no"]))));
        Assert.False(SurveyLogic.Holds(isNot, Answers(("q1", ["yes"]))));
        var includes = new SurveyCondition("q2", ConditionOperator.Includes, "cost");
        Assert.True(SurveyLogic.Holds(includes, Answers(("q2", ["too-far", "cost"]))));
        Assert.False(SurveyLogic.Holds(includes, Answers(("q2", ["too-far"]))));
        Assert.False(SurveyLogic.Holds(new SurveyCondition("q2", ConditionOperator.Is, "cost"), Answers(("q2", ["too-far", "cost"]))));
    }

    [Fact]
    public void A_page_condition_hides_every_question_on_the_page()
    {
        var survey = Survey.Clone();
        survey.Pages[^1].ShowIf = new SurveyCondition("q1", ConditionOperator.Is, "yes");
        Assert.DoesNotContain(SurveyLogic.VisibleQuestions(survey, Answers(("q1", ["no"]))), q => q.Id is "q7" or "q8");
        Assert.Contains(SurveyLogic.VisibleQuestions(survey, Answers(("q1", ["yes"]))), q => q.Id == "q7");
    }

    [Fact]
    public void Answers_left_on_a_hidden_branch_are_not_stored_and_do_not_steer_later_questions()
    {
        var survey = Survey.Clone();
        survey.Find("q3")!.ShowIf = new SurveyCondition("q2", ConditionOperator.Includes, "cost");
        var answers = Answers(("q1", ["yes"]), ("q2", ["cost"]), ("q3", ["4"]));
        var visible = SurveyLogic.VisibleQuestions(survey, answers);
        Assert.DoesNotContain(visible, q => q.Id is "q2" or "q3");
        var stored = SurveyLogic.EffectiveAnswers(survey, answers);
        Assert.Equal(["q1"], stored.Keys);
    }

    [Fact]
    public void The_first_missing_required_question_is_found_and_about_you_is_never_required()
    {
        Assert.Equal("q1", SurveyLogic.FirstMissing(Survey, Answers())?.Id);
        Assert.Equal("q3", SurveyLogic.FirstMissing(Survey, Answers(("q1", ["no"])))?.Id);
        Assert.Null(SurveyLogic.FirstMissing(Survey, Answers(("q1", ["no"]), ("q3", ["2"]))));
        var survey = Survey.Clone();
        survey.Pages[^1].Questions[0].Required = true;
        Assert.Null(SurveyLogic.FirstMissing(survey, Answers(("q1", ["no"]), ("q3", ["2"]))));
    }

    [Fact]
    public void A_condition_may_only_look_back_at_a_real_answer()
    {
        Assert.Null(SurveyLogic.CheckCondition(Survey, new SurveyCondition("q1", ConditionOperator.Is, "no"), "q3", null));
        Assert.NotNull(SurveyLogic.CheckCondition(Survey, new SurveyCondition("q5", ConditionOperator.Is, "x"), "q3", null));
        Assert.NotNull(SurveyLogic.CheckCondition(Survey, new SurveyCondition("q1", ConditionOperator.Is, "perhaps"), "q3", null));
    }

    [Fact]
    public void Choices_must_be_from_the_question()
    {
        var q1 = Survey.Find("q1")!;
        Assert.Equal(["no"], AnswerRules.Check(q1, Form(("Answer", ["no"])), false).Values);
        Assert.Equal("Choose one of the answers shown", AnswerRules.Check(q1, Form(("Answer", ["maybe"])), false).Error);
        Assert.Equal("Choose one of the answers shown", AnswerRules.Check(q1, Form(("Answer", ["no", "yes"])), false).Error);
        Assert.Equal("Choose an answer", AnswerRules.Check(q1, Form(), false).Error);
        var q2 = Survey.Find("q2")!;
        Assert.Equal(["too-far", "cost"], AnswerRules.Check(q2, Form(("Answer", ["cost", "too-far"])), false).Values);
        Assert.NotNull(AnswerRules.Check(q2, Form(("Answer", ["cost", "free-pizza"])), false).Error);
        Assert.Empty(AnswerRules.Check(q2, Form(), false).Values);
        Assert.NotNull(AnswerRules.Check(Survey.Find("q8")!, Form(("Answer", ["paris"])), false).Error);
        Assert.Equal(["crewe"], AnswerRules.Check(Survey.Find("q8")!, Form(("Answer", ["crewe"])), false).Values);
    }

    [Fact]
    public void Matrix_rows_are_checked_one_by_one()
    {
        var q4 = Survey.Find("q4")!;
        Assert.Equal(["0=agree", "2=disagree"], AnswerRules.Check(q4, Form(("Answer-0", ["agree"]), ("Answer-2", ["disagree"])), false).Values);
        Assert.NotNull(AnswerRules.Check(q4, Form(("Answer-7", ["agree"])), false).Error);
        Assert.NotNull(AnswerRules.Check(q4, Form(("Answer-0", ["very"])), false).Error);
        Assert.Equal("I feel safe in my area: Yes", AnswerRules.Describe(q4, ["0=agree"], easyRead: true));
    }

    [Fact]
    public void Text_is_limited_to_5000_characters_and_numbers_to_their_range()
    {
        var q5 = Survey.Find("q5")!;
        Assert.Equal(["hello"], AnswerRules.Check(q5, Form(("Answer", ["  hello  "])), false).Values);
        Assert.Single(AnswerRules.Check(q5, Form(("Answer", [new string('a', 5000)])), false).Values);
        Assert.Equal("Your answer must be 5,000 characters or fewer. It is 5,001 now", AnswerRules.Check(q5, Form(("Answer", [new string('a', 5001)])), false).Error);
        var q6 = Survey.Find("q6")!;
        Assert.Equal(["3"], AnswerRules.Check(q6, Form(("Answer", ["3"])), false).Values);
        Assert.NotNull(AnswerRules.Check(q6, Form(("Answer", ["8"])), false).Error);
        Assert.NotNull(AnswerRules.Check(q6, Form(("Answer", ["three"])), false).Error);
    }
}
