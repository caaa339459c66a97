using Together.Statistics;

namespace Together.Web.Features.Voice;

/// <summary>One answer's share of the people who answered a question, with its Wilson 95% interval; counts of 1 to 4 are suppressed.</summary>
public sealed record ResultRow(string Label, long Count, IntervalEstimate Percent, bool Suppressed);

public sealed record QuestionResult(SurveyQuestion Question, int Answered, bool AnsweredSuppressed, IReadOnlyList<ResultRow> Rows);

/// <summary>Counts for the published results. Pure: the page loads the answers, this does the sums and the disclosure control.</summary>
public static class SurveyResults
{
    public static IReadOnlyList<QuestionResult> Compute(SurveyDefinition survey, IEnumerable<(Guid ResponseId, string QuestionId, string Value)> answers)
    {
        var byQuestion = answers.GroupBy(a => a.QuestionId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var results = new List<QuestionResult>();
        foreach (var question in survey.AllQuestions.Where(q => q.Type is not (QuestionType.ShortText or QuestionType.LongText or QuestionType.Number or QuestionType.Matrix)))
        {
            var given = byQuestion.TryGetValue(question.Id, out var list) ? list : [];
            var answered = given.Select(a => a.ResponseId).Distinct().Count();
            var choices = SurveyDefinition.ChoicesFor(question);
            var counts = choices.Select(c => (Choice: c, Count: (long)given.Count(a => a.Value == c.Value))).ToList();

            // Single answers add up to the total, so suppressing one small cell needs a second (secondary
            // suppression); multiple choice answers do not add up, so only the small cells are hidden.
            var cells = counts.Select(c => new DisclosureCell(c.Choice.Value, c.Count)).Append(new DisclosureCell("total", answered)).ToList();
            var groups = question.Type == QuestionType.MultipleChoice ? [] : new[] { new DisclosureGroup(question.Id, "total", counts.Select(c => c.Choice.Value).ToList()) };
            var disclosure = DisclosureControl.Apply(new DisclosureTable(cells, groups));
            var rows = counts.Select(c => new ResultRow(
                c.Choice.Label,
                c.Count,
                ConfidenceIntervals.Proportion((int)c.Count, Math.Max(answered, 1), ConfidenceLevel.NinetyFive),
                disclosure.IsSuppressed(c.Choice.Value))).ToList();
            results.Add(new QuestionResult(question, answered, disclosure.IsSuppressed("total"), rows));
        }

        return results;
    }
}
