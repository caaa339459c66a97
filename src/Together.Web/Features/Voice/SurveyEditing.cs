using System.Globalization;

namespace Together.Web.Features.Voice;

/// <summary>
/// What a respondent sees at once: the visible questions of one survey page. A page is split where a question's
/// condition depends on another question on the same page, because without JavaScript the page cannot react to an
/// answer until it is sent; the dependent question then starts the next screen.
/// </summary>
public sealed record SurveyScreen(SurveyPage Page, IReadOnlyList<SurveyQuestion> Questions)
{
    public SurveyQuestion First => Questions[0];

    public bool Contains(string questionId) => Questions.Any(q => q.Id == questionId);
}

/// <summary>Pure logic for answering a page at a time. Unit-tested on its own.</summary>
public static class SurveyScreens
{
    /// <summary>The screens of a survey before any answer: fixed by its structure, so they never shift as people answer.</summary>
    public static IReadOnlyList<SurveyScreen> All(SurveyDefinition survey)
    {
        var screens = new List<SurveyScreen>();
        foreach (var page in survey.Pages)
        {
            var current = new List<SurveyQuestion>();
            foreach (var question in page.Questions)
            {
                if (current.Count > 0 && question.ShowIf is { } condition && current.Any(q => q.Id == condition.QuestionId))
                {
                    screens.Add(new SurveyScreen(page, current));
                    current = [];
                }

                current.Add(question);
            }

            if (current.Count > 0)
            {
                screens.Add(new SurveyScreen(page, current));
            }
        }

        return screens;
    }

    /// <summary>The screens a respondent is shown given their answers so far: each holds only its visible questions; empty ones are skipped.</summary>
    public static IReadOnlyList<SurveyScreen> Visible(SurveyDefinition survey, IReadOnlyDictionary<string, List<string>> answers)
    {
        var visible = SurveyLogic.VisibleQuestions(survey, answers).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        return All(survey)
            .Select(s => s with { Questions = s.Questions.Where(q => visible.Contains(q.Id)).ToList() })
            .Where(s => s.Questions.Count > 0)
            .ToList();
    }
}

/// <summary>Changes staff make to a survey's structure, and the checks that keep it answerable. Pure: the pages load and save the versions.</summary>
public static class SurveyEditor
{
    public const int MaxPageTitle = 200;

    /// <summary>Every condition in the survey that no longer makes sense: it must look back at an earlier question and name one of its answers.</summary>
    public static IReadOnlyList<string> Problems(SurveyDefinition survey)
    {
        var problems = new List<string>();
        foreach (var page in survey.Pages)
        {
            if (page.ShowIf is { } pageCondition && SurveyLogic.CheckCondition(survey, pageCondition, null, page.Id) is { } pageProblem)
            {
                problems.Add($"The page \"{page.Title}\" is shown only if {pageCondition.QuestionId} {Describe(pageCondition.Operator)} {pageCondition.Value}: {Lower(pageProblem)}");
            }

            foreach (var question in page.Questions)
            {
                if (question.ShowIf is { } condition && SurveyLogic.CheckCondition(survey, condition, question.Id, null) is { } problem)
                {
                    problems.Add($"{question.Id} is shown only if {condition.QuestionId} {Describe(condition.Operator)} {condition.Value}: {Lower(problem)}");
                }
            }
        }

        return problems;
    }

    public static string TypeName(QuestionType type) => type switch
    {
        QuestionType.SingleChoice => "Choose one",
        QuestionType.MultipleChoice => "Choose several",
        QuestionType.Rating => "Rating scale (1 to 5)",
        QuestionType.Matrix => "Statements on a scale (matrix)",
        QuestionType.ShortText => "Short text",
        QuestionType.LongText => "Long text",
        QuestionType.Number => "Number",
        QuestionType.AgeBand => "Age band",
        QuestionType.Locality => "Town (locality)",
        _ => type.ToString(),
    };

    public static string Describe(ConditionOperator op) => op switch
    {
        ConditionOperator.Is => "is",
        ConditionOperator.IsNot => "is not",
        ConditionOperator.Includes => "includes",
        _ => op.ToString(),
    };

    /// <summary>
    /// Moves a question one place earlier (or later) in the running order. Inside a page it swaps with its neighbour;
    /// a question alone on its page moves its whole page; otherwise it joins the end of the page before (or the start of the page after).
    /// Returns false when it is already first (or last).
    /// </summary>
    public static bool MoveQuestion(SurveyDefinition survey, string questionId, bool up)
    {
        var page = survey.Pages.FirstOrDefault(p => p.Questions.Any(q => q.Id == questionId));
        if (page is null)
        {
            return false;
        }

        var index = page.Questions.FindIndex(q => q.Id == questionId);
        var target = up ? index - 1 : index + 1;
        if (target >= 0 && target < page.Questions.Count)
        {
            (page.Questions[index], page.Questions[target]) = (page.Questions[target], page.Questions[index]);
            return true;
        }

        if (page.Questions.Count == 1)
        {
            return MovePage(survey, page.Id, up);
        }

        var pageIndex = survey.Pages.IndexOf(page);
        var neighbourIndex = up ? pageIndex - 1 : pageIndex + 1;
        if (neighbourIndex < 0 || neighbourIndex >= survey.Pages.Count)
        {
            return false;
        }

        var question = page.Questions[index];
        page.Questions.RemoveAt(index);
        var neighbour = survey.Pages[neighbourIndex];
        if (up)
        {
            neighbour.Questions.Add(question);
        }
        else
        {
            neighbour.Questions.Insert(0, question);
        }

        return true;
    }

