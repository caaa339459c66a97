using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Together.Web.Features.Voice;

public enum QuestionType
{
    SingleChoice,
    MultipleChoice,
    Rating,
    Matrix,
    ShortText,
    LongText,
    Number,
    AgeBand,
    Locality,
}

public enum ConditionOperator
{
    Is,
    IsNot,
    Includes,
}

/// <summary>Show a page or question only if an earlier answer is, is not, or includes a value.</summary>
public sealed record SurveyCondition(string QuestionId, ConditionOperator Operator, string Value);

public sealed record SurveyOption(string Value, string Label, string? EasyReadLabel = null);

public sealed class SurveyQuestion
{
    public string Id { get; set; } = "";
    public QuestionType Type { get; set; }
    public string Text { get; set; } = "";
    public string? EasyReadText { get; set; }
    public string? Hint { get; set; }
    public bool Required { get; set; }

    /// <summary>Part of the "about you" block, which is always optional.</summary>
    public bool AboutYou { get; set; }
    public List<SurveyOption> Options { get; set; } = [];

    /// <summary>The statements of a matrix question, each answered on the same scale (Options).</summary>
    public List<string> Rows { get; set; } = [];
    public int? Min { get; set; }
    public int? Max { get; set; }
    public SurveyCondition? ShowIf { get; set; }

    [JsonIgnore]
    public bool IsFreeText => Type is QuestionType.ShortText or QuestionType.LongText;

    [JsonIgnore]
    public bool IsRequired => Required && !AboutYou;

    public string TextFor(bool easyRead) => easyRead && !string.IsNullOrWhiteSpace(EasyReadText) ? EasyReadText : Text;
}

public sealed class SurveyPage
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public SurveyCondition? ShowIf { get; set; }
    public List<SurveyQuestion> Questions { get; set; } = [];
}

/// <summary>A survey: pages of questions. Stored as JSON on each survey version, so a response always knows exactly what it answered.</summary>
public sealed class SurveyDefinition
{
    public const int MaxTextAnswer = 5000;
    public const int MaxShortTextAnswer = 500;

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() }, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public List<SurveyPage> Pages { get; set; } = [];

    public IEnumerable<SurveyQuestion> AllQuestions => Pages.SelectMany(p => p.Questions);

    public SurveyQuestion? Find(string questionId) => AllQuestions.FirstOrDefault(q => q.Id == questionId);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SurveyDefinition FromJson(string json) => JsonSerializer.Deserialize<SurveyDefinition>(json, Json) ?? new SurveyDefinition();

    public SurveyDefinition Clone() => FromJson(ToJson());

    public static readonly IReadOnlyList<SurveyOption> AgeBands =
    [
        new("under-8", "Under 8"), new("8-12", "8 to 12"), new("13-17", "13 to 17"), new("18-25", "18 to 25"),
        new("26-plus", "26 or over"), new("prefer-not", "I'd rather not say"),
    ];

    public static IReadOnlyList<SurveyOption> Localities { get; } =
        [.. Areas.AreaDemoSeeder.Localities.Select(t => new SurveyOption(Areas.AreaDemoSeeder.Slug(t), t)),
         new("elsewhere", "Somewhere else"), new("prefer-not", "I'd rather not say")];

    /// <summary>The choices a respondent can pick from: fixed lists for age band and locality, the staff's options otherwise.</summary>
    public static IReadOnlyList<SurveyOption> ChoicesFor(SurveyQuestion question) => question.Type switch
    {
        QuestionType.AgeBand => AgeBands,
        QuestionType.Locality => Localities,
        _ => question.Options,
    };
}

/// <summary>The answers given so far: question id to values (several for multiple choice; "row=value" for a matrix).</summary>
public sealed class SurveyAnswers : Dictionary<string, List<string>>
{
    private static readonly JsonSerializerOptions Json = new();

    public SurveyAnswers()
        : base(StringComparer.Ordinal)
    {
    }

    public string ToJson() => JsonSerializer.Serialize<Dictionary<string, List<string>>>(this, Json);

    public static SurveyAnswers FromJson(string? json)
    {
        var answers = new SurveyAnswers();
        if (!string.IsNullOrEmpty(json))
        {
            foreach (var (k, v) in JsonSerializer.Deserialize<Dictionary<string, List<string>>>(json, Json) ?? [])
            {
                answers[k] = v;
            }
        }

        return answers;
    }
}

