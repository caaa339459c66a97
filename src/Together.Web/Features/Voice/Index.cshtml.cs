using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Voice;

public sealed class HubModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Consultation> Open { get; private set; } = [];

    public IReadOnlyList<Consultation> Upcoming { get; private set; } = [];

    public IReadOnlyList<Consultation> Closed { get; private set; } = [];

    public IReadOnlyList<Consultation> Results { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var all = await db.Consultations.AsNoTracking().Where(c => c.Status != ConsultationStatus.Draft).OrderBy(c => c.ClosesAt).ToListAsync(ct);
        Open = all.Where(c => c.AcceptsAnswers(now)).ToList();
        Upcoming = all.Where(c => c.Status is ConsultationStatus.Scheduled or ConsultationStatus.Open && now < c.OpensAt).ToList();
        Results = all.Where(c => c.Status == ConsultationStatus.ResultsPublished).OrderByDescending(c => c.ClosesAt).ToList();
        Closed = all.Except(Open).Except(Upcoming).Except(Results).OrderByDescending(c => c.ClosesAt).ToList();
    }
}
