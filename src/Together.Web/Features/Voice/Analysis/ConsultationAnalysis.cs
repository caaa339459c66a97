using System.Globalization;
using Together.Statistics;

namespace Together.Web.Features.Voice.Analysis;

/// <summary>What staff can split answers by.</summary>
public enum Breakdown
{
    None,
    Audience,
    AgeBand,
    Locality,
}

/// <summary>Who answered, as far as their own answers say: audience group, age band and locality ("not-known" when not given).</summary>
public sealed record Respondent(Guid ResponseId, string Audience, string AgeBand, string Locality, bool EasyRead);

/// <summary>Narrow the respondents to one audience group, age band and/or locality (null means everyone).</summary>
public sealed record AnalysisFilter(string? Audience, string? AgeBand, string? Locality)
{
    public static readonly AnalysisFilter Everyone = new(null, null, null);

    public bool IsEveryone => Audience is null && AgeBand is null && Locality is null;

    public bool Matches(Respondent r) =>
        (Audience is null || r.Audience == Audience) && (AgeBand is null || r.AgeBand == AgeBand) && (Locality is null || r.Locality == Locality);
}

/// <summary>
/// A count out of a base with its Wilson 95% interval (in percent). Small is a count of 1 to 4, or a base under 5:
/// staff see the number, flagged, because it could identify someone and is never published as it is.
/// </summary>
public sealed record Cell(long Count, long Base, IntervalEstimate Percent)
{
    public bool Small => (Count is > 0 and < AnalysisRules.SmallestPublishable) || (Base is > 0 and < AnalysisRules.SmallestPublishable);
}

public sealed record Group(string Value, string Label, long Answered);

public sealed record OptionRow(string Value, string Label, Cell All, IReadOnlyList<Cell> ByGroup);

/// <summary>One closed question (or one statement of a matrix), answered by <see cref="Answered"/> people, split by <see cref="Groups"/>.</summary>
public sealed record CrossTab(SurveyQuestion Question, int? MatrixRow, long Answered, IReadOnlyList<Group> Groups, IReadOnlyList<OptionRow> Rows)
{
    public string Title => MatrixRow is { } row ? $"{Question.Text}: {Question.Rows[row]}" : Question.Text;

    public string Key => MatrixRow is { } row ? $"{Question.Id}-{row}" : Question.Id;
}

public sealed record NumberSummary(SurveyQuestion Question, long Answered, double? Mean, double? Median, long? Min, long? Max);

public sealed record TextSummary(SurveyQuestion Question, long Answered, long Withheld);

public sealed record AnalysisResult(long Respondents, IReadOnlyList<CrossTab> Closed, IReadOnlyList<NumberSummary> Numbers, IReadOnlyList<TextSummary> Texts);

public static class AnalysisRules
{
    /// <summary>Counts of 1 to 4 are small cells (the same rule as disclosure control in public outputs).</summary>
    public const int SmallestPublishable = 5;

    public const string NotKnown = "not-known";

    public static readonly IReadOnlyList<SurveyOption> AudienceGroups =
    [
        new("children-8-12", "Children (12 or under)"),
        new("young-people-13-17", "Young people (13 to 17)"),
        new("young-adults-18-25", "Young adults (18 to 25)"),
        new("parents-and-carers", "Parents and carers"),
        new("professionals", "People who work with children"),
        new("adults", "Adults (26 or over)"),
        new(NotKnown, "Not known"),
    ];

    public static IReadOnlyList<SurveyOption> GroupsFor(Breakdown breakdown) => breakdown switch
    {
        Breakdown.Audience => AudienceGroups,
        Breakdown.AgeBand => [.. SurveyDefinition.AgeBands, new(NotKnown, "Not answered")],
        Breakdown.Locality => [.. SurveyDefinition.Localities, new(NotKnown, "Not answered")],
        _ => [],
    };

    public static string Slug(Breakdown breakdown) => breakdown switch
    {
        Breakdown.AgeBand => "age-band",
        Breakdown.Audience => "audience",
        Breakdown.Locality => "locality",
        _ => "",
    };

    public static Breakdown ParseBreakdown(string? text) => text switch
    {
        "age-band" => Breakdown.AgeBand,
        "audience" => Breakdown.Audience,
        "locality" => Breakdown.Locality,
        _ => Breakdown.None,
    };

