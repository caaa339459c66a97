using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;

namespace Together.Web.Features.ServiceDirectory;

/// <summary>Who is editing: administrators edit every service; partners edit the services of their own organisation.</summary>
public sealed record DirectoryEditor(string UserId, string Name, string? Email, bool IsAdministrator, Guid? OrganisationId)
{
    public bool MayEdit(DirectoryOrganization organization) =>
        IsAdministrator || (OrganisationId is not null && organization.OwnerOrganisationId == OrganisationId);
}

/// <summary>
/// Editing the directory: changes are drafted, submitted, then approved (applied to the live service, becoming a
/// version) or returned with a comment. Confirming, archiving and restoring are recorded as versions too.
/// </summary>
public sealed class ServiceEditing(TogetherDbContext db, IPlaceFinder places, NotificationOutbox outbox, TimeProvider clock)
{
    public const string EditorPolicy = "DirectoryEditor";

    public async Task<DirectoryEditor> EditorAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var person = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.DisplayName, u.Email, u.OrganisationId }).FirstOrDefaultAsync(ct);
        return new DirectoryEditor(id, person?.DisplayName ?? user.Identity?.Name ?? "", person?.Email, user.IsInRole(Roles.Administrator), person?.OrganisationId);
    }

    /// <summary>The directory organisations this person may add services to and edit.</summary>
    public IQueryable<DirectoryOrganization> Organizations(DirectoryEditor editor) =>
        editor.IsAdministrator ? db.DirectoryOrganizations : db.DirectoryOrganizations.Where(o => o.OwnerOrganisationId != null && o.OwnerOrganisationId == editor.OrganisationId);

    public IQueryable<DirectoryService> Services(DirectoryEditor editor) =>
        editor.IsAdministrator ? db.DirectoryServices : db.DirectoryServices.Where(s => s.Organization.OwnerOrganisationId != null && s.Organization.OwnerOrganisationId == editor.OrganisationId);

    public Task<DirectoryService?> LoadAsync(Guid serviceId, CancellationToken ct) =>
        db.DirectoryServices.AsSplitQuery()
            .Include(s => s.Organization)
            .Include(s => s.Schedules)
            .Include(s => s.CostOptions)
            .Include(s => s.Languages)
            .Include(s => s.Contacts)
            .Include(s => s.Phones)
            .Include(s => s.Attributes).ThenInclude(a => a.TaxonomyTerm)
            .Include(s => s.ServiceAtLocations).ThenInclude(l => l.Location).ThenInclude(l => l.Addresses)
            .Include(s => s.ServiceAtLocations).ThenInclude(l => l.Location).ThenInclude(l => l.Accessibility)
            .FirstOrDefaultAsync(s => s.Id == serviceId, ct);

    public async Task<ServiceDraft> SnapshotAsync(DirectoryService service, CancellationToken ct) =>
        ServiceDraft.From(service, await db.DirectoryLocalOffers.AsNoTracking().FirstOrDefaultAsync(o => o.ServiceId == service.Id, ct));

    public async Task<IReadOnlyDictionary<string, string>> CategoryNamesAsync(CancellationToken ct) =>
        await db.DirectoryTaxonomyTerms.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, ct);

    /// <summary>The change being worked on for a service, if any: one at a time, so approving one never undoes another.</summary>
    public Task<ServiceChange?> OpenChangeAsync(Guid serviceId, CancellationToken ct) =>
        db.DirectoryServiceChanges.Include(c => c.Organization)
            .Where(c => c.ServiceId == serviceId && (c.State == ServiceChangeState.Draft || c.State == ServiceChangeState.Submitted || c.State == ServiceChangeState.Returned))
            .OrderByDescending(c => c.CreatedAt)
            .FirstOrDefaultAsync(ct);

    public async Task<ServiceChange> StartEditAsync(DirectoryEditor editor, DirectoryService service, CancellationToken ct)
    {
        if (await OpenChangeAsync(service.Id, ct) is { } open)
        {
            return open;
        }

        var snapshot = (await SnapshotAsync(service, ct)).ToJson();
        var now = clock.GetUtcNow().UtcDateTime;
        var change = new ServiceChange
        {
            Id = Guid.NewGuid(),
            ServiceId = service.Id,
            OrganizationId = service.OrganizationId,
            Kind = ServiceChangeKind.Edit,
            State = ServiceChangeState.Draft,
            BeforeJson = snapshot,
            ProposedJson = snapshot,
            CreatedByUserId = editor.UserId,
            CreatedByName = editor.Name,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.DirectoryServiceChanges.Add(change);
        await db.SaveChangesAsync(ct);
        return change;
    }

    public async Task<ServiceChange> StartNewAsync(DirectoryEditor editor, DirectoryOrganization organization, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var change = new ServiceChange
        {
            Id = Guid.NewGuid(),
            ServiceId = Guid.NewGuid(),
            OrganizationId = organization.Id,
            Kind = ServiceChangeKind.Create,
            State = ServiceChangeState.Draft,
            ProposedJson = new ServiceDraft { InPerson = true, Languages = ["en"] }.ToJson(),
            CreatedByUserId = editor.UserId,
            CreatedByName = editor.Name,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.DirectoryServiceChanges.Add(change);
        await db.SaveChangesAsync(ct);
        return change;
    }

    public async Task SubmitAsync(ServiceChange change, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        change.State = ServiceChangeState.Submitted;
        change.SubmittedAt = now;
        change.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
    }

    public async Task ReturnAsync(ServiceChange change, string comment, DirectoryEditor reviewer, string manageUrl, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        change.State = ServiceChangeState.Returned;
        change.ReviewComment = comment;
        change.ReviewedByName = reviewer.Name;
        change.ReviewedAt = now;
        change.UpdatedAt = now;
        var name = ServiceDraft.FromJson(change.ProposedJson).Name;
        if (await EmailOfAsync(change.CreatedByUserId, ct) is { } to)
        {
            outbox.Enqueue(to, $"Your change to {name} needs more work",
                $"An administrator has returned your change to \"{name}\" in the directory of services with a comment.\n\nRead the comment and update the change:\n{manageUrl}\n",
                "directory.change-returned");
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Applies a submitted change to the live service in one transaction and records it as the next version.</summary>
    public async Task ApproveAsync(ServiceChange change, DirectoryEditor reviewer, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = ServiceDraft.FromJson(change.ProposedJson);
        var service = change.Kind == ServiceChangeKind.Create ? null : await LoadAsync(change.ServiceId, ct);
        if (service is null)
        {
            service = new DirectoryService
            {
                Id = change.ServiceId,
                OrganizationId = change.OrganizationId,
                AssuredDate = now,
                AssurerEmail = await EmailOfAsync(change.CreatedByUserId, ct),
                ServiceAreas = [new DirectoryServiceArea { Id = Guid.NewGuid(), ServiceId = change.ServiceId, Name = "Cheshire East", AreaId = await db.Areas.AnyAsync(a => a.Id == "cheshire-east", ct) ? "cheshire-east" : null }],
            };
            db.DirectoryServices.Add(service);
            change.BeforeJson = null;
        }
        else
        {
            change.BeforeJson = (await SnapshotAsync(service, ct)).ToJson();
        }

        var before = change.BeforeJson is null ? null : ServiceDraft.FromJson(change.BeforeJson);
        await ApplyAsync(service, draft, now, ct);

        var names = await CategoryNamesAsync(ct);
        foreach (var field in ServiceDraft.Diff(before, draft, names))
        {
            db.DirectoryMetadata.Add(new DirectoryMetadata
            {
                Id = Guid.NewGuid(),
                ResourceId = service.Id,
                ResourceType = "service",
                LastActionDate = now,
                LastActionType = before is null ? "create" : "update",
                FieldName = Cut(field.Label, 100),
                PreviousValue = Cut(field.Before, 4000),
                ReplacementValue = Cut(field.After, 4000),
                UpdatedBy = Cut($"{change.CreatedByName} (approved by {reviewer.Name})", 200),
            });
        }

        await RecordVersionAsync(change, reviewer, now, ct);
        if (await EmailOfAsync(change.CreatedByUserId, ct) is { } to && change.CreatedByUserId != reviewer.UserId)
        {
            outbox.Enqueue(to, $"Your change to {draft.Name} is live",
                $"An administrator has approved your change to \"{draft.Name}\". It now shows in the directory of services.\n", "directory.change-approved");
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>"Still correct": sets the day the information was last checked (HSDS assured_date). Recorded in the change trail.</summary>
    public async Task ConfirmAsync(DirectoryService service, DirectoryEditor editor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.DirectoryMetadata.Add(new DirectoryMetadata
        {
            Id = Guid.NewGuid(),
            ResourceId = service.Id,
            ResourceType = "service",
            LastActionDate = now,
            LastActionType = "update",
            FieldName = "assured_date",
            PreviousValue = service.AssuredDate?.ToString("yyyy-MM-dd"),
            ReplacementValue = now.ToString("yyyy-MM-dd"),
            UpdatedBy = Cut(editor.Name, 200),
        });
        service.AssuredDate = now;
        service.AssurerEmail = editor.Email;
        service.LastModified = now;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Archiving marks the service defunct (HSDS: no longer running): it leaves people's search, its public page
    /// and the ORUK feed. Its versions stay for staff, and restoring brings it back as it was.
    /// An editor may archive straight away: it only takes information out of view.
    /// </summary>
    public async Task ArchiveAsync(DirectoryService service, DirectoryEditor editor, CancellationToken ct)
    {
        if (service.Status == ServiceStatus.Defunct)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = await SnapshotAsync(service, ct);
        var upkeep = await UpkeepAsync(service.Id, ct);
        upkeep.ArchivedAt = now;
        upkeep.StatusBeforeArchive = service.Status;
        service.Status = ServiceStatus.Defunct;
        service.LastModified = now;
        await RecordImmediateAsync(service, ServiceChangeKind.Archive, before, editor, now, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Restoring puts the service back as it was before it was archived. Administrators only: it republishes information.</summary>
    public async Task RestoreAsync(DirectoryService service, DirectoryEditor editor, CancellationToken ct)
    {
        if (service.Status != ServiceStatus.Defunct)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = await SnapshotAsync(service, ct);
        var upkeep = await UpkeepAsync(service.Id, ct);
        service.Status = upkeep.StatusBeforeArchive ?? ServiceStatus.Active;
        upkeep.ArchivedAt = null;
        upkeep.StatusBeforeArchive = null;
        service.LastModified = now;
        await RecordImmediateAsync(service, ServiceChangeKind.Restore, before, editor, now, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task<DirectoryServiceUpkeep> UpkeepAsync(Guid serviceId, CancellationToken ct)
    {
        var upkeep = await db.DirectoryServiceUpkeep.FirstOrDefaultAsync(u => u.ServiceId == serviceId, ct);
        if (upkeep is null)
        {
            upkeep = new DirectoryServiceUpkeep { ServiceId = serviceId };
            db.DirectoryServiceUpkeep.Add(upkeep);
        }

        return upkeep;
    }

    private async Task RecordImmediateAsync(DirectoryService service, ServiceChangeKind kind, ServiceDraft before, DirectoryEditor editor, DateTime now, CancellationToken ct)
    {
        var after = ServiceDraft.FromJson(before.ToJson());
        after.Status = service.Status;
        var change = new ServiceChange
        {
            Id = Guid.NewGuid(),
            ServiceId = service.Id,
            OrganizationId = service.OrganizationId,
            Kind = kind,
            State = ServiceChangeState.Approved,
            BeforeJson = before.ToJson(),
            ProposedJson = after.ToJson(),
            CreatedByUserId = editor.UserId,
            CreatedByName = editor.Name,
            CreatedAt = now,
            UpdatedAt = now,
            SubmittedAt = now,
        };
        db.DirectoryServiceChanges.Add(change);
        db.DirectoryMetadata.Add(new DirectoryMetadata
        {
            Id = Guid.NewGuid(),
            ResourceId = service.Id,
            ResourceType = "service",
            LastActionDate = now,
            LastActionType = "update",
            FieldName = "status",
            PreviousValue = OrukMapper.Status(before.Status),
            ReplacementValue = OrukMapper.Status(service.Status),
            UpdatedBy = Cut(editor.Name, 200),
        });
        await RecordVersionAsync(change, editor, now, ct);
    }

    private async Task RecordVersionAsync(ServiceChange change, DirectoryEditor reviewer, DateTime now, CancellationToken ct)
    {
        var last = await db.DirectoryServiceChanges.Where(c => c.ServiceId == change.ServiceId && c.Version != null).MaxAsync(c => c.Version, ct) ?? 0;
        change.Version = last + 1;
        change.State = ServiceChangeState.Approved;
        change.ReviewedAt = now;
        change.ReviewedByName = reviewer.Name;
        change.UpdatedAt = now;
    }

    private async Task ApplyAsync(DirectoryService service, ServiceDraft draft, DateTime now, CancellationToken ct)
    {
        service.Name = draft.Name;
        service.Description = draft.Description;
        service.Status = draft.Status;
        service.Alert = draft.Alert;
        service.MinimumAge = draft.MinimumAge;
        service.MaximumAge = draft.MaximumAge;
        service.EligibilityDescription = draft.EligibilityDescription;
        service.DeliveredInPerson = draft.InPerson;
        service.DeliveredOnline = draft.Online;
        service.DeliveredByPhone = draft.ByPhone;
        service.ApplicationProcess = draft.ApplicationProcess;
        service.Email = draft.Email;
        service.Url = draft.Url;
        service.SendSupport = draft.SupportsSend ? draft.SendSupport : null;
        service.Fees = draft.Free ? "Free" : draft.Fees;
        service.LastModified = now;

        db.RemoveRange(service.Schedules.Where(s => s.ServiceAtLocationId is null));
        foreach (var schedule in draft.Schedules)
        {
            service.Schedules.Add(Track(new DirectorySchedule
            {
                Id = Guid.NewGuid(),
                ServiceId = service.Id,
                Frequency = schedule.Frequency,
                ByDay = schedule.ByDay,
                OpensAt = schedule.OpensAt,
                ClosesAt = schedule.ClosesAt,
                Notes = schedule.Notes,
                AttendingType = draft.InPerson ? "in_person" : "online",
            }));
        }

        db.RemoveRange(service.CostOptions);
        service.CostOptions.Add(Track(draft.Free
            ? new DirectoryCostOption { Id = Guid.NewGuid(), ServiceId = service.Id, Option = "Free", Amount = 0, AmountDescription = "Free" }
            : new DirectoryCostOption { Id = Guid.NewGuid(), ServiceId = service.Id, Option = "Cost", Amount = draft.Amount, AmountDescription = draft.Fees }));

        db.RemoveRange(service.Languages);
        foreach (var code in draft.Languages)
        {
            service.Languages.Add(Track(new DirectoryLanguage { Id = Guid.NewGuid(), ServiceId = service.Id, Code = code, Name = LanguageChoices.NameOf(code) }));
        }

        var terms = await db.DirectoryTaxonomyTerms.Where(t => draft.Categories.Contains(t.Code)).Select(t => new { t.Id, t.Code }).ToListAsync(ct);
        db.RemoveRange(service.Attributes);
        foreach (var term in terms.DistinctBy(t => t.Code))
        {
            service.Attributes.Add(Track(new DirectoryAttribute { Id = Guid.NewGuid(), ServiceId = service.Id, TaxonomyTermId = term.Id }));
        }

        var contact = service.Contacts.FirstOrDefault();
        if (draft.ContactName is null && draft.Email is null)
        {
            db.RemoveRange(service.Contacts);
        }
        else if (contact is null)
        {
            service.Contacts.Add(Track(new DirectoryContact { Id = Guid.NewGuid(), ServiceId = service.Id, Name = draft.ContactName, Email = draft.Email }));
        }
        else
        {
            contact.Name = draft.ContactName;
            contact.Email = draft.Email;
        }

        var phone = service.Phones.FirstOrDefault();
        if (draft.Phone is null)
        {
            db.RemoveRange(service.Phones);
        }
        else if (phone is null)
        {
            service.Phones.Add(Track(new DirectoryPhone { Id = Guid.NewGuid(), ServiceId = service.Id, Number = draft.Phone, Type = "voice", Description = "Main number" }));
        }
        else
        {
            phone.Number = draft.Phone;
        }

        await ApplyLocationsAsync(service, draft, now, ct);
        await ApplyLocalOfferAsync(service.Id, draft, now, ct);
    }

    private async Task ApplyLocationsAsync(DirectoryService service, ServiceDraft draft, DateTime now, CancellationToken ct)
    {
        var kept = new HashSet<Guid>();
        foreach (var place in draft.Locations)
        {
            var link = place.LocationId is { } id ? service.ServiceAtLocations.FirstOrDefault(l => l.LocationId == id) : null;
            if (link is not null)
            {
                var live = ServiceDraft.From(new DirectoryService { ServiceAtLocations = [link] }, null).Locations.Single();
                if (live.SamePlaceAs(place))
                {
                    kept.Add(link.LocationId);
                    continue;
                }

                // A place shared with other services is never changed under them: this service gets its own copy.
                var shared = await db.DirectoryServiceAtLocations.AnyAsync(l => l.LocationId == link.LocationId && l.ServiceId != service.Id, ct);
                if (!shared)
                {
                    await FillAsync(link.Location, place, now, ct);
                    kept.Add(link.LocationId);
                    continue;
                }
            }

            var location = new DirectoryLocation { Id = Guid.NewGuid(), LocationType = LocationType.Physical };
            await FillAsync(location, place, now, ct);
            db.DirectoryLocations.Add(location);
            service.ServiceAtLocations.Add(Track(new DirectoryServiceAtLocation { Id = Guid.NewGuid(), ServiceId = service.Id, LocationId = location.Id, Location = location }));
            kept.Add(location.Id);
        }

        // Online and phone-only places are not edited here; they stay linked.
        db.RemoveRange(service.ServiceAtLocations.Where(l => !kept.Contains(l.LocationId) && l.Location is { LocationType: not LocationType.Virtual }));
    }

    private async Task FillAsync(DirectoryLocation location, LocationDraft place, DateTime now, CancellationToken ct)
    {
        location.Name = place.Name;
        location.LastModified = now;
        var found = await places.FindAsync(place.Postcode, allowTowns: false, ct);
        location.Latitude = found.Point?.Latitude;
        location.Longitude = found.Point?.Longitude;
        db.RemoveRange(location.Addresses);
        location.Addresses.Add(Track(new DirectoryAddress
        {
            Id = Guid.NewGuid(),
            LocationId = location.Id,
            Address1 = place.Address1,
            City = place.Town,
            StateProvince = "Cheshire",
            PostalCode = UkPostcode.IsFullPostcode(place.Postcode) ? UkPostcode.Format(place.Postcode) : place.Postcode,
            Country = "GB",
            AddressType = LocationType.Physical,
        }));
        db.RemoveRange(location.Accessibility);
        if (place.Accessibility is not null)
        {
            location.Accessibility.Add(Track(new DirectoryAccessibility { Id = Guid.NewGuid(), LocationId = location.Id, Description = place.Accessibility }));
        }
    }

    private async Task ApplyLocalOfferAsync(Guid serviceId, ServiceDraft draft, DateTime now, CancellationToken ct)
    {
        var offer = await db.DirectoryLocalOffers.FirstOrDefaultAsync(o => o.ServiceId == serviceId, ct);
        if (!draft.SupportsSend || draft.LocalOffer.Count == 0)
        {
            if (offer is not null)
            {
                db.DirectoryLocalOffers.Remove(offer);
            }

            return;
        }

        if (offer is null)
        {
            offer = new DirectoryLocalOffer { ServiceId = serviceId };
            db.DirectoryLocalOffers.Add(offer);
        }

        foreach (var question in LocalOfferQuestions.All)
        {
            question.Write(offer, draft.LocalOffer.GetValueOrDefault(question.Key));
        }

        offer.UpdatedAt = now;
    }

    private async Task<string?> EmailOfAsync(string userId, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId && u.DeactivatedAt == null).Select(u => u.Email).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Tracks a new row before it joins a loaded service's collections: the directory's keys are client-set Guids
    /// that EF would otherwise take for existing rows and update (affecting none).
    /// </summary>
    private T Track<T>(T entity)
        where T : class
    {
        db.Add(entity);
        return entity;
    }

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];
}
