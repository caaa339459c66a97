using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;

namespace Together.Web.Features.Voice.WeDid;

/// <summary>
/// Email updates on "we did" commitments: sign-up with double opt-in (and, under 13, a parent's or carer's
/// confirmation by email), confirmation, one-click unsubscribe, and the email sent when a commitment's status
/// changes. Every email goes through the outbox, saved with the change that caused it.
/// </summary>
public sealed class UpdateSubscriptions(TogetherDbContext db, NotificationOutbox outbox, TimeProvider clock)
{
    public const string Category = "voice-updates";

    /// <summary>How long a sign-up waits for its confirmations before it is deleted.</summary>
    public static readonly TimeSpan ConfirmWithin = TimeSpan.FromDays(7);

    /// <summary>A repeated sign-up within this time sends nothing more (a double submit, or someone pressing again).</summary>
    public static readonly TimeSpan ResendAfter = TimeSpan.FromMinutes(15);

    public sealed record SignUp(string Email, SubscriberAge Age, string? ParentEmail, Guid? ConsultationId, Guid? CommitmentId, string About, string AboutPath);

    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    /// <summary>
    /// Records a sign-up and emails the confirmation link(s). Says nothing about whether the address was already
    /// signed up, so the page cannot be used to find out who gets updates.
    /// </summary>
    public async Task SignUpAsync(SignUp request, string origin, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await DeleteExpiredAsync(now, ct);
        var email = Normalise(request.Email);
        var scope = UpdateSubscription.ScopeFor(request.ConsultationId, request.CommitmentId);
        var existing = await db.UpdateSubscriptions.SingleOrDefaultAsync(s => s.Email == email && s.Scope == scope, ct);
        if (existing is not null)
        {
            if (existing.ConfirmedAt is not null || now - existing.CreatedAt < ResendAfter)
            {
                return;
            }

            db.UpdateSubscriptions.Remove(existing);
            await db.SaveChangesAsync(ct);
        }

        var confirmToken = NewToken();
        var parentToken = request.Age == SubscriberAge.Under13 ? NewToken() : null;
        var subscription = new UpdateSubscription
        {
            Id = Guid.NewGuid(),
            Scope = scope,
            ConsultationId = request.CommitmentId is null ? request.ConsultationId : null,
            CommitmentId = request.CommitmentId,
            Email = email,
            Age = request.Age,
            ConsentGivenAt = now,
            CreatedAt = now,
            ExpiresAt = now + ConfirmWithin,
            ConfirmTokenHash = Hash(confirmToken),
            ParentEmail = parentToken is null ? null : Normalise(request.ParentEmail!),
            ParentTokenHash = parentToken is null ? null : Hash(parentToken),
            UnsubscribeToken = NewToken(),
        };
        db.UpdateSubscriptions.Add(subscription);
        var expires = VoiceText.Date(subscription.ExpiresAt);
        outbox.Enqueue(
            email,
            "Confirm you want email updates",
            $"""
            You asked for an email when there is news about:

            {request.About}

            To start getting updates, open this link and press "Confirm":

            {origin}/updates/confirm/{confirmToken}

            {(parentToken is null ? "" : "Because you told us you are 12 or under, we have also asked your parent or carer to say yes. You will only get updates once you have both confirmed.\n\n")}The link works until {expires}. If you did not ask for this, ignore this email and you will not hear from us again.
            """,
            Category);
        if (parentToken is not null)
        {
            outbox.Enqueue(
                subscription.ParentEmail!,
                "Your child asked for email updates from the Children and Young People's Trust",
                $"""
                Someone who told us they are 12 or under asked for emails about:

                {request.About}

                The emails would go to: {email}

                They would only be told when what the partnership is doing about it changes. We do not send anything else, and we never link an email address to anyone's answers to a survey.

                Because they are under 13, we need a parent or carer to agree. To say yes, open this link:

                {origin}/updates/parent/{parentToken}

                If you do nothing, or choose "No" on that page, we will delete the request by {expires} and send nothing more.
                """,
                Category);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same sign-up arrived twice at once: the unique address-and-subject index let one in.
        }
    }