    public static bool MovePage(SurveyDefinition survey, string pageId, bool up)
    {
        var index = survey.Pages.FindIndex(p => p.Id == pageId);
        var target = up ? index - 1 : index + 1;
        if (index < 0 || target < 0 || target >= survey.Pages.Count)
        {
            return false;
        }

        (survey.Pages[index], survey.Pages[target]) = (survey.Pages[target], survey.Pages[index]);
        return true;
    }

    /// <summary>Moves a question to the end of another page.</summary>
    public static bool MoveToPage(SurveyDefinition survey, string questionId, string pageId)
    {
        var from = survey.Pages.FirstOrDefault(p => p.Questions.Any(q => q.Id == questionId));
        var to = survey.Pages.FirstOrDefault(p => p.Id == pageId);
        if (from is null || to is null || from == to)
        {
            return false;
        }

        var question = from.Questions.Single(q => q.Id == questionId);
        from.Questions.Remove(question);
        to.Questions.Add(question);
        return true;
    }

    public static string NextPageId(SurveyDefinition survey) =>
        "p" + (survey.Pages.Select(p => int.TryParse(p.Id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1)
            .ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The options after staff edit their wording. An option keeps its stored value when its words are unchanged, or when
    /// it is reworded in the same place, so answers to earlier versions still count towards the same option; new options get new values.
    /// A line may carry easy read words after a bar: "It costs too much | Costs too much".
    /// </summary>
    public static List<SurveyOption> MergeOptions(IReadOnlyList<SurveyOption> existing, IReadOnlyList<string> lines, bool rating)
    {
        var parsed = lines.Select(l => l.Split('|', 2)).Select(p => (Label: p[0].Trim(), EasyRead: p.Length == 2 && p[1].Trim().Length > 0 ? p[1].Trim() : null)).ToList();
        if (rating)
        {
            return parsed.Select((p, i) => new SurveyOption((i + 1).ToString(CultureInfo.InvariantCulture), p.Label, p.EasyRead)).ToList();
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var values = new string?[parsed.Count];
        for (var i = 0; i < parsed.Count; i++)
        {
            var same = existing.FirstOrDefault(o => o.Label == parsed[i].Label && !used.Contains(o.Value));
            if (same is not null)
            {
                values[i] = same.Value;
                used.Add(same.Value);
            }
        }

        for (var i = 0; i < parsed.Count; i++)
        {
            // Reworded in place: the old option at this position is not kept elsewhere, so it carries on under the new words.
            if (values[i] is null && i < existing.Count && !used.Contains(existing[i].Value) && !parsed.Any(p => p.Label == existing[i].Label))
            {
                values[i] = existing[i].Value;
                used.Add(existing[i].Value);
            }
        }

        var next = existing.Select(o => o.Value).Concat(used)
            .Select(v => v.StartsWith('o') && int.TryParse(v.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max() + 1;
        return parsed.Select((p, i) => new SurveyOption(values[i] ?? "o" + (next++).ToString(CultureInfo.InvariantCulture), p.Label, p.EasyRead)).ToList();
    }

    /// <summary>The options as staff edit them: one a line, easy read words after a bar.</summary>
    public static string OptionLines(IEnumerable<SurveyOption> options) =>
        string.Join('\n', options.Select(o => o.EasyReadLabel is { Length: > 0 } e ? $"{o.Label} | {e}" : o.Label));

    /// <summary>The questions a condition on this question (or page) may look at: those before it that have answers to choose from.</summary>
    public static IReadOnlyList<SurveyQuestion> Earlier(SurveyDefinition survey, string? beforeQuestionId, string? beforePageId)
    {
        var earlier = new List<SurveyQuestion>();
        foreach (var page in survey.Pages)
        {
            if (page.Id == beforePageId)
            {
                break;
            }

            foreach (var question in page.Questions)
            {
                if (question.Id == beforeQuestionId)
                {
                    return Choosable(earlier);
                }

                earlier.Add(question);
            }
        }

        return Choosable(earlier);
    }

    /// <summary>Reads the condition picked in the editor: "q1|o1" is "the answer to q1 … o1"; empty means always show.</summary>
    public static SurveyCondition? ParseCondition(string? pick, ConditionOperator? op)
    {
        if (string.IsNullOrWhiteSpace(pick))
        {
            return null;
        }

        var parts = pick.Split('|', 2);
        return new SurveyCondition(parts[0], op is { } o && Enum.IsDefined(o) ? o : ConditionOperator.Is, parts.Length == 2 ? parts[1] : "");
    }

    public static string? ConditionPick(SurveyCondition? condition) => condition is null ? null : $"{condition.QuestionId}|{condition.Value}";

    private static List<SurveyQuestion> Choosable(List<SurveyQuestion> questions) =>
        questions.Where(q => q.Type != QuestionType.Matrix && SurveyDefinition.ChoicesFor(q).Count > 0).ToList();

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
