using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Outcomes;

namespace Together.Web.Infrastructure.Database;

public partial class TogetherDbContext
{
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<ChildPopulation> ChildPopulations => Set<ChildPopulation>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<IndicatorValueRevision> IndicatorValueRevisions => Set<IndicatorValueRevision>();
    public DbSet<ComparatorFigure> ComparatorFigures => Set<ComparatorFigure>();
    public DbSet<OutcomesApiToken> OutcomesApiTokens => Set<OutcomesApiToken>();
    public DbSet<SubmissionDue> SubmissionsDue => Set<SubmissionDue>();
}
