using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Governance;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Voice.WeDid;

/// <summary>A link to a public board meeting or decision.</summary>
public sealed record GovernanceLink(string Text, string Url, DateTime At);

public sealed record CommitmentView(
    Commitment Commitment,
    string Owner,
    IReadOnlyList<Consultation> Consultations,
    GovernanceLink? Meeting,
    GovernanceLink? Decision,
    IReadOnlyList<CommitmentUpdate> Updates);

public sealed record ListeningView(
    Consultation Consultation,
    ListeningRecord? Record,
    WhoAnsweredSummary WhoAnswered,
    IReadOnlyList<(ListeningHearing Hearing, GovernanceLink? Meeting)> Hearings,
    IReadOnlyList<CommitmentView> Commitments);

/// <summary>
/// Reads "we did" for public pages. Only commitments linked to a consultation whose results are published are
/// public, and only public meetings (agenda published) and public decisions (not exempt) are linked.
/// </summary>
public sealed class WeDidReader(TogetherDbContext db)
{
    /// <summary>Commitments that are public, optionally only those for one consultation.</summary>
    public async Task<IReadOnlyList<CommitmentView>> PublishedCommitmentsAsync(Guid? consultationId, CancellationToken ct)
    {
        var published = db.Consultations.Where(c => c.Status == ConsultationStatus.ResultsPublished).Select(c => c.Id);
        var links = await db.CommitmentConsultations.AsNoTracking()
            .Where(l => published.Contains(l.ConsultationId))
            .ToListAsync(ct);
        var ids = links.Where(l => consultationId is null || l.ConsultationId == consultationId).Select(l => l.CommitmentId).Distinct().ToList();
        return await ViewsAsync(ids, links, ct);
    }

    /// <summary>One public commitment, or null when it is unknown or none of its consultations has published results.</summary>
    public async Task<CommitmentView?> PublishedCommitmentAsync(Guid id, CancellationToken ct)
    {
        var published = db.Consultations.Where(c => c.Status == ConsultationStatus.ResultsPublished).Select(c => c.Id);
        var links = await db.CommitmentConsultations.AsNoTracking().Where(l => l.CommitmentId == id && published.Contains(l.ConsultationId)).ToListAsync(ct);
        return links.Count == 0 ? null : (await ViewsAsync([id], links, ct)).SingleOrDefault();
    }

    private async Task<IReadOnlyList<CommitmentView>> ViewsAsync(List<Guid> ids, List<CommitmentConsultation> links, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var commitments = await db.Commitments.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var consultationIds = links.Select(l => l.ConsultationId).Distinct().ToList();
        var consultations = await db.Consultations.AsNoTracking().Where(c => consultationIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var ownerIds = commitments.Select(c => c.OwnerOrganisationId).Distinct().ToList();
        var owners = await db.Organisations.AsNoTracking().Where(o => ownerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var updates = (await db.CommitmentUpdates.AsNoTracking().Where(u => ids.Contains(u.CommitmentId)).ToListAsync(ct))
            .OrderByDescending(u => u.At).ToLookup(u => u.CommitmentId);
        var meetings = await PublicMeetingsAsync(commitments.Where(c => c.MeetingId is not null).Select(c => c.MeetingId!.Value), ct);
        var decisions = await PublicDecisionsAsync(commitments.Where(c => c.DecisionId is not null).Select(c => c.DecisionId!.Value), ct);

        return commitments
            .OrderBy(c => StatusOrder(c.Status)).ThenByDescending(c => c.UpdatedAt).ThenBy(c => c.Title, StringComparer.Ordinal)
            .Select(c => new CommitmentView(
                c,
                owners.GetValueOrDefault(c.OwnerOrganisationId, ""),
                links.Where(l => l.CommitmentId == c.Id && consultations.ContainsKey(l.ConsultationId)).Select(l => consultations[l.ConsultationId]).OrderBy(x => x.Title, StringComparer.Ordinal).ToList(),
                c.MeetingId is { } m ? meetings.GetValueOrDefault(m) : null,
                c.DecisionId is { } d ? decisions.GetValueOrDefault(d) : null,
                updates[c.Id].ToList()))
            .ToList();
    }

    /// <summary>In progress first, then planned, done, not doing: what is happening now leads.</summary>
    public static int StatusOrder(CommitmentStatus status) => status switch
    {
        CommitmentStatus.InProgress => 0,
        CommitmentStatus.Planned => 1,
        CommitmentStatus.Done => 2,
        _ => 3,
    };

    public async Task<Dictionary<Guid, GovernanceLink>> PublicMeetingsAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Board)
            .Where(m => wanted.Contains(m.Id) && m.Status != MeetingStatus.Draft).ToListAsync(ct);
        return meetings.ToDictionary(m => m.Id, m => new GovernanceLink($"{m.Board?.Name}, {MeetingTimes.Date(m.StartsAt)}", $"/meetings/{m.Id}", m.StartsAt));
    }

