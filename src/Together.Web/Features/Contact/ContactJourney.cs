using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Contact;

/// <summary>Finds a draft and works out which question comes next. One instance per request.</summary>
public sealed class ContactJourney(TogetherDbContext db, TimeProvider clock)
{
    /// <summary>The draft, unless it has expired; expired drafts are treated as never having existed.</summary>
    public async Task<ContactDraft?> FindDraftAsync(Guid id, CancellationToken cancellationToken)
    {
        var oldest = clock.GetUtcNow().UtcDateTime - ContactLimits.DraftLifetime;
        return await db.ContactDrafts.FirstOrDefaultAsync(d => d.Id == id && d.UpdatedAt >= oldest, cancellationToken);
    }

    public Task<bool> IsSentAsync(Guid id, CancellationToken cancellationToken) =>
        db.ContactMessages.AnyAsync(m => m.Id == id, cancellationToken);

    /// <summary>Deletes drafts nobody has touched for a day. Runs when a new draft starts, so no scheduler is needed.</summary>
    public Task DeleteExpiredDraftsAsync(CancellationToken cancellationToken)
    {
        var oldest = clock.GetUtcNow().UtcDateTime - ContactLimits.DraftLifetime;
        return db.ContactDrafts.Where(d => d.UpdatedAt < oldest).ExecuteDeleteAsync(cancellationToken);
    }

    public void Touch(ContactDraft draft) => draft.UpdatedAt = clock.GetUtcNow().UtcDateTime;

    /// <summary>The first question not yet answered, or Check your answers when all are: Change links come back here too.</summary>
    public static string NextPage(ContactDraft draft) =>
        draft.Message is null ? "/Contact/Index"
        : draft.Reply is null ? "/Contact/Reply"
        : !draft.AboutYouAnswered ? "/Contact/AboutYou"
        : "/Contact/Check";

    /// <summary>A plain check that an address could receive email; the reply itself is the real test.</summary>
    public static bool IsEmailAddress(string value) =>
        value.Length <= ContactLimits.EmailMaxLength
        && !value.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.StartsWith('.')
        && !address.Host.EndsWith('.');

    public static string Label(AgeBand band) => band switch
    {
        AgeBand.Under8 => "Under 8",
        AgeBand.From8To12 => "8 to 12",
        AgeBand.From13To17 => "13 to 17",
        AgeBand.From18To25 => "18 to 25",
        AgeBand.AdultParentOrCarer => "An adult, parent or carer",
        AgeBand.Professional => "Someone who works with children or young people",
        _ => "Prefer not to say",
    };

    public static string Label(ContactStatus status) => status switch
    {
        ContactStatus.New => "New",
        ContactStatus.InProgress => "In progress",
        ContactStatus.Answered => "Answered",
        _ => "Closed",
    };

    public static string TagClass(ContactStatus status) => status switch
    {
        ContactStatus.New => "govuk-tag--blue",
        ContactStatus.InProgress => "govuk-tag--yellow",
        ContactStatus.Answered => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };
}
