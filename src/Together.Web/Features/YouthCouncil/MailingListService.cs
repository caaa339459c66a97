using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Together.Web.Infrastructure.Branding;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;

namespace Together.Web.Features.YouthCouncil;

/// <summary>
/// The Youth Council mailing list: double opt-in, a parent or carer's agreement for 12 and under, leaving with one
/// link, and deletion (never flagging) of everything about someone who leaves or goes quiet. One instance per request.
/// </summary>
public sealed class MailingListService(TogetherDbContext db, NotificationOutbox outbox, IOptions<BrandOptions> brand, TimeProvider clock)
{
    /// <summary>Every mailing-list message's outbox category starts with this, so a leaver's messages can be found and erased.</summary>
    public const string CategoryPrefix = "mailing-list.";
    public const string ConfirmCategory = CategoryPrefix + "confirm";
    public const string ParentCategory = CategoryPrefix + "parent";
    public const string AlreadyCategory = CategoryPrefix + "already";
    public const string RemovedAddress = "removed@removed.invalid";

    public static string NewsletterCategory(Guid newsletterId) => $"{CategoryPrefix}newsletter:{newsletterId:N}";

    public static string LeavePath(string unsubscribeToken) => $"/youth-council/mailing-list/leave/{unsubscribeToken}";

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    /// <summary>
    /// Adds or refreshes a sign-up and emails the address. The answer is the same whether or not the address was
    /// already on the list, so the form never tells anyone who is subscribed.
    /// </summary>
    public async Task SignUpAsync(string email, AgeBand band, string? parentEmail, string origin, CancellationToken cancellationToken)
    {
        email = Normalise(email);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.MailingListSubscribers.FirstOrDefaultAsync(s => s.Email == email, cancellationToken);
        if (existing is { Status: SubscriberStatus.Confirmed or SubscriberStatus.AwaitingParent })
        {
            // Nothing changes for someone already confirmed: a stranger typing their address must not alter their sign-up.
            outbox.Enqueue(email, "You are already on the Youth Council mailing list", AlreadyText(existing, origin), AlreadyCategory, origin + LeavePath(existing.UnsubscribeToken));
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var subscriber = existing ?? new MailingListSubscriber
        {
            Id = Guid.NewGuid(),
            Email = email,
            CreatedAt = now,
            UnsubscribeToken = NewToken(),
        };
        var token = NewToken();
        subscriber.AgeBand = band;
        subscriber.Status = SubscriberStatus.AwaitingConfirmation;
        subscriber.ConfirmTokenHash = Hash(token);
        subscriber.ConfirmTokenExpiresAt = now + InvolvementLimits.LinkLifetime;
        subscriber.ParentEmail = band == AgeBand.Under13 ? Normalise(parentEmail!) : null;
        subscriber.LastActiveAt = now;
        if (existing is null)
        {
            db.MailingListSubscribers.Add(subscriber);
        }

        outbox.Enqueue(email, "Confirm you want to join the Youth Council mailing list", ConfirmText(subscriber, token, origin), ConfirmCategory, origin + LeavePath(subscriber.UnsubscribeToken));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (existing is null)
        {
            // Two sign-ups for one new address raced; the first stored it and sent its email. The answer is the same.
            db.ChangeTracker.Clear();
        }
    }

    public enum LinkState
    {
        Valid,
        Expired,
        UsedOrUnknown,
    }

    public async Task<(LinkState State, MailingListSubscriber? Subscriber)> FindByConfirmTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (!LooksLikeToken(token))
        {
            return (LinkState.UsedOrUnknown, null);
        }

        var hash = Hash(token!);
        var subscriber = await db.MailingListSubscribers.FirstOrDefaultAsync(s => s.ConfirmTokenHash == hash, cancellationToken);
        return State(subscriber, subscriber?.ConfirmTokenExpiresAt);
    }

    public async Task<(LinkState State, MailingListSubscriber? Subscriber)> FindByParentTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (!LooksLikeToken(token))
        {
            return (LinkState.UsedOrUnknown, null);
        }

