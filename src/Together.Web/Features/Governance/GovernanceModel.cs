using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Features.Organisations;

namespace Together.Web.Features.Governance;

/// <summary>The Trust board or one of its sub-groups.</summary>
public sealed class Board
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public Guid? ParentBoardId { get; set; }
    public Board? ParentBoard { get; set; }
    public string Purpose { get; set; } = "";
    public string TermsOfReference { get; set; } = "";
    public int Quorum { get; set; }
    public int SortOrder { get; set; }
    public List<BoardMembership> Members { get; set; } = [];
}

public enum BoardRole
{
    Chair,
    ViceChair,
    Member,
    Deputy,
    Adviser,
    YouthCouncilRepresentative,
}

/// <summary>A person sitting on a board for a partner organisation, for a period.</summary>
public sealed class BoardMembership
{
    public Guid Id { get; set; }
    public Guid BoardId { get; set; }
    public Board? Board { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public string PersonName { get; set; } = "";
    public string? JobTitle { get; set; }
    public string? Email { get; set; }
    public BoardRole Role { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    public bool IsCurrentOn(DateOnly day) => StartDate <= day && (EndDate is null || EndDate >= day);

    /// <summary>Deputies and advisers do not count towards the quorum; they attend in someone's place or to advise.</summary>
    public bool CountsTowardsQuorum => Role is not (BoardRole.Deputy or BoardRole.Adviser);
}

public enum MeetingStatus
{
    Draft,
    AgendaPublished,
    Held,
    MinutesApproved,
}

public sealed class Meeting
{
    public Guid Id { get; set; }
    public Guid BoardId { get; set; }
    public Board? Board { get; set; }
    public string Title { get; set; } = "";
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public string? Venue { get; set; }
    public string? OnlineLink { get; set; }
    public MeetingStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? AgendaPublishedAt { get; set; }
    public string? LatePublicationReason { get; set; }
    public DateTime? MinutesApprovedAt { get; set; }
    public Guid? MinutesApprovedAtMeetingId { get; set; }
    public List<AgendaItem> Items { get; set; } = [];
    public List<Attendance> Attendance { get; set; } = [];

    public bool AgendaIsPublic => Status != MeetingStatus.Draft;
}

public enum AgendaItemKind
{
    Apologies,
    Declarations,
    PreviousMinutes,
    MattersArising,
    YouthCouncil,
    Business,
}

public enum ItemPurpose
{
    Decision,
    Discussion,
    Information,
}

public enum MinutesStatus
{
    None,
    Draft,
    Approved,
}

public sealed class AgendaItem
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int Position { get; set; }
    public AgendaItemKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? Lead { get; set; }
    public ItemPurpose Purpose { get; set; }
    public string? Paper { get; set; }

    /// <summary>Plan outcome or focus area ids, comma separated; titles are looked up when the plan is present.</summary>
    public string? PlanLinks { get; set; }

    public bool IsExempt { get; set; }

    /// <summary>Local Government Act 1972 Schedule 12A paragraph (1 to 7) under which the item is exempt.</summary>
    public int? ExemptParagraph { get; set; }

    public string? Minutes { get; set; }
    public MinutesStatus MinutesStatus { get; set; }
    public List<Declaration> Declarations { get; set; } = [];

    /// <summary>
    /// Set when the secretary confirmed that a public item whose paper looks confidential is meant to be public
    /// (who, when and why), so a mistaken publication is never silent.
    /// </summary>
    public DateTime? PublicConfirmedAt { get; set; }
    public string? PublicConfirmedBy { get; set; }
    public string? PublicConfirmationReason { get; set; }

    /// <summary>Standing items are part of every agenda; the Youth Council item can never be removed.</summary>
    public bool IsStanding => Kind != AgendaItemKind.Business;

    public IReadOnlyList<string> PlanLinkIds =>
        string.IsNullOrWhiteSpace(PlanLinks) ? [] : PlanLinks.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public enum AttendanceStatus
{
    Present,
    Apologies,
    Absent,
}

public sealed class Attendance
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public Guid MembershipId { get; set; }
    public BoardMembership? Membership { get; set; }
    public AttendanceStatus Status { get; set; }
    public string? DeputyName { get; set; }
}

public sealed class Declaration
{
    public Guid Id { get; set; }
    public Guid AgendaItemId { get; set; }
    public string PersonName { get; set; } = "";
    public string Interest { get; set; } = "";
}

public sealed class Decision
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public Guid AgendaItemId { get; set; }
    public AgendaItem? AgendaItem { get; set; }
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public string Reasons { get; set; } = "";
    public string? OptionsConsidered { get; set; }
    public string DecidedBy { get; set; } = "";
    public string? PlanLinks { get; set; }
    public DateTime RecordedAt { get; set; }
}

public enum ActionStatus
{
    Open,
    InProgress,
    Done,
    Dropped,
}

