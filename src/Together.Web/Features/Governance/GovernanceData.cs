using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Governance;
using Together.Web.Features.YouthCouncil;

namespace Together.Web.Infrastructure.Database;

public partial class TogetherDbContext
{
    public DbSet<Board> Boards => Set<Board>();
    public DbSet<BoardMembership> BoardMemberships => Set<BoardMembership>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<AgendaPaper> AgendaPapers => Set<AgendaPaper>();
    public DbSet<Attendance> MeetingAttendance => Set<Attendance>();
    public DbSet<Declaration> Declarations => Set<Declaration>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<BoardAction> BoardActions => Set<BoardAction>();
    public DbSet<ActionUpdate> ActionUpdates => Set<ActionUpdate>();
    public DbSet<ForwardPlanItem> ForwardPlanItems => Set<ForwardPlanItem>();
    public DbSet<YouthCouncilMember> YouthCouncilMembers => Set<YouthCouncilMember>();
    public DbSet<Challenge> Challenges => Set<Challenge>();
    public DbSet<ChallengeHistory> ChallengeHistory => Set<ChallengeHistory>();
}
