using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Plan;

namespace Together.Web.Infrastructure.Database;

public partial class TogetherDbContext
{
    public DbSet<PlanPeriod> PlanPeriods => Set<PlanPeriod>();
    public DbSet<Outcome> Outcomes => Set<Outcome>();
    public DbSet<FocusArea> FocusAreas => Set<FocusArea>();
    public DbSet<Principle> Principles => Set<Principle>();
    public DbSet<DifferenceStatement> DifferenceStatements => Set<DifferenceStatement>();
    public DbSet<Behaviour> Behaviours => Set<Behaviour>();
    public DbSet<Belief> Beliefs => Set<Belief>();
    public DbSet<PlanSection> PlanSections => Set<PlanSection>();
    public DbSet<OutcomeLink> OutcomeLinks => Set<OutcomeLink>();
    public DbSet<PlanRevision> PlanRevisions => Set<PlanRevision>();
}