        var hash = Hash(token!);
        var subscriber = await db.MailingListSubscribers.FirstOrDefaultAsync(s => s.ParentTokenHash == hash, cancellationToken);
        return State(subscriber, subscriber?.ParentTokenExpiresAt);
    }

    /// <summary>The address has been confirmed from its inbox: 13 and over are on the list; 12 and under now wait for a parent or carer.</summary>
    public async Task<SubscriberStatus> ConfirmAsync(MailingListSubscriber subscriber, string origin, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        subscriber.ConfirmTokenHash = null;
        subscriber.ConfirmTokenExpiresAt = null;
        subscriber.LastActiveAt = now;
        if (subscriber.AgeBand == AgeBand.Under13)
        {
            // UK GDPR Article 8 and the Data Protection Act 2018 s.9: under 13s need a parent or carer's consent.
            var parentEmail = subscriber.ParentEmail ?? throw new InvalidOperationException("A sign-up for 12 and under has no parent or carer's address.");
            var token = NewToken();
            subscriber.Status = SubscriberStatus.AwaitingParent;
            subscriber.ParentTokenHash = Hash(token);
            subscriber.ParentTokenExpiresAt = now + InvolvementLimits.LinkLifetime;
            outbox.Enqueue(parentEmail, "Your child asked to join the Youth Council mailing list", ParentText(subscriber, token, origin), ParentCategory);
        }
        else
        {
            subscriber.Status = SubscriberStatus.Confirmed;
            subscriber.ConfirmedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return subscriber.Status;
    }

    /// <summary>The parent or carer answered. Either way their email address is deleted now: it has been used.</summary>
    public async Task ParentAnswerAsync(MailingListSubscriber subscriber, bool agreed, CancellationToken cancellationToken)
    {
        if (!agreed)
        {
            await RemoveAsync(subscriber, cancellationToken);
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        subscriber.ParentEmail = null;
        subscriber.ParentTokenHash = null;
        subscriber.ParentTokenExpiresAt = null;
        subscriber.ParentAgreedAt = now;
        subscriber.Status = SubscriberStatus.Confirmed;
        subscriber.ConfirmedAt = now;
        subscriber.LastActiveAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<MailingListSubscriber?> FindByUnsubscribeTokenAsync(string? token, CancellationToken cancellationToken) =>
        LooksLikeToken(token)
            ? db.MailingListSubscribers.FirstOrDefaultAsync(s => s.UnsubscribeToken == token, cancellationToken)
            : Task.FromResult<MailingListSubscriber?>(null);

    /// <summary>"Keep me on the list": the 24 months start again.</summary>
    public async Task StayAsync(MailingListSubscriber subscriber, CancellationToken cancellationToken)
    {
        subscriber.LastActiveAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Deletes the subscriber's row, deletes their unsent list mail and blanks the address and text of list mail
    /// already sent to them (the outbox keeps the row, so newsletter delivery counts stay true).
    /// </summary>
    public async Task RemoveAsync(MailingListSubscriber subscriber, CancellationToken cancellationToken)
    {
        var addresses = new[] { subscriber.Email, subscriber.ParentEmail }.Where(a => a is not null).Cast<string>().ToList();
        db.MailingListSubscribers.Remove(subscriber);
        await db.SaveChangesAsync(cancellationToken);
        await EraseListMailAsync(addresses, cancellationToken);
    }

    public sealed record CleanupResult(int ExpiredSignUps, int Inactive, int InterestDrafts, int Interests);

    /// <summary>
    /// Deletes unconfirmed sign-ups whose link has expired (with any parent's address), subscribers inactive for
    /// 24 months, unfinished "express interest" journeys and old expressions of interest. Runs every hour.
    /// </summary>
    public async Task<CleanupResult> CleanUpAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var inactiveSince = now.AddMonths(-InvolvementLimits.InactiveMonths);
        var expired = await db.MailingListSubscribers
            .Where(s => (s.Status == SubscriberStatus.AwaitingConfirmation && s.ConfirmTokenExpiresAt < now)
                || (s.Status == SubscriberStatus.AwaitingParent && s.ParentTokenExpiresAt < now))
            .ToListAsync(cancellationToken);
        var inactive = await db.MailingListSubscribers
            .Where(s => s.Status == SubscriberStatus.Confirmed && s.LastActiveAt < inactiveSince)
            .ToListAsync(cancellationToken);
        var addresses = expired.Concat(inactive).SelectMany(s => new[] { s.Email, s.ParentEmail }).Where(a => a is not null).Cast<string>().ToList();
        db.MailingListSubscribers.RemoveRange(expired);
        db.MailingListSubscribers.RemoveRange(inactive);

        var draftsBefore = now - InvolvementLimits.DraftLifetime;
        var drafts = await db.InterestDrafts.Where(d => d.UpdatedAt < draftsBefore).ToListAsync(cancellationToken);
        db.InterestDrafts.RemoveRange(drafts);
        var interestsBefore = now.AddMonths(-InvolvementLimits.InterestRetentionMonths);
        var interests = await db.YouthCouncilInterests.Where(i => i.ReceivedAt < interestsBefore).ToListAsync(cancellationToken);
        db.YouthCouncilInterests.RemoveRange(interests);
        await db.SaveChangesAsync(cancellationToken);
        await EraseListMailAsync(addresses, cancellationToken);
        return new CleanupResult(expired.Count, inactive.Count, drafts.Count, interests.Count);
    }

    private async Task EraseListMailAsync(List<string> addresses, CancellationToken cancellationToken)
    {
        if (addresses.Count == 0)
        {
            return;
        }

        // Only list mail: any other email to the same address (a contact reply, say) belongs to another record.
        var listMail = db.Set<OutboxMessage>().Where(m => addresses.Contains(m.ToAddress) && m.Category.StartsWith(CategoryPrefix));
        await listMail.Where(m => m.SentAt == null).ExecuteDeleteAsync(cancellationToken);
        await listMail.ExecuteUpdateAsync(
            set => set
                .SetProperty(m => m.ToAddress, RemovedAddress)
                .SetProperty(m => m.TextBody, "Removed: the person left the mailing list.")
                .SetProperty(m => m.ListUnsubscribeUrl, (string?)null),
            cancellationToken);
    }

    /// <summary>
    /// 43 characters of lower-case letters and digits (about 222 bits). Lower case because the site generates
    /// lower-case URLs, and a form posting back to its own address would otherwise change the token.
    /// </summary>
    public static string NewToken() => RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", InvolvementLimits.TokenLength);

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static bool LooksLikeToken(string? token) =>
        token is { Length: InvolvementLimits.TokenLength } && token.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));

    private (LinkState, MailingListSubscriber?) State(MailingListSubscriber? subscriber, DateTime? expiresAt) =>
        subscriber is null ? (LinkState.UsedOrUnknown, null)
        : expiresAt is null || expiresAt < clock.GetUtcNow().UtcDateTime ? (LinkState.Expired, subscriber)
        : (LinkState.Valid, subscriber);

    private string Footer(MailingListSubscriber subscriber, string origin) =>
        $"\n\n---\nTo leave the Youth Council mailing list, open this link: {origin}{LeavePath(subscriber.UnsubscribeToken)}\n"
        + $"We keep only your email address and age group. We delete them when you leave, or if you have not been in touch for 2 years.\n"
        + $"{brand.Value.PartnershipName}\n";

    private string ConfirmText(MailingListSubscriber subscriber, string token, string origin)
    {
        var under13 = subscriber.AgeBand == AgeBand.Under13
            ? "\nYou told us you are 12 or under, so after you press Confirm we will email your parent or carer and ask them to say yes too. You will start getting emails when they do.\n"
            : "";
        return "Hello,\n\n"
            + "Someone (we hope it was you) asked to join the Youth Council mailing list with this email address.\n\n"
            + $"To say yes, open this link and press the Confirm button:\n{origin}/youth-council/mailing-list/confirm/{token}\n"
            + under13
            + "\nThe link works once and stops working after 7 days.\n\n"
            + "If it was not you, you do not need to do anything. We will delete this email address in 7 days."
            + Footer(subscriber, origin);
    }

    private string ParentText(MailingListSubscriber subscriber, string token, string origin) =>
        "Hello,\n\n"
        + $"A young person who told us they are 12 or under has asked to join the Youth Council mailing list. They used the email address {subscriber.Email} and gave us your email address so you can tell us if this is OK.\n\n"
        + "What they will get: emails with news from the Cheshire East Youth Council, about once a month. They can leave at any time with the link in every email.\n\n"
        + "What we keep: their email address and age group only. We keep your email address only until you answer, or for 7 days if you do not.\n\n"
        + $"To say yes or no, open this link:\n{origin}/youth-council/mailing-list/parent/{token}\n\n"
        + "If you do nothing, we will not add them, and we will delete both email addresses in 7 days.\n\n"
        + $"If you have a question, email {brand.Value.ContactEmail}.\n\n"
        + brand.Value.PartnershipName + "\n";

    private string AlreadyText(MailingListSubscriber subscriber, string origin) =>
        "Hello,\n\n"
        + "Someone asked to join the Youth Council mailing list with this email address. "
        + (subscriber.Status == SubscriberStatus.Confirmed
            ? "You are already on the list, so there is nothing more to do."
            : "We are already waiting for a parent or carer to say yes, so there is nothing more to do.")
        + "\n\nIf it was not you, you can ignore this email."
        + Footer(subscriber, origin);

    /// <summary>The newsletter as the subscriber receives it: the Markdown source is readable as plain text.</summary>
    public string NewsletterText(Newsletter newsletter, MailingListSubscriber subscriber, string origin) =>
        newsletter.BodyMarkdown.TrimEnd() + "\n" + Footer(subscriber, origin)
        + $"To stay on the list for another 2 years, open the same link and choose \"Stay on the list\".\n";
}