/// <summary>Conditional display: which pages and questions a respondent sees, given their answers so far. Pure, so it is unit-tested on its own.</summary>
public static class SurveyLogic
{
    public static bool Holds(SurveyCondition? condition, IReadOnlyDictionary<string, List<string>> answers)
    {
        if (condition is null)
        {
            return true;
        }

        var given = answers.TryGetValue(condition.QuestionId, out var values) ? values : [];
        return condition.Operator switch
        {
            ConditionOperator.Is => given.Count == 1 && given[0] == condition.Value,
            ConditionOperator.IsNot => !(given.Count == 1 && given[0] == condition.Value),
            ConditionOperator.Includes => given.Contains(condition.Value),
            _ => false,
        };
    }

    /// <summary>
    /// The questions to ask, in order. A condition can only look back: it is checked against answers to visible
    /// questions before it, so an answer left behind on a now-hidden branch never steers the survey.
    /// </summary>
    public static IReadOnlyList<SurveyQuestion> VisibleQuestions(SurveyDefinition survey, IReadOnlyDictionary<string, List<string>> answers)
    {
        var visible = new List<SurveyQuestion>();
        var effective = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var page in survey.Pages)
        {
            if (!Holds(page.ShowIf, effective))
            {
                continue;
            }

            foreach (var question in page.Questions)
            {
                if (!Holds(question.ShowIf, effective))
                {
                    continue;
                }

                visible.Add(question);
                if (answers.TryGetValue(question.Id, out var values))
                {
                    effective[question.Id] = values;
                }
            }
        }

        return visible;
    }

    /// <summary>Only the answers to questions the respondent can see: what is stored when they submit.</summary>
    public static SurveyAnswers EffectiveAnswers(SurveyDefinition survey, IReadOnlyDictionary<string, List<string>> answers)
    {
        var result = new SurveyAnswers();
        foreach (var question in VisibleQuestions(survey, answers))
        {
            if (answers.TryGetValue(question.Id, out var values) && values.Count > 0)
            {
                result[question.Id] = values;
            }
        }

        return result;
    }

    /// <summary>The first visible required question with no answer, if any.</summary>
    public static SurveyQuestion? FirstMissing(SurveyDefinition survey, IReadOnlyDictionary<string, List<string>> answers) =>
        VisibleQuestions(survey, answers).FirstOrDefault(q => q.IsRequired && (!answers.TryGetValue(q.Id, out var v) || v.Count == 0));

    /// <summary>A condition may only refer to a question that comes earlier in the survey.</summary>
    public static string? CheckCondition(SurveyDefinition survey, SurveyCondition condition, string? beforeQuestionId, string? beforePageId)
    {
        var earlier = new List<SurveyQuestion>();
        foreach (var page in survey.Pages)
        {
            if (page.Id == beforePageId)
            {
                break;
            }

            foreach (var q in page.Questions)
            {
                if (q.Id == beforeQuestionId)
                {
                    goto done;
                }

                earlier.Add(q);
            }
        }

        done:
        var target = earlier.FirstOrDefault(q => q.Id == condition.QuestionId);
        if (target is null)
        {
            return "A condition can only depend on an earlier question";
        }

        var choices = SurveyDefinition.ChoicesFor(target);
        if (choices.Count > 0 && target.Type != QuestionType.Matrix && !choices.Any(c => c.Value == condition.Value))
        {
            return $"\"{condition.Value}\" is not one of the answers to that question";
        }

        return null;
    }
}

/// <summary>Checks and normalises what a respondent sent for one question.</summary>
public static class AnswerRules
{
    public sealed record Outcome(List<string> Values, string? Error);

