using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Features.Organisations;

namespace Together.Web.Features.Accounts;

/// <summary>A person who signs in: partner staff, board members, commissioners, safeguarding leads, Youth Council members.</summary>
public sealed class TogetherUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public string? JobTitle { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DeactivatedAt { get; set; }

    /// <summary>When the person last completed signing in (after the second factor, for staff).</summary>
    public DateTime? LastSignInAt { get; set; }
}

internal sealed class TogetherUserConfiguration : IEntityTypeConfiguration<TogetherUser>
{
    public void Configure(EntityTypeBuilder<TogetherUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.JobTitle).HasMaxLength(200);
        builder.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.SetNull);
    }
}
