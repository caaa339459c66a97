using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Auditing;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.YouthCouncil.Admin.Interest;

/// <summary>One expression of interest: a child's contact details, so every view is audited. Flagged text is withheld.</summary>
public sealed class ItemModel(TogetherDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public YouthCouncilInterest Item { get; private set; } = new();

    public string Place { get; private set; } = "";

    public bool Withheld => Item.ScreeningStatus == ScreeningStatus.Flagged;

    [BindProperty] public string? NewStatus { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await db.YouthCouncilInterests.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        NewStatus = item.Status.ToString();
        Place = await db.Areas.Where(a => a.Id == item.LocalityId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken) ?? "Not sure, or somewhere else";
        await audit.RecordViewAsync(nameof(YouthCouncilInterest), id.ToString(), "Participation team read an expression of interest", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await db.YouthCouncilInterests.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (!Enum.TryParse<InterestStatus>(NewStatus, out var status) || !Enum.IsDefined(status))
        {
            Item = item;
            Place = await db.Areas.Where(a => a.Id == item.LocalityId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken) ?? "Not sure, or somewhere else";
            this.AddError(nameof(NewStatus), "Select a status");
            return Page();
        }

        if (item.Status != status)
        {
            item.Status = status;
            item.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return RedirectToPage(new { id });
    }
}