    /// <param name="fields">The posted values: "Answer" (one or many), or "Answer-0", "Answer-1"… for matrix rows.</param>
    public static Outcome Check(SurveyQuestion question, IReadOnlyDictionary<string, IReadOnlyList<string>> fields, bool easyRead)
    {
        IReadOnlyList<string> Field(string name) => fields.TryGetValue(name, out var v) ? v : [];
        var values = new List<string>();
        string? error = null;
        var choices = SurveyDefinition.ChoicesFor(question);
        switch (question.Type)
        {
            case QuestionType.SingleChoice or QuestionType.Rating or QuestionType.AgeBand or QuestionType.Locality:
                var picked = Field("Answer").Where(v => v.Length > 0).ToList();
                if (picked.Count > 1 || (picked.Count == 1 && !choices.Any(c => c.Value == picked[0])))
                {
                    error = "Choose one of the answers shown";
                }
                else
                {
                    values.AddRange(picked);
                }

                break;
            case QuestionType.MultipleChoice:
                var ticked = Field("Answer").Where(v => v.Length > 0).Distinct().ToList();
                if (ticked.Any(v => !choices.Any(c => c.Value == v)))
                {
                    error = "Choose from the answers shown";
                }
                else
                {
                    values.AddRange(choices.Where(c => ticked.Contains(c.Value)).Select(c => c.Value));
                }

                break;
            case QuestionType.Matrix:
                if (fields.Keys.Any(k => k.StartsWith("Answer-", StringComparison.Ordinal) && !IsRow(k[7..], question.Rows.Count)))
                {
                    error = "Choose one answer for each statement shown";
                    break;
                }

                for (var i = 0; i < question.Rows.Count; i++)
                {
                    var rowValues = Field($"Answer-{i}").Where(v => v.Length > 0).ToList();
                    if (rowValues.Count > 1 || (rowValues.Count == 1 && !choices.Any(c => c.Value == rowValues[0])))
                    {
                        error = "Choose one answer for each statement shown";
                        break;
                    }

                    if (rowValues.Count == 1)
                    {
                        values.Add($"{i}={rowValues[0]}");
                    }
                }

                if (error is null && question.IsRequired && values.Count < question.Rows.Count)
                {
                    error = easyRead ? "Choose an answer for each line" : "Choose an answer for every statement";
                }

                break;
            case QuestionType.ShortText or QuestionType.LongText:
                var text = string.Join("\n", Field("Answer")).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
                var max = question.Type == QuestionType.ShortText ? SurveyDefinition.MaxShortTextAnswer : SurveyDefinition.MaxTextAnswer;
                if (text.Length > max)
                {
                    error = $"Your answer must be {max.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))} characters or fewer. It is {text.Length.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))} now";
                }
                else if (text.Length > 0)
                {
                    values.Add(text);
                }

                break;
            case QuestionType.Number:
                var raw = string.Join("", Field("Answer")).Trim();
                if (raw.Length > 0)
                {
                    if (raw.Length > 12 || !long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                    {
                        error = "Enter a whole number, like 3";
                    }
                    else if ((question.Min is { } min && number < min) || (question.Max is { } maxNumber && number > maxNumber))
                    {
                        error = $"Enter a number between {question.Min ?? 0} and {question.Max}";
                    }
                    else
                    {
                        values.Add(number.ToString(CultureInfo.InvariantCulture));
                    }
                }

                break;
        }

        if (error is null && values.Count == 0 && question.IsRequired)
        {
            error = question.Type switch
            {
                QuestionType.ShortText or QuestionType.LongText or QuestionType.Number => "Enter your answer",
                QuestionType.MultipleChoice => "Choose at least one answer",
                _ => "Choose an answer",
            };
        }

        return new Outcome(error is null ? values : [], error);
    }

    private static bool IsRow(string index, int rows) =>
        int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row < rows;

    /// <summary>How an answer reads back on "Check your answers".</summary>
    public static string Describe(SurveyQuestion question, IReadOnlyList<string>? values, bool easyRead)
    {
        if (values is null || values.Count == 0)
        {
            return "Not answered";
        }

        var choices = SurveyDefinition.ChoicesFor(question);
        string Label(string value) => choices.FirstOrDefault(c => c.Value == value) is { } c ? (easyRead && c.EasyReadLabel is { Length: > 0 } e ? e : c.Label) : value;
        return question.Type switch
        {
            QuestionType.Matrix => string.Join("; ", values.Select(v => v.Split('=', 2)).Where(p => p.Length == 2 && int.TryParse(p[0], out var i) && i < question.Rows.Count)
                .Select(p => $"{question.Rows[int.Parse(p[0], CultureInfo.InvariantCulture)]}: {Label(p[1])}")),
            QuestionType.ShortText or QuestionType.LongText or QuestionType.Number => values[0],
            _ => string.Join(", ", values.Select(Label)),
        };
    }
}
