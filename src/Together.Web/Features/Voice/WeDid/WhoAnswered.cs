using Together.Statistics;

namespace Together.Web.Features.Voice.WeDid;

/// <summary>One line of "who answered": a group and how many, or suppressed (fewer than 5, or enough to work one out).</summary>
public sealed record CountRow(string Label, long Count, bool Suppressed);

public sealed record WhoAnsweredSummary(int Total, bool TotalSuppressed, CountRow EasyRead, IReadOnlyList<CountRow> ByAudience, IReadOnlyList<CountRow> ByAge);

/// <summary>
/// Counts of who answered a consultation, by audience and age band, with the same disclosure control as every
/// published figure: counts of 1 to 4 are hidden, and a second count is hidden where a total would give one away.
/// Pure: the page loads each response's age band answer and whether it used the easy read version.
/// </summary>
public static class WhoAnswered
{
    public const string NotSaid = "not-said";

    /// <summary>One age band standing for each audience, in the order they are shown.</summary>
    private static readonly string[] AudienceBands = ["under-8", "13-17", "18-25", "26-plus", "prefer-not"];

    /// <summary>The audience a respondent belongs to, from the age band they gave (the survey asks age, not role).</summary>
    public static (string Id, string Label) AudienceFor(string? ageBand) => ageBand switch
    {
        "under-8" or "8-12" => ("children", "Children aged 12 and under"),
        "13-17" => ("young-people", "Young people aged 13 to 17"),
        "18-25" => ("young-adults", "Young adults aged 18 to 25"),
        "26-plus" => ("adults", "Adults aged 26 and over, such as parents, carers and professionals"),
        _ => (NotSaid, "Did not say"),
    };

    public static WhoAnsweredSummary Compute(IReadOnlyList<(Guid ResponseId, bool EasyRead)> responses, IReadOnlyDictionary<Guid, string> ageBandByResponse)
    {
        var total = responses.Count;
        string? Band(Guid id) => ageBandByResponse.TryGetValue(id, out var band) ? band : null;

        var audiences = AudienceBands.Select(AudienceFor).ToList();
        var byAudience = Table(
            audiences.Select(a => (a.Id, a.Label, (long)responses.Count(r => AudienceFor(Band(r.ResponseId)).Id == a.Id))).ToList(),
            total);

        var bands = SurveyDefinition.AgeBands.Where(b => b.Value != "prefer-not")
            .Select(b => (b.Value, b.Label, (long)responses.Count(r => Band(r.ResponseId) == b.Value)))
            .Append((NotSaid, "Did not say", (long)responses.Count(r => Band(r.ResponseId) is null or "prefer-not" || SurveyDefinition.AgeBands.All(b => b.Value != Band(r.ResponseId)))))
            .ToList();
        var byAge = Table(bands, total);

        // The easy read count and the standard count add up to the total, so both are protected together.
        var easy = responses.Count(r => r.EasyRead);
        var easyTable = Table([("easy", "Easy read", (long)easy), ("standard", "Standard", (long)(total - easy))], total);

        return new WhoAnsweredSummary(total, byAge.TotalSuppressed || byAudience.TotalSuppressed, easyTable.Rows[0], byAudience.Rows, byAge.Rows);
    }

    private static (IReadOnlyList<CountRow> Rows, bool TotalSuppressed) Table(IReadOnlyList<(string Id, string Label, long Count)> parts, long total)
    {
        var cells = parts.Select(p => new DisclosureCell(p.Id, p.Count)).Append(new DisclosureCell("total", total)).ToList();
        var group = new DisclosureGroup("who", "total", parts.Select(p => p.Id).ToList());
        var result = DisclosureControl.Apply(new DisclosureTable(cells, [group]));
        return (parts.Select(p => new CountRow(p.Label, p.Count, result.IsSuppressed(p.Id))).ToList(), result.IsSuppressed("total"));
    }
}
