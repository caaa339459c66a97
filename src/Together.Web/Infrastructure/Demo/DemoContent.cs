namespace Together.Web.Infrastructure.Demo;

/// <summary>
/// Loads realistic demonstration content. Each feature contributes an IDemoSeeder; they run in Order,
/// all in one go, on an empty database only.
/// </summary>
public interface IDemoSeeder
{
    /// <summary>Lower runs first: 0 core (organisations, areas, people), 100 plan, 200+ features that link to the plan.</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}

public sealed class DemoContent(IEnumerable<IDemoSeeder> seeders, ILogger<DemoContent> logger)
{
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var seeder in seeders.OrderBy(s => s.Order))
        {
            logger.LogInformation("Loading demo content: {Seeder}", seeder.GetType().Name);
            await seeder.SeedAsync(cancellationToken);
        }
    }
}
