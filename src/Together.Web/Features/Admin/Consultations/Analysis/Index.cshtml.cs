using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Voice;
using Together.Web.Features.Voice.Analysis;

namespace Together.Web.Features.Admin.Consultations.Analysis;

/// <summary>The staff analysis of a consultation: every closed question counted, filtered and split, with intervals.</summary>
public sealed class AnalysisModel(AnalysisLoader loader) : PageModel
{
    public Consultation? Consultation { get; private set; }

    public AnalysisResult Result { get; private set; } = new(0, [], [], []);

    public long AllResponses { get; private set; }

    [BindProperty(SupportsGet = true, Name = "audience")] public string? Audience { get; set; }
    [BindProperty(SupportsGet = true, Name = "age")] public string? Age { get; set; }
    [BindProperty(SupportsGet = true, Name = "locality")] public string? Locality { get; set; }
    [BindProperty(SupportsGet = true, Name = "by")] public string? By { get; set; }

    public Breakdown Breakdown { get; private set; }

    public AnalysisFilter Filter { get; private set; } = AnalysisFilter.Everyone;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var data = await loader.LoadAsync(id, withText: false, ct);
        if (data is null)
        {
            return NotFound();
        }

        Consultation = data.Consultation;
        AllResponses = data.Responses.Count;

        // Unknown values in the address are ignored rather than filtering everything out.
        Filter = new AnalysisFilter(
            Known(Audience, AnalysisRules.GroupsFor(Breakdown.Audience)),
            Known(Age, AnalysisRules.GroupsFor(Breakdown.AgeBand)),
            Known(Locality, AnalysisRules.GroupsFor(Breakdown.Locality)));
        Breakdown = AnalysisRules.ParseBreakdown(By);
        Result = ConsultationAnalysis.Analyse(data.Survey, data.Profile(), data.Answers.Select(a => (a.ResponseId, a.QuestionId, a.Value, a.Flagged)), Filter, Breakdown);
        return Page();
    }

    private static string? Known(string? value, IReadOnlyList<SurveyOption> options) =>
        options.Any(o => o.Value == value) ? value : null;

    public static string Pct(double? value) =>
        value is null ? "" : value.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";

    public static string Interval(Cell cell) =>
        cell.Percent.HasInterval ? $"{Pct(cell.Percent.Lower)} to {Pct(cell.Percent.Upper)}" : "";
}
