using System.Globalization;
using System.Text;

namespace Together.Web.Features.Voice.Analysis;

/// <summary>
/// Responses as a table for download: one row per response, one column per question (one per statement of a matrix).
/// It carries what people answered and nothing about them beyond that: no address, no time of day, no draft key, no
/// database id. Free text the safeguarding screen flagged is replaced by a marker.
/// </summary>
public static class ResponseExport
{
    public const string WithheldMarker = "[Withheld for safeguarding review]";

    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) Build(LoadedConsultation data)
    {
        var columns = new List<(SurveyQuestion Question, int? Row, string Header)>();
        foreach (var q in data.Survey.AllQuestions)
        {
            if (q.Type == QuestionType.Matrix)
            {
                columns.AddRange(q.Rows.Select((r, i) => (q, (int?)i, $"{q.Id}: {q.Text}: {r}")));
            }
            else
            {
                columns.Add((q, null, $"{q.Id}: {q.Text}"));
            }
        }

        var header = new List<string> { "Response", "Submitted (UK date)", "Survey version", "Easy read" };
        header.AddRange(columns.Select(c => c.Header));
        var byResponse = data.Answers.ToLookup(a => a.ResponseId);
        var rows = new List<IReadOnlyList<string>>();
        var number = 0;
        foreach (var response in data.Responses)
        {
            number++;
            var answers = byResponse[response.ResponseId].ToList();
            var row = new List<string>
            {
                number.ToString(CultureInfo.InvariantCulture),
                TimeZoneInfo.ConvertTimeFromUtc(response.SubmittedAt, Safeguarding.SafeguardingSla.UkTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                response.Version.ToString(CultureInfo.InvariantCulture),
                response.EasyRead ? "Yes" : "No",
            };
            foreach (var (question, matrixRow, _) in columns)
            {
                var given = answers.Where(a => a.QuestionId == question.Id).ToList();
                if (question.IsFreeText)
                {
                    row.Add(given.Any(a => a.Flagged) ? WithheldMarker : Defuse(given.FirstOrDefault().Value ?? ""));
                    continue;
                }

                var values = given.Select(a => a.Value).ToList();
                if (matrixRow is { } r)
                {
                    var prefix = r.ToString(CultureInfo.InvariantCulture) + "=";
                    values = values.Where(v => v.StartsWith(prefix, StringComparison.Ordinal)).Select(v => v[prefix.Length..]).ToList();
                }

                var choices = SurveyDefinition.ChoicesFor(question);
                row.Add(string.Join("; ", values.Select(v => choices.FirstOrDefault(c => c.Value == v)?.Label ?? v)));
            }

            rows.Add(row);
        }

        return (header, rows);
    }

    /// <summary>
    /// Text someone typed that a spreadsheet would run as a formula (it starts with =, +, -, @ or a control character)
    /// gets a leading apostrophe, the usual defence against formula injection in exported files.
    /// </summary>
    public static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    public static string ToCsv(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder();
        void Line(IEnumerable<string> cells) => sb.Append(string.Join(",", cells.Select(Quote))).Append("\r\n");
        Line(header);
        foreach (var row in rows)
        {
            Line(row);
        }

        return sb.ToString();
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    public static string FileName(Consultation consultation, string extension) => $"{consultation.Slug}-responses.{extension}";
}
