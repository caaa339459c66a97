using Microsoft.EntityFrameworkCore;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Infrastructure.Caching;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Services;

/// <summary>What one search result shows about a service, in words.</summary>
public sealed record ServiceCard(Guid Id, string Name, ServiceStatus Status, string OrganizationName, string Description, string WhoFor, string Cost, string? When);

/// <summary>
/// Search results as people see them, kept for the services found most recently so a page of results usually needs no
/// database read (measured at 100,000 services under load: reading the page's twenty services was a quarter of the
/// search page's time). Bounded to <see cref="MaxBytes"/> (about 24,000 cards of the generated directory). A save on this server that touches the directory
/// empties it at once (the search index's generation is in the key); other servers' changes show within
/// <see cref="ServiceIndexCache.CheckEvery"/>, the same as the search itself.
/// </summary>
public sealed class ServiceCards : IDisposable
{
    public const long MaxBytes = 24 * 1024 * 1024;

    private readonly BatchCache<ServiceCard> cards = new(MaxBytes, ServiceIndexCache.KeepResultsFor, Bytes);

    /// <summary>About what a card takes: its texts (two bytes a character, and a header each) and the record.</summary>
    private static long Bytes(ServiceCard card) =>
        64 + (new[] { card.Name, card.OrganizationName, card.Description, card.WhoFor, card.Cost, card.When ?? "" }.Sum(text => 24 + (2L * text.Length)));

    public Task<IReadOnlyDictionary<Guid, ServiceCard>> FindAsync(TogetherDbContext db, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        cards.GetManyAsync(ServiceIndexCache.Generation, ids, async missing =>
        {
            // Only what a card shows, in one query (a service has few schedules and costs), with the ids as one parameter
            // so its SQL is made once rather than for every page.
            var services = await db.DirectoryServices.AsSingleQuery()
                .Where(s => EF.Parameter(missing).Contains(s.Id))
                .Select(s => new DirectoryService
                {
                    Id = s.Id, Name = s.Name, Status = s.Status, Description = s.Description, MinimumAge = s.MinimumAge, MaximumAge = s.MaximumAge,
                    Fees = s.Fees, Organization = new DirectoryOrganization { Name = s.Organization.Name },
                    Schedules = s.Schedules.Select(x => new DirectorySchedule
                    {
                        Frequency = x.Frequency, Interval = x.Interval, ByDay = x.ByDay, ByMonthDay = x.ByMonthDay, OpensAt = x.OpensAt,
                        ClosesAt = x.ClosesAt, Description = x.Description, Notes = x.Notes, ValidTo = x.ValidTo,
                    }).ToList(),
                    CostOptions = s.CostOptions.Select(c => new DirectoryCostOption { Amount = c.Amount, AmountDescription = c.AmountDescription }).ToList(),
                })
                .ToListAsync(ct);
            return services.Select(service => KeyValuePair.Create(service.Id, new ServiceCard(
                service.Id, service.Name, service.Status, service.Organization.Name, service.Description,
                AgeRange.Describe(service.MinimumAge, service.MaximumAge), IndexModel.Cost(service),
                service.Schedules.Count == 0 ? null : string.Join("; ", service.Schedules.Select(ScheduleText.Sentence)))));
        });

    public void Dispose() => cards.Dispose();
}
