using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Voice;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations;

public sealed class IndexModel(TogetherDbContext db) : PageModel
{
    public IReadOnlyList<(Consultation Consultation, int Responses)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var consultations = await db.Consultations.AsNoTracking().OrderByDescending(c => c.OpensAt).ToListAsync(ct);
        var counts = await db.SurveyResponses.GroupBy(r => r.ConsultationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Rows = consultations.Select(c => (c, counts.GetValueOrDefault(c.Id))).ToList();
    }
}
