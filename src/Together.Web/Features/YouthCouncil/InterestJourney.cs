using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Areas;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.YouthCouncil;

/// <summary>"Express interest in joining the Youth Council": finds a draft and works out which question comes next.</summary>
public sealed class InterestJourney(TogetherDbContext db, TimeProvider clock)
{
    public const string NotSure = "not-sure";

    public async Task<InterestDraft?> FindDraftAsync(Guid id, CancellationToken cancellationToken)
    {
        var oldest = clock.GetUtcNow().UtcDateTime - InvolvementLimits.DraftLifetime;
        return await db.InterestDrafts.FirstOrDefaultAsync(d => d.Id == id && d.UpdatedAt >= oldest, cancellationToken);
    }

    public Task<bool> IsSentAsync(Guid id, CancellationToken cancellationToken) =>
        db.YouthCouncilInterests.AnyAsync(i => i.Id == id, cancellationToken);

    public void Touch(InterestDraft draft) => draft.UpdatedAt = clock.GetUtcNow().UtcDateTime;

    /// <summary>The Cheshire East localities, in their usual order, for "Where do you live?".</summary>
    public Task<List<Area>> LocalitiesAsync(CancellationToken cancellationToken) =>
        db.Areas.AsNoTracking().Where(a => a.Kind == AreaKind.Locality).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);

    /// <summary>The first question not yet answered (or no longer valid), else Check your answers.</summary>
    public static string NextPage(InterestDraft draft) =>
        draft.FirstName is null || draft.AgeBand is null || draft.LocalityId is null ? "/YouthCouncil/Join/Index"
        : draft.ContactWho is null || !ContactIsValid(draft) ? "/YouthCouncil/Join/Contact"
        : !draft.IdeasAnswered ? "/YouthCouncil/Join/Ideas"
        : "/YouthCouncil/Join/Check";

    /// <summary>12 and under must give a parent or carer's details (UK GDPR Article 8); everyone needs an email or a phone number.</summary>
    public static bool ContactIsValid(InterestDraft draft) =>
        (draft.AgeBand != AgeBand.Under13 || draft.ContactWho == ContactWho.ParentOrCarer)
        && (draft.ContactWho != ContactWho.ParentOrCarer || draft.ContactName is not null)
        && (draft.ContactEmail is not null || draft.ContactPhone is not null);

    /// <summary>A UK phone number as people type it: digits, spaces, brackets, dashes and a leading +, 10 to 13 digits.</summary>
    public static bool IsPhoneNumber(string value) =>
        value.Length <= InvolvementLimits.PhoneMaxLength
        && value.All(c => char.IsAsciiDigit(c) || c is ' ' or '(' or ')' or '-' or '+')
        && value.Count(char.IsAsciiDigit) is >= 10 and <= 13;

    public static string ContactLabel(ContactWho who) => who == ContactWho.Me ? "Me" : "My parent or carer";

    public static string StatusLabel(InterestStatus status) => status switch
    {
        InterestStatus.New => "New",
        InterestStatus.Contacted => "Contacted",
        _ => "Closed",
    };

    public static string StatusTag(InterestStatus status) => status switch
    {
        InterestStatus.New => "govuk-tag--blue",
        InterestStatus.Contacted => "govuk-tag--yellow",
        _ => "govuk-tag--grey",
    };
}
