using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Features.Accounts;
using Together.Web.Features.Organisations;

namespace Together.Web.Infrastructure.Database
{
    public partial class TogetherDbContext
    {
        public DbSet<Invitation> Invitations => Set<Invitation>();
    }
}

namespace Together.Web.Features.Accounts
{
    /// <summary>
    /// An administrator's invitation to create an account. Staff accounts exist only by invitation. While the
    /// administrator answers the questions it is a draft (not sent); once sent it carries the hash of a single-use
    /// token (the token itself is only ever in the email) and expires after 7 days.
    /// </summary>
    public sealed class Invitation
    {
        public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

        public Guid Id { get; set; }
        public string Email { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public Guid? OrganisationId { get; set; }
        public Organisation? Organisation { get; set; }

        /// <summary>Role names, separated by commas (role names contain no commas).</summary>
        public string Roles { get; set; } = "";

        public string InvitedById { get; set; } = "";
        public DateTime CreatedAt { get; set; }
        public DateTime? SentAt { get; set; }
        public DateTime? ExpiresAt { get; set; }
        public string? TokenHash { get; set; }
        public DateTime? AcceptedAt { get; set; }
        public string? AcceptedUserId { get; set; }

        public IReadOnlyList<string> RoleList =>
            Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public InvitationState StateAt(DateTime now) =>
            AcceptedAt is not null ? InvitationState.Accepted
            : SentAt is null ? InvitationState.Draft
            : ExpiresAt <= now ? InvitationState.Expired
            : InvitationState.Pending;

        /// <summary>A new random token for the email link, and the hash stored in its place.</summary>
        public static (string Token, string Hash) NewToken()
        {
            var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            return (token, Hash(token));
        }

        public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    public enum InvitationState
    {
        Draft,
        Pending,
        Expired,
        Accepted,
    }

    internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
    {
        public void Configure(EntityTypeBuilder<Invitation> builder)
        {
            builder.ToTable("Invitations");
            builder.Property(i => i.Email).HasMaxLength(256);
            builder.Property(i => i.DisplayName).HasMaxLength(200);
            builder.Property(i => i.Roles).HasMaxLength(400);
            builder.Property(i => i.InvitedById).HasMaxLength(450);
            builder.Property(i => i.TokenHash).HasMaxLength(64);
            builder.Property(i => i.AcceptedUserId).HasMaxLength(450);
            builder.Ignore(i => i.RoleList);

            // Sending and accepting are state changes guarded by the database: a repeated or simultaneous submit loses.
            builder.Property(i => i.SentAt).IsConcurrencyToken();
            builder.Property(i => i.AcceptedAt).IsConcurrencyToken();
            builder.HasIndex(i => i.TokenHash).IsUnique();
            builder.HasIndex(i => i.Email);
            builder.HasOne(i => i.Organisation).WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        }
    }
}
