using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Plan;

/// <summary>Who made a change, as shown in the history.</summary>
public sealed record PlanAuthor(string? Id, string Name)
{
    public static readonly PlanAuthor Trust = new(null, "Children and Young People's Trust");
}

public enum PublishResult
{
    Published,

    /// <summary>The revision was already published (a repeated submit): nothing changed.</summary>
    AlreadyPublished,

    /// <summary>A newer draft of the same item exists; publishing this one would hide it.</summary>
    Superseded,
}

/// <summary>Every change to plan content: drafts, publishing, restoring, starting a new period and making one live.</summary>
public sealed class PlanEditor(TogetherDbContext db, TimeProvider clock)
{
    public async Task<object?> FindAsync(PlanItemKind kind, Guid id, CancellationToken cancellationToken = default) => kind switch
    {
        PlanItemKind.Period => await db.PlanPeriods.FindAsync([id], cancellationToken),
        PlanItemKind.Outcome => await db.Outcomes.FindAsync([id], cancellationToken),
        PlanItemKind.FocusArea => await db.FocusAreas.FindAsync([id], cancellationToken),
        PlanItemKind.Principle => await db.Principles.FindAsync([id], cancellationToken),
        PlanItemKind.DifferenceStatement => await db.DifferenceStatements.FindAsync([id], cancellationToken),
        PlanItemKind.Behaviour => await db.Behaviours.FindAsync([id], cancellationToken),
        PlanItemKind.Belief => await db.Beliefs.FindAsync([id], cancellationToken),
        PlanItemKind.Section => await db.PlanSections.FindAsync([id], cancellationToken),
        _ => null,
    };

    public static Guid PeriodOf(object item) => item switch
    {
        PlanPeriod p => p.Id,
        IPlanItem i => i.PeriodId,
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };

    public Task<List<PlanRevision>> HistoryAsync(PlanItemKind kind, Guid itemId, CancellationToken cancellationToken = default) =>
        db.PlanRevisions.AsNoTracking().Where(r => r.ItemKind == kind && r.ItemId == itemId).OrderByDescending(r => r.Version).ToListAsync(cancellationToken);

    public Task<PlanRevision?> LatestAsync(PlanItemKind kind, Guid itemId, CancellationToken cancellationToken = default) =>
        db.PlanRevisions.AsNoTracking().Where(r => r.ItemKind == kind && r.ItemId == itemId).OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Saves content as a new draft version. Sending the same content again while it is still the latest unpublished
    /// draft returns that draft instead of adding another version.
    /// </summary>
    public async Task<PlanRevision> SaveDraftAsync(PlanItemKind kind, Guid itemId, Guid periodId, IReadOnlyDictionary<string, string> content, PlanAuthor author, int? restoredFromVersion = null, CancellationToken cancellationToken = default)
    {
        var json = PlanItems.Serialize(content);
        var latest = await LatestAsync(kind, itemId, cancellationToken);
        if (latest is { PublishedAt: null } && latest.Content == json)
        {
            return latest;
        }

        var revision = new PlanRevision
        {
            ItemKind = kind,
            ItemId = itemId,
            PeriodId = periodId,
            Version = (latest?.Version ?? 0) + 1,
            Content = json,
            AuthorId = author.Id,
            AuthorName = author.Name,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            RestoredFromVersion = restoredFromVersion,
        };
        db.PlanRevisions.Add(revision);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            PlanReader.Invalidate();
        }
        catch (DbUpdateException)
        {
            // Two saves raced for the same version number; the unique index kept one. Show that one.
            db.ChangeTracker.Clear();
            var winner = await LatestAsync(kind, itemId, cancellationToken);
            if (winner is { PublishedAt: null } && winner.Content == json)
            {
                return winner;
            }

            throw;
        }

