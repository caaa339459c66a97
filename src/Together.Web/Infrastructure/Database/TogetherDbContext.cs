using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;

namespace Together.Web.Infrastructure.Database;

/// <summary>
/// The one database context. Each feature adds its entity sets in a partial class file in its own
/// folder (for example Features/Plan/PlanData.cs) and its mappings as IEntityTypeConfiguration classes.
/// </summary>
public partial class TogetherDbContext(DbContextOptions<TogetherDbContext> options)
    : IdentityDbContext<TogetherUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TogetherDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is stored in UTC; SQLite hands back unspecified kinds, so mark them on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}
