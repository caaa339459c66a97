using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Voice;

/// <summary>A consultation that is not a draft, with every version of its survey, parsed, in version order.</summary>
public sealed record CataloguedSurvey(Consultation Consultation, IReadOnlyList<(SurveyVersion Version, SurveyDefinition Survey)> Versions)
{
    public (SurveyVersion Version, SurveyDefinition Survey)? Latest => Versions.Count == 0 ? null : Versions[^1];

    public (SurveyVersion Version, SurveyDefinition Survey)? Find(int number)
    {
        foreach (var v in Versions)
        {
            if (v.Version.Number == number)
            {
                return v;
            }
        }

        return null;
    }
}

/// <summary>
/// Consultations and their parsed survey versions as the response API needs them, kept in memory: every response
/// otherwise read the consultation and its survey and parsed the survey again (measured under load: about a sixth of
/// the server's time went on those queries). Any save that touches a consultation or a survey version empties the cache
/// at once on this server (a <see cref="Infrastructure.Caching.ChangeWatcher"/>); other servers see a change within
/// <see cref="Lifetime"/>, so a consultation closed early may take answers there for up to that long. Whether a
/// consultation is open by its dates is still decided on every request. Unknown ids are not cached.
/// The cached objects are shared between requests and must only be read.
/// </summary>
public sealed class SurveyCatalogue(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private static long generation;

    public static void Invalidate() => Interlocked.Increment(ref generation);

    public async Task<CataloguedSurvey?> FindAsync(TogetherDbContext db, Guid consultationId, CancellationToken ct)
    {
        var key = $"voice-survey:{Interlocked.Read(ref generation)}:{consultationId:N}";
        if (cache.TryGetValue(key, out CataloguedSurvey? cached))
        {
            return cached;
        }

        var consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consultationId && c.Status != ConsultationStatus.Draft, ct);
        if (consultation is null)
        {
            return null;
        }

        var versions = await db.SurveyVersions.AsNoTracking().Where(v => v.ConsultationId == consultationId).OrderBy(v => v.Number).ToListAsync(ct);
        var entry = new CataloguedSurvey(consultation, versions.Select(v => (v, SurveyDefinition.FromJson(v.DefinitionJson))).ToList());
        cache.Set(key, entry, Lifetime);
        return entry;
    }
}