        return revision;
    }

    /// <summary>Makes a draft live: its fields are copied onto the row the public sees.</summary>
    public async Task<PublishResult> PublishAsync(long revisionId, PlanAuthor author, CancellationToken cancellationToken = default)
    {
        var revision = await db.PlanRevisions.FirstAsync(r => r.Id == revisionId, cancellationToken);
        if (revision.PublishedAt is not null)
        {
            return PublishResult.AlreadyPublished;
        }

        if (await db.PlanRevisions.AnyAsync(r => r.ItemKind == revision.ItemKind && r.ItemId == revision.ItemId && r.Version > revision.Version, cancellationToken))
        {
            return PublishResult.Superseded;
        }

        var item = await FindAsync(revision.ItemKind, revision.ItemId, cancellationToken)
            ?? throw new InvalidOperationException($"The {revision.ItemKind} {revision.ItemId} no longer exists.");
        var content = PlanItems.Deserialize(revision.Content);
        PlanItems.Apply(item, content);
        if (item is Outcome outcome)
        {
            var focusAreas = await db.FocusAreas.Where(f => f.PeriodId == outcome.PeriodId).ToListAsync(cancellationToken);
            var statements = await db.DifferenceStatements.Where(s => s.PeriodId == outcome.PeriodId).ToListAsync(cancellationToken);
            db.OutcomeLinks.RemoveRange(await db.OutcomeLinks.Where(l => l.OutcomeId == outcome.Id).ToListAsync(cancellationToken));
            db.OutcomeLinks.AddRange(PlanView.LinksFor(outcome, content, focusAreas, statements));
        }

        revision.PublishedAt = clock.GetUtcNow().UtcDateTime;
        revision.PublishedByName = author.Name;

        // Only one request may publish a revision: the update is conditional on it still being unpublished.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.PlanRevisions
            .Where(r => r.Id == revisionId && r.PublishedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.PublishedAt, revision.PublishedAt).SetProperty(r => r.PublishedByName, author.Name), cancellationToken);
        if (claimed == 0)
        {
            return PublishResult.AlreadyPublished;
        }

        // The revision stays modified so its publishing is written to the audit log with the item's change.
        await db.SaveChangesAsync(cancellationToken);
        PlanReader.Invalidate();
        await transaction.CommitAsync(cancellationToken);
        return PublishResult.Published;
    }

    /// <summary>Records version 1 of every item of a period as published: where each item's history starts.</summary>
    public async Task RecordFirstVersionsAsync(Guid periodId, PlanAuthor author, CancellationToken cancellationToken = default)
    {
        var view = await new PlanReader(db).ViewAsync(periodId, cancellationToken)
            ?? throw new InvalidOperationException("No such plan period.");
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (kind, id, item) in view.AllItems())
        {
            db.PlanRevisions.Add(new PlanRevision
            {
                ItemKind = kind,
                ItemId = id,
                PeriodId = periodId,
                Version = 1,
                Content = PlanItems.Serialize(view.Content(item)),
                AuthorId = author.Id,
                AuthorName = author.Name,
                CreatedAt = now,
                PublishedAt = now,
                PublishedByName = author.Name,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        PlanReader.Invalidate();
    }

    /// <summary>
    /// Starts the next plan as a draft by copying everything in <paramref name="fromPeriodId"/>: new ids, each row
    /// remembering the row it was carried forward from.
    /// </summary>
    public async Task<PlanPeriod> StartPeriodAsync(Guid fromPeriodId, string slug, string title, DateOnly startsOn, DateOnly endsOn, PlanAuthor author, CancellationToken cancellationToken = default)
    {
        var from = await new PlanReader(db).ViewAsync(fromPeriodId, cancellationToken)
            ?? throw new InvalidOperationException("No such plan period.");
        var period = new PlanPeriod
        {
            Id = Guid.NewGuid(),
            Slug = slug,
            Title = title,
            StartsOn = startsOn,
            EndsOn = endsOn,
            Status = PlanPeriodStatus.Draft,
            CarriedForwardFromId = from.Period.Id,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.PlanPeriods.Add(period);
        var newIds = new Dictionary<Guid, Guid>();
        Guid NewId(Guid old) => newIds[old] = Guid.NewGuid();
        foreach (var o in from.Outcomes)
        {
            db.Outcomes.Add(new Outcome { Id = NewId(o.Id), PeriodId = period.Id, CarriedForwardFromId = o.Id, Number = o.Number, ShortTitle = o.ShortTitle, Statement = o.Statement, Summary = o.Summary, Body = o.Body });
        }

        foreach (var f in from.FocusAreas)
        {
            db.FocusAreas.Add(new FocusArea { Id = NewId(f.Id), PeriodId = period.Id, CarriedForwardFromId = f.Id, Number = f.Number, Title = f.Title, Body = f.Body });
        }

        foreach (var s in from.Statements)
        {
            db.DifferenceStatements.Add(new DifferenceStatement { Id = NewId(s.Id), PeriodId = period.Id, CarriedForwardFromId = s.Id, Number = s.Number, Text = s.Text });
        }

        foreach (var p in from.Principles)
        {
            db.Principles.Add(new Principle { Id = Guid.NewGuid(), PeriodId = period.Id, CarriedForwardFromId = p.Id, Number = p.Number, Letter = p.Letter, Word = p.Word, Description = p.Description });
        }

        foreach (var b in from.Behaviours)
        {
            db.Behaviours.Add(new Behaviour { Id = Guid.NewGuid(), PeriodId = period.Id, CarriedForwardFromId = b.Id, Number = b.Number, Text = b.Text });
        }

        foreach (var b in from.Beliefs)
        {
            db.Beliefs.Add(new Belief { Id = Guid.NewGuid(), PeriodId = period.Id, CarriedForwardFromId = b.Id, Number = b.Number, Text = b.Text });
        }

        foreach (var s in from.Sections)
        {
            db.PlanSections.Add(new PlanSection { Id = Guid.NewGuid(), PeriodId = period.Id, CarriedForwardFromId = s.Id, Key = s.Key, SortOrder = s.SortOrder, Title = s.Title, Body = s.Body });
        }

        foreach (var link in from.Links)
        {
            db.OutcomeLinks.Add(new OutcomeLink { Id = Guid.NewGuid(), OutcomeId = newIds[link.OutcomeId], Target = link.Target, TargetId = newIds[link.TargetId] });
        }

        await db.SaveChangesAsync(cancellationToken);
        PlanReader.Invalidate();
        await RecordFirstVersionsAsync(period.Id, author, cancellationToken);
        return period;
    }

    /// <summary>Makes a period the live plan; the one that was live becomes archived. False if it was already live.</summary>
    public async Task<bool> MakeLiveAsync(Guid periodId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var period = await db.PlanPeriods.FirstAsync(p => p.Id == periodId, cancellationToken);
        if (period.Status == PlanPeriodStatus.Live)
        {
            return false;
        }

        // Archive first, in its own statement, so the "one live plan" index never sees two.
        foreach (var live in await db.PlanPeriods.Where(p => p.Status == PlanPeriodStatus.Live).ToListAsync(cancellationToken))
        {
            live.Status = PlanPeriodStatus.Archived;
        }

        await db.SaveChangesAsync(cancellationToken);
        PlanReader.Invalidate();
        period.Status = PlanPeriodStatus.Live;
        await db.SaveChangesAsync(cancellationToken);
        PlanReader.Invalidate();
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
