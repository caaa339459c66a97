using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Voice;
using Together.Web.Features.Voice.WeDid;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations.Commitments;

public sealed class IndexModel(TogetherDbContext db) : PageModel
{
    public sealed record Row(Commitment Commitment, IReadOnlyList<string> Consultations, bool IsPublic);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<Consultation> Consultations { get; private set; } = [];

    public int Subscribers { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var consultations = await db.Consultations.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        var links = (await db.CommitmentConsultations.AsNoTracking().ToListAsync(ct)).ToLookup(l => l.CommitmentId);
        Rows = (await db.Commitments.AsNoTracking().ToListAsync(ct))
            .OrderBy(c => WeDidReader.StatusOrder(c.Status)).ThenBy(c => c.Title, StringComparer.Ordinal)
            .Select(c => new Row(
                c,
                links[c.Id].Select(l => consultations[l.ConsultationId].Title).Order(StringComparer.Ordinal).ToList(),
                links[c.Id].Any(l => consultations[l.ConsultationId].Status == ConsultationStatus.ResultsPublished)))
            .ToList();
        Consultations = consultations.Values
            .Where(c => c.Status is ConsultationStatus.Closed or ConsultationStatus.Analysing or ConsultationStatus.ResultsPublished)
            .OrderByDescending(c => c.ClosesAt).ToList();
        Subscribers = await db.UpdateSubscriptions.CountAsync(s => s.ConfirmedAt != null, ct);
    }
}