    public async Task<UpdateSubscription?> FindByConfirmTokenAsync(string? token, CancellationToken ct) =>
        IsToken(token) ? await LiveAsync(db.UpdateSubscriptions.Where(s => s.ConfirmTokenHash == Hash(token!)), ct) : null;

    public async Task<UpdateSubscription?> FindByParentTokenAsync(string? token, CancellationToken ct) =>
        IsToken(token) ? await LiveAsync(db.UpdateSubscriptions.Where(s => s.ParentTokenHash == Hash(token!)), ct) : null;

    public async Task<UpdateSubscription?> FindByUnsubscribeTokenAsync(string? token, CancellationToken ct) =>
        IsToken(token) ? await db.UpdateSubscriptions.SingleOrDefaultAsync(s => s.UnsubscribeToken == token, ct) : null;

    private async Task<UpdateSubscription?> LiveAsync(IQueryable<UpdateSubscription> query, CancellationToken ct)
    {
        var subscription = await query.SingleOrDefaultAsync(ct);
        return subscription is not null && (subscription.ConfirmedAt is not null || subscription.ExpiresAt > clock.GetUtcNow().UtcDateTime) ? subscription : null;
    }

    private static bool IsToken(string? token) => token is { Length: >= 40 and <= 64 };

    public async Task ConfirmEmailAsync(UpdateSubscription subscription, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        subscription.EmailConfirmedAt ??= now;
        Complete(subscription, now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The parent or carer said yes on the page their email linked to: the time is the record of consent.</summary>
    public async Task ConfirmParentAsync(UpdateSubscription subscription, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        subscription.ParentConfirmedAt ??= now;
        Complete(subscription, now);
        await db.SaveChangesAsync(ct);
    }

    private static void Complete(UpdateSubscription subscription, DateTime now)
    {
        if (subscription.ConfirmedAt is null && subscription.EmailConfirmedAt is not null && (!subscription.NeedsParent || subscription.ParentConfirmedAt is not null))
        {
            subscription.ConfirmedAt = now;
        }
    }

    /// <summary>Unsubscribing (or a parent saying no) deletes the record: nothing is kept about the address.</summary>
    public async Task RemoveAsync(UpdateSubscription subscription, CancellationToken ct)
    {
        db.UpdateSubscriptions.Remove(subscription);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Removed by a second press at the same moment: the result is the same.
        }
    }

    private async Task DeleteExpiredAsync(DateTime now, CancellationToken ct) =>
        await db.UpdateSubscriptions.Where(s => s.ConfirmedAt == null && s.ExpiresAt <= now).ExecuteDeleteAsync(ct);

    /// <summary>
    /// Queues one email to each confirmed subscriber of the commitment or of any consultation it answers, however
    /// many of those they signed up to. The caller saves, so the emails go only if the change is stored.
    /// </summary>
    public async Task<int> QueueStatusChangeAsync(Commitment commitment, CommitmentUpdate update, string origin, CancellationToken ct)
    {
        var consultations = await db.CommitmentConsultations.Where(l => l.CommitmentId == commitment.Id).Select(l => (Guid?)l.ConsultationId).ToListAsync(ct);
        var subscribers = await db.UpdateSubscriptions.AsNoTracking()
            .Where(s => s.ConfirmedAt != null && (s.CommitmentId == commitment.Id || consultations.Contains(s.ConsultationId)))
            .ToListAsync(ct);
        var count = 0;
        foreach (var group in subscribers.GroupBy(s => s.Email, StringComparer.Ordinal))
        {
            var stop = string.Join("\n", group.OrderBy(s => s.CommitmentId is null).Select(s => $"{origin}/updates/unsubscribe/{s.UnsubscribeToken}"));
            outbox.Enqueue(
                group.Key,
                $"Update: {commitment.Title} is now {WeDidText.Status(commitment.Status).ToLowerInvariant()}",
                $"""
                You asked us to tell you when this changes.

                {commitment.Title}
                Status: {WeDidText.Status(commitment.Status)}
                Progress: {commitment.Progress}%

                {update.Text}

                Read more: {origin}/you-said-we-did/{commitment.Id}

                To stop these emails, open this link:
                {stop}
                """,
                Category);
            count++;
        }

        return count;
    }
}