    public static string Describe(Breakdown breakdown) => breakdown switch
    {
        Breakdown.AgeBand => "age band",
        Breakdown.Audience => "audience",
        Breakdown.Locality => "locality",
        _ => "nothing",
    };
}

/// <summary>
/// The sums behind the staff analysis pages. Pure: pages load responses and answers, this profiles the respondents,
/// filters them, counts each closed question (split by a breakdown if asked) and puts Wilson 95% intervals on every share.
/// </summary>
public static class ConsultationAnalysis
{
    /// <summary>
    /// Profiles each respondent from their own answers. The audience comes from the consultation when it is for one
    /// audience only (everyone answering a survey for parents is counted as a parent), otherwise from the age band.
    /// </summary>
    public static IReadOnlyDictionary<Guid, Respondent> Profile(
        SurveyDefinition survey, Audience consultationAudiences, IEnumerable<(Guid ResponseId, bool EasyRead)> responses, IEnumerable<(Guid ResponseId, string QuestionId, string Value)> answers)
    {
        var ageQuestion = survey.AllQuestions.FirstOrDefault(q => q.Type == QuestionType.AgeBand)?.Id;
        var localityQuestion = survey.AllQuestions.FirstOrDefault(q => q.Type == QuestionType.Locality)?.Id;
        var ages = new Dictionary<Guid, string>();
        var localities = new Dictionary<Guid, string>();
        foreach (var (responseId, questionId, value) in answers)
        {
            if (questionId == ageQuestion)
            {
                ages[responseId] = value;
            }
            else if (questionId == localityQuestion)
            {
                localities[responseId] = value;
            }
        }

        var single = SingleAudience(consultationAudiences);
        return responses.ToDictionary(r => r.ResponseId, r =>
        {
            var age = ages.GetValueOrDefault(r.ResponseId) is { } a && SurveyDefinition.AgeBands.Any(b => b.Value == a) && a != "prefer-not" ? a : AnalysisRules.NotKnown;
            var locality = localities.GetValueOrDefault(r.ResponseId) is { } l && SurveyDefinition.Localities.Any(o => o.Value == l) && l != "prefer-not" ? l : AnalysisRules.NotKnown;
            return new Respondent(r.ResponseId, single ?? AudienceFromAge(age), age, locality, r.EasyRead);
        });
    }

    private static string? SingleAudience(Audience audiences) => audiences switch
    {
        Audience.Children8To12 => "children-8-12",
        Audience.YoungPeople13To17 => "young-people-13-17",
        Audience.YoungAdults18To25 => "young-adults-18-25",
        Audience.ParentsAndCarers => "parents-and-carers",
        Audience.Professionals => "professionals",
        _ => null,
    };

    public static string AudienceFromAge(string ageBand) => ageBand switch
    {
        "under-8" or "8-12" => "children-8-12",
        "13-17" => "young-people-13-17",
        "18-25" => "young-adults-18-25",
        "26-plus" => "adults",
        _ => AnalysisRules.NotKnown,
    };

    public static string GroupOf(Respondent respondent, Breakdown breakdown) => breakdown switch
    {
        Breakdown.Audience => respondent.Audience,
        Breakdown.AgeBand => respondent.AgeBand,
        Breakdown.Locality => respondent.Locality,
        _ => "",
    };