    /// <summary>Decisions taken in public only: an exempt decision is never linked from a public page.</summary>
    public async Task<Dictionary<Guid, GovernanceLink>> PublicDecisionsAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        var decisions = await db.Decisions.AsNoTracking().Include(d => d.Meeting).Include(d => d.AgendaItem)
            .Where(d => wanted.Contains(d.Id) && !d.AgendaItem!.IsExempt && d.Meeting!.Status != MeetingStatus.Draft).ToListAsync(ct);
        return decisions.ToDictionary(d => d.Id, d => new GovernanceLink($"{d.Title} ({MeetingTimes.Date(d.Meeting!.StartsAt)})", $"/meetings/decisions#decision-{d.Id}", d.RecordedAt));
    }

    /// <summary>The questions as last asked.</summary>
    public async Task<SurveyDefinition> SurveyAsync(Guid consultationId, CancellationToken ct) =>
        await ResponseJourneys.LatestVersionAsync(db, consultationId, ct) is { } version ? SurveyDefinition.FromJson(version.DefinitionJson) : new SurveyDefinition();

    public async Task<WhoAnsweredSummary> WhoAnsweredAsync(Guid consultationId, CancellationToken ct)
    {
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.ConsultationId == consultationId)
            .Select(r => new { r.Id, r.EasyRead }).ToListAsync(ct);
        var ageQuestions = (await db.SurveyVersions.AsNoTracking().Where(v => v.ConsultationId == consultationId).Select(v => v.DefinitionJson).ToListAsync(ct))
            .SelectMany(json => SurveyDefinition.FromJson(json).AllQuestions.Where(q => q.Type == QuestionType.AgeBand).Select(q => q.Id))
            .Distinct().ToList();
        var bands = await db.ResponseAnswers.AsNoTracking()
            .Where(a => ageQuestions.Contains(a.QuestionId) && db.SurveyResponses.Any(r => r.Id == a.ResponseId && r.ConsultationId == consultationId))
            .Select(a => new { a.ResponseId, a.Value }).ToListAsync(ct);
        var byResponse = new Dictionary<Guid, string>();
        foreach (var band in bands)
        {
            byResponse.TryAdd(band.ResponseId, band.Value);
        }

        return WhoAnswered.Compute(responses.Select(r => (r.Id, r.EasyRead)).ToList(), byResponse);
    }

    /// <summary>The Lundy-model record of a consultation whose results are published, or null.</summary>
    public async Task<ListeningView?> ListeningAsync(string slug, CancellationToken ct)
    {
        var consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug && c.Status == ConsultationStatus.ResultsPublished, ct);
        if (consultation is null)
        {
            return null;
        }

        var record = await db.ListeningRecords.AsNoTracking().SingleOrDefaultAsync(r => r.ConsultationId == consultation.Id, ct);
        var hearings = await db.ListeningHearings.AsNoTracking().Where(h => h.ConsultationId == consultation.Id).ToListAsync(ct);
        var meetings = await PublicMeetingsAsync(hearings.Where(h => h.MeetingId is not null).Select(h => h.MeetingId!.Value), ct);
        return new ListeningView(
            consultation,
            record,
            await WhoAnsweredAsync(consultation.Id, ct),
            hearings.OrderBy(h => h.HeardOn).Select(h => (h, h.MeetingId is { } m ? meetings.GetValueOrDefault(m) : null)).ToList(),
            await PublishedCommitmentsAsync(consultation.Id, ct));
    }
}
