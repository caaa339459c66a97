using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Outcomes.TurnTheCurve;

namespace Together.Web.Infrastructure.Database;

public partial class TogetherDbContext
{
    public DbSet<TurnTheCurvePlan> TurnTheCurvePlans => Set<TurnTheCurvePlan>();
    public DbSet<TurnTheCurvePublication> TurnTheCurvePublications => Set<TurnTheCurvePublication>();
}
