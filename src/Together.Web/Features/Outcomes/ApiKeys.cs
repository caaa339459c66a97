using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Outcomes;

/// <summary>
/// Issues and withdraws the keys partners' systems use with the figures API. The key itself is shown once and never
/// stored: only its SHA-256 hash (checked by the API) and its first characters (so people can tell keys apart).
/// </summary>
public sealed class ApiKeys(TogetherDbContext db, TimeProvider clock)
{
    public const int MaxNameLength = 200;
    public const string KeyStart = "tog_";

    public sealed record Issued(OutcomesApiToken Token, string? Key, bool AlreadyIssued);

    /// <summary>
    /// Issues a key for the organisation. A repeated submit of the same form (same request id) issues nothing new and
    /// returns the key already made, without its secret (it was shown once).
    /// </summary>
    public async Task<Issued> IssueAsync(Guid organisationId, string name, Guid requestId, string issuedBy, CancellationToken cancellationToken)
    {
        var earlier = await db.OutcomesApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.IssueRequestId == requestId, cancellationToken);
        if (earlier is not null)
        {
            return new Issued(earlier, null, true);
        }

        var key = KeyStart + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = new OutcomesApiToken
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisationId,
            Name = name.Trim(),
            TokenHash = OutcomesSetup.HashToken(key),
            Prefix = key[..12],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = issuedBy.Length > 256 ? issuedBy[..256] : issuedBy,
            IssueRequestId = requestId,
        };
        db.OutcomesApiTokens.Add(token);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form was submitted twice at once and the other request won: its key stands.
            db.Entry(token).State = EntityState.Detached;
            var winner = await db.OutcomesApiTokens.AsNoTracking().FirstAsync(t => t.IssueRequestId == requestId, cancellationToken);
            return new Issued(winner, null, true);
        }

        return new Issued(token, key, false);
    }

    /// <summary>Withdraws a key at once: the API refuses it from the next request. Revoking twice changes nothing.</summary>
    public async Task<bool> RevokeAsync(OutcomesApiToken token, string revokedBy, CancellationToken cancellationToken)
    {
        if (token.RevokedAt is not null)
        {
            return false;
        }

        token.RevokedAt = clock.GetUtcNow().UtcDateTime;
        token.RevokedBy = revokedBy.Length > 256 ? revokedBy[..256] : revokedBy;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
