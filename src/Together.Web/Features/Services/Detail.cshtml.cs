using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Services;

/// <summary>One service in plain words: what it is, who it is for, when, where, cost, how to get it, contact, accessibility, languages.</summary>
public sealed class DetailModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public DirectoryService Service { get; private set; } = null!;
    public IReadOnlyList<DirectoryLocation> Locations { get; private set; } = [];
    public bool OnShortlist { get; private set; }
    public DirectoryLocalOffer? LocalOffer { get; private set; }
    /// <summary>Last checked over 12 months ago: said plainly on the page, so nobody travels on stale information.</summary>
    public bool OutOfDate { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var service = await db.DirectoryServices.AsNoTracking().AsSplitQuery()
            .Include(s => s.Organization)
            .Include(s => s.Schedules)
            .Include(s => s.CostOptions)
            .Include(s => s.Languages)
            .Include(s => s.Contacts)
            .Include(s => s.Phones)
            .Include(s => s.ServiceAreas)
            .Include(s => s.Attributes).ThenInclude(a => a.TaxonomyTerm)
            .Include(s => s.ServiceAtLocations).ThenInclude(l => l.Location).ThenInclude(l => l.Addresses)
            .Include(s => s.ServiceAtLocations).ThenInclude(l => l.Location).ThenInclude(l => l.Accessibility)
            .FirstOrDefaultAsync(s => s.Id == id && s.Status != ServiceStatus.Defunct, cancellationToken);
        if (service is null)
        {
            return NotFound();
        }

        Service = service;
        Locations = service.ServiceAtLocations.Select(l => l.Location).ToList();
        OnShortlist = Shortlist.Read(Request).Contains(id);
        LocalOffer = service.SendSupport is null ? null : await db.DirectoryLocalOffers.AsNoTracking().FirstOrDefaultAsync(o => o.ServiceId == id, cancellationToken);
        OutOfDate = ServiceFreshness.Of(ServiceFreshness.CheckedOn(service), clock.GetUtcNow().UtcDateTime) == Freshness.OutOfDate;
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.DirectoryServices.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var list = Shortlist.Read(Request);
        if (!list.Contains(id))
        {
            if (list.Count >= Shortlist.MaxItems)
            {
                TempData["ShortlistMessage"] = $"Your shortlist is full ({Shortlist.MaxItems} services). Remove one to add another.";
                return RedirectToPage(new { id });
            }

            list.Add(id);
            Shortlist.Write(Response, list);
        }

        return RedirectToPage(new { id });
    }

    public string LastChecked => Service.AssuredDate is { } date
        ? date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))
        : "not yet checked";

    public string Cost => IndexModel.Cost(Service);

    public string Delivery => string.Join(", ", new[]
    {
        Service.DeliveredInPerson ? "in person" : null,
        Service.DeliveredOnline ? "online" : null,
        Service.DeliveredByPhone ? "by phone" : null,
    }.Where(x => x is not null));
}
