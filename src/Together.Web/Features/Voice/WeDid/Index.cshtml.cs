using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Plan;

namespace Together.Web.Features.Voice.WeDid;

/// <summary>"You said, we did" across every consultation with published results, filtered by status and plan outcome.</summary>
public sealed class IndexModel(WeDidReader reader, PlanReader plan) : PageModel
{
    public IReadOnlyList<CommitmentView> Commitments { get; private set; } = [];

    public IReadOnlyList<(Consultation Consultation, IReadOnlyList<CommitmentView> Commitments)> ByConsultation { get; private set; } = [];

    public IReadOnlyList<Outcome> Outcomes { get; private set; } = [];

    public Dictionary<CommitmentStatus, int> Counts { get; private set; } = [];

    public CommitmentStatus? Status { get; private set; }

    public int? Outcome { get; private set; }

    public async Task OnGetAsync(string? status, string? outcome, CancellationToken ct)
    {
        Status = WeDidText.FromSlug(status);
        Outcome = int.TryParse(outcome, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100 ? n : null;
        Outcomes = await plan.LiveOutcomesAsync(ct);
        var all = await reader.PublishedCommitmentsAsync(null, ct);
        var byOutcome = all.Where(c => Outcome is null || c.Consultations.Any(x => OutcomeNumbers(x.PlanLinks).Contains(Outcome.Value))).ToList();
        Counts = Enum.GetValues<CommitmentStatus>().ToDictionary(s => s, s => byOutcome.Count(c => c.Commitment.Status == s));
        Commitments = byOutcome.Where(c => Status is null || c.Commitment.Status == Status).ToList();
        ByConsultation = Commitments
            .SelectMany(c => c.Consultations.Select(x => (Consultation: x, View: c)))
            .GroupBy(p => p.Consultation.Id)
            .Select(g => (g.First().Consultation, (IReadOnlyList<CommitmentView>)g.Select(p => p.View).ToList()))
            .OrderByDescending(g => g.Consultation.ClosesAt)
            .ToList();
    }

    /// <summary>Plan links are outcome and focus area numbers such as "2, 3.1": the outcome is the part before the dot.</summary>
    public static IReadOnlySet<int> OutcomeNumbers(string? planLinks) =>
        (planLinks ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => int.TryParse(p.Split('.')[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var x) ? x : 0)
            .Where(x => x > 0).ToHashSet();

    public string FilterUrl(CommitmentStatus? status, int? outcome)
    {
        var query = new List<string>();
        if (status is { } s)
        {
            query.Add("status=" + WeDidText.Slug(s));
        }

        if (outcome is { } o)
        {
            query.Add("outcome=" + o.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/you-said-we-did" + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }
}
