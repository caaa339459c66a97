using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.Feedback;

public static class FeedbackSetup
{
    public static IServiceCollection AddFeedbackFeature(this IServiceCollection services)
    {
        services.AddFreeTextScreen();
        services.AddScoped<IDemoSeeder, FeedbackDemoSeeder>();
        return services;
    }
}

/// <summary>A few weeks of answers so the report has something to show in development.</summary>
public sealed class FeedbackDemoSeeder(TogetherDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 250;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var answers = new (string Path, bool? Useful, int DaysAgo, string? TryingToDo, string? WentWrong)[]
        {
            ("/", true, 20, null, null),
            ("/", true, 12, null, null),
            ("/", false, 9, "Find out who is on the Youth Council", "I could not find a list of members"),
            ("/", true, 3, null, null),
            ("/plan", true, 15, null, null),
            ("/plan", false, 6, "Read the plan on my phone", "The table of outcomes was hard to read on a small screen"),
            ("/plan", true, 2, null, null),
            ("/contact", true, 4, null, null),
            ("/privacy/young-people", true, 8, null, null),
            ("/privacy/young-people", null, 1, null, "Some words were hard to understand, like 'lawful basis'"),
        };
        foreach (var (path, useful, daysAgo, tryingToDo, wentWrong) in answers)
        {
            var at = now.AddDays(-daysAgo);
            var hasText = tryingToDo is not null || wentWrong is not null;
            db.PageFeedback.Add(new PageFeedback
            {
                Id = Guid.NewGuid(),
                Path = path,
                Useful = useful,
                TryingToDo = tryingToDo,
                WentWrong = wentWrong,
                CreatedAt = at,
                CommentedAt = hasText ? at : null,
                ScreeningStatus = hasText ? ScreeningStatus.Clear : ScreeningStatus.NotNeeded,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