/// <summary>
/// An action with an owner, a due date, a status and dated updates. It comes from a board meeting (MeetingId and
/// AgendaItemId) or from an indicator's turn-the-curve action plan (TurnTheCurvePlanId).
/// </summary>
public sealed class BoardAction
{
    public Guid Id { get; set; }
    public Guid? MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public Guid? AgendaItemId { get; set; }
    public AgendaItem? AgendaItem { get; set; }
    public Guid? TurnTheCurvePlanId { get; set; }
    public Together.Web.Features.Outcomes.TurnTheCurve.TurnTheCurvePlan? TurnTheCurvePlan { get; set; }
    public string Title { get; set; } = "";
    public Guid OwnerOrganisationId { get; set; }
    public Organisation? OwnerOrganisation { get; set; }
    public string OwnerName { get; set; } = "";
    public string OwnerEmail { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public ActionStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateOnly? LastReminderOn { get; set; }
    public DateTime? ClosedAt { get; set; }
    public List<ActionUpdate> Updates { get; set; } = [];

    public bool IsOpen => Status is ActionStatus.Open or ActionStatus.InProgress;

    public bool IsOverdueOn(DateOnly today) => IsOpen && DueDate < today;
}

public sealed class ActionUpdate
{
    public Guid Id { get; set; }
    public Guid ActionId { get; set; }
    public DateTime At { get; set; }
    public string By { get; set; } = "";
    public string Text { get; set; } = "";
}

/// <summary>An item the board plans to take at a future meeting.</summary>
public sealed class ForwardPlanItem
{
    public Guid Id { get; set; }
    public Guid BoardId { get; set; }
    public string Title { get; set; } = "";
    public string? Lead { get; set; }
    public ItemPurpose Purpose { get; set; }
    public DateOnly PlannedFor { get; set; }
    public bool IsExempt { get; set; }
}

internal sealed class BoardConfiguration : IEntityTypeConfiguration<Board>
{
    public void Configure(EntityTypeBuilder<Board> builder)
    {
        builder.ToTable("GovernanceBoards");
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.Slug).HasMaxLength(100);
        builder.Property(b => b.Purpose).HasMaxLength(1000);
        builder.Property(b => b.TermsOfReference).HasMaxLength(20000);
        builder.HasIndex(b => b.Slug).IsUnique();
        builder.HasOne(b => b.ParentBoard).WithMany().HasForeignKey(b => b.ParentBoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Members).WithOne(m => m.Board).HasForeignKey(m => m.BoardId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BoardMembershipConfiguration : IEntityTypeConfiguration<BoardMembership>
{
    public void Configure(EntityTypeBuilder<BoardMembership> builder)
    {
        builder.ToTable("GovernanceMemberships");
        builder.Property(m => m.PersonName).HasMaxLength(200);
        builder.Property(m => m.JobTitle).HasMaxLength(200);
        builder.Property(m => m.Email).HasMaxLength(320);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(40);
        builder.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("GovernanceMeetings");
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Venue).HasMaxLength(500);
        builder.Property(m => m.OnlineLink).HasMaxLength(500);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.LatePublicationReason).HasMaxLength(1000);
        builder.HasIndex(m => m.StartsAt);
        builder.HasOne(m => m.Board).WithMany().HasForeignKey(m => m.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Items).WithOne(i => i.Meeting).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Attendance).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.ToTable("GovernanceAgendaItems");
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.Purpose).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.MinutesStatus).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.Lead).HasMaxLength(200);
        builder.Property(i => i.Paper).HasMaxLength(50000);
        builder.Property(i => i.PlanLinks).HasMaxLength(1000);
        builder.Property(i => i.Minutes).HasMaxLength(20000);
        builder.Property(i => i.PublicConfirmedBy).HasMaxLength(256);
        builder.Property(i => i.PublicConfirmationReason).HasMaxLength(1000);
        builder.HasIndex(i => new { i.MeetingId, i.Position });
        builder.HasMany(i => i.Declarations).WithOne().HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.ToTable("GovernanceAttendance");
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.DeputyName).HasMaxLength(200);
        builder.HasIndex(a => new { a.MeetingId, a.MembershipId }).IsUnique();
        builder.HasOne(a => a.Membership).WithMany().HasForeignKey(a => a.MembershipId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<Declaration>
{
    public void Configure(EntityTypeBuilder<Declaration> builder)
    {
        builder.ToTable("GovernanceDeclarations");
        builder.Property(d => d.PersonName).HasMaxLength(200);
        builder.Property(d => d.Interest).HasMaxLength(1000);
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("GovernanceDecisions");
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.Text).HasMaxLength(5000);
        builder.Property(d => d.Reasons).HasMaxLength(5000);
        builder.Property(d => d.OptionsConsidered).HasMaxLength(5000);
        builder.Property(d => d.DecidedBy).HasMaxLength(200);
        builder.Property(d => d.PlanLinks).HasMaxLength(1000);
        builder.HasOne(d => d.Meeting).WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.AgendaItem).WithMany().HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BoardActionConfiguration : IEntityTypeConfiguration<BoardAction>
{
    public void Configure(EntityTypeBuilder<BoardAction> builder)
    {
        builder.ToTable("GovernanceActions");
        builder.Property(a => a.Title).HasMaxLength(500);
        builder.Property(a => a.OwnerName).HasMaxLength(200);
        builder.Property(a => a.OwnerEmail).HasMaxLength(320);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(a => new { a.Status, a.DueDate });
        builder.HasOne(a => a.Meeting).WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.AgendaItem).WithMany().HasForeignKey(a => a.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.OwnerOrganisation).WithMany().HasForeignKey(a => a.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Updates).WithOne().HasForeignKey(u => u.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionUpdateConfiguration : IEntityTypeConfiguration<ActionUpdate>
{
    public void Configure(EntityTypeBuilder<ActionUpdate> builder)
    {
        builder.ToTable("GovernanceActionUpdates");
        builder.Property(u => u.By).HasMaxLength(200);
        builder.Property(u => u.Text).HasMaxLength(2000);
    }
}

internal sealed class ForwardPlanItemConfiguration : IEntityTypeConfiguration<ForwardPlanItem>
{
    public void Configure(EntityTypeBuilder<ForwardPlanItem> builder)
    {
        builder.ToTable("GovernanceForwardPlan");
        builder.Property(f => f.Title).HasMaxLength(200);
        builder.Property(f => f.Lead).HasMaxLength(200);
        builder.Property(f => f.Purpose).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(f => f.PlannedFor);
    }
}