    public static AnalysisResult Analyse(
        SurveyDefinition survey, IReadOnlyDictionary<Guid, Respondent> respondents, IEnumerable<(Guid ResponseId, string QuestionId, string Value, bool Flagged)> answers, AnalysisFilter filter, Breakdown breakdown)
    {
        var included = respondents.Values.Where(filter.Matches).ToDictionary(r => r.ResponseId);
        var byQuestion = answers.Where(a => included.ContainsKey(a.ResponseId)).GroupBy(a => a.QuestionId)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var closed = new List<CrossTab>();
        var numbers = new List<NumberSummary>();
        var texts = new List<TextSummary>();
        foreach (var question in survey.AllQuestions)
        {
            var given = byQuestion.TryGetValue(question.Id, out var list) ? list : [];
            switch (question.Type)
            {
                case QuestionType.ShortText or QuestionType.LongText:
                    texts.Add(new TextSummary(question, given.Select(a => a.ResponseId).Distinct().Count(), given.Count(a => a.Flagged)));
                    break;
                case QuestionType.Number:
                    var values = given.Select(a => long.TryParse(a.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? (long?)n : null)
                        .Where(n => n is not null).Select(n => n!.Value).Order().ToList();
                    numbers.Add(new NumberSummary(question, values.Count, values.Count == 0 ? null : values.Average(),
                        values.Count == 0 ? null : values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2.0,
                        values.Count == 0 ? null : values[0], values.Count == 0 ? null : values[^1]));
                    break;
                case QuestionType.Matrix:
                    for (var row = 0; row < question.Rows.Count; row++)
                    {
                        var prefix = row.ToString(CultureInfo.InvariantCulture) + "=";
                        var rowAnswers = given.Where(a => a.Value.StartsWith(prefix, StringComparison.Ordinal)).Select(a => (a.ResponseId, a.Value[prefix.Length..])).ToList();
                        closed.Add(Tabulate(question, row, rowAnswers, included, breakdown));
                    }

                    break;
                default:
                    closed.Add(Tabulate(question, null, given.Select(a => (a.ResponseId, a.Value)).ToList(), included, breakdown));
                    break;
            }
        }

        return new AnalysisResult(included.Count, closed, numbers, texts);
    }

    /// <summary>
    /// Counts one closed question: each option's share of the people who answered it (several options each for multiple
    /// choice, so those shares add up to more than 100%), overall and within each group of the breakdown.
    /// </summary>
    public static CrossTab Tabulate(SurveyQuestion question, int? matrixRow, IReadOnlyList<(Guid ResponseId, string Value)> answers, IReadOnlyDictionary<Guid, Respondent> respondents, Breakdown breakdown)
    {
        var choices = SurveyDefinition.ChoicesFor(question);
        var answeredBy = answers.Select(a => a.ResponseId).Where(respondents.ContainsKey).ToHashSet();
        var groupOptions = AnalysisRules.GroupsFor(breakdown);
        var groupAnswered = groupOptions.ToDictionary(g => g.Value, g => (long)answeredBy.Count(id => GroupOf(respondents[id], breakdown) == g.Value));
        var groups = groupOptions.Where(g => groupAnswered[g.Value] > 0).Select(g => new Group(g.Value, g.Label, groupAnswered[g.Value])).ToList();
        var rows = new List<OptionRow>();
        foreach (var choice in choices)
        {
            var choosers = answers.Where(a => a.Value == choice.Value && respondents.ContainsKey(a.ResponseId)).Select(a => a.ResponseId).Distinct().ToList();
            var byGroup = groups.Select(g =>
            {
                var count = choosers.Count(id => GroupOf(respondents[id], breakdown) == g.Value);
                return MakeCell(count, g.Answered);
            }).ToList();
            rows.Add(new OptionRow(choice.Value, choice.Label, MakeCell(choosers.Count, answeredBy.Count), byGroup));
        }

        return new CrossTab(question, matrixRow, answeredBy.Count, groups, rows);
    }

    public static Cell MakeCell(long count, long total) =>
        new(count, total, ConfidenceIntervals.Proportion((int)count, (int)Math.Max(total, 1), ConfidenceLevel.NinetyFive));

    /// <summary>
    /// For an indicator: of the people who answered the question (or the matrix statement), how many chose any of the
    /// "yes" options. Only the respondents given are counted (for a locality's figure, the people who said they live there).
    /// </summary>
    public static (int Count, int Denominator) YesCount(SurveyQuestion question, int? matrixRow, IReadOnlyCollection<string> yesValues,
        IEnumerable<(Guid ResponseId, string QuestionId, string Value)> answers, Func<Guid, bool> include)
    {
        var prefix = matrixRow is { } row ? row.ToString(CultureInfo.InvariantCulture) + "=" : null;
        var chosen = answers
            .Where(a => a.QuestionId == question.Id && include(a.ResponseId) && (prefix is null || a.Value.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(a => (a.ResponseId, Value: prefix is null ? a.Value : a.Value[prefix.Length..]))
            .ToList();
        var answered = chosen.Select(a => a.ResponseId).Distinct().Count();
        var yes = chosen.Where(a => yesValues.Contains(a.Value)).Select(a => a.ResponseId).Distinct().Count();
        return (yes, answered);
    }
}
