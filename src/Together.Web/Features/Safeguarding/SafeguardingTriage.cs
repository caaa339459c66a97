using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Together.Screening;
using Together.Web.Infrastructure.Safeguarding;
using Together.Web.Features.Accounts;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;

namespace Together.Web.Features.Safeguarding;

/// <summary>
/// The screener in use: the newest lexicon saved by a safeguarding lead, or the built-in one. Cached per saved
/// version, and the version is checked on every screen so every server picks up an edit at once.
/// </summary>
public sealed class LexiconStore
{
    private readonly Lock gate = new();
    private (int Version, Screener Screener) current = (0, Screener.Default);

    public async Task<Screener> CurrentAsync(TogetherDbContext db, CancellationToken ct)
    {
        var latest = await db.LexiconVersions.OrderByDescending(l => l.Id).Select(l => new { l.Id }).FirstOrDefaultAsync(ct);
        var version = latest?.Id ?? 0;
        lock (gate)
        {
            if (current.Version == version)
            {
                return current.Screener;
            }
        }

        var source = await db.LexiconVersions.Where(l => l.Id == version).Select(l => l.Source).SingleAsync(ct);
        var screener = new Screener(Lexicon.Parse(source));
        lock (gate)
        {
            current = (version, screener);
        }

        return screener;
    }

    /// <summary>The screener last loaded (the built-in one until a saved lexicon has been read), for callers that cannot wait.</summary>
    public Screener Latest
    {
        get
        {
            lock (gate)
            {
                return current.Screener;
            }
        }
    }

    public static async Task<string> CurrentSourceAsync(TogetherDbContext db, CancellationToken ct) =>
        await db.LexiconVersions.OrderByDescending(l => l.Id).Select(l => l.Source).FirstOrDefaultAsync(ct) ?? Lexicon.DefaultSource;
}

/// <summary>
/// Screens free text as it arrives and, when it might be a disclosure, puts it in the safeguarding triage queue.
/// Callers must not publish flagged text and should send its author to <see cref="HelpPath"/>.
/// </summary>
public sealed class SafeguardingTriage(TogetherDbContext db, LexiconStore lexicons, TimeProvider clock)
{
    /// <summary>The page a person sees straight after writing something that was flagged.</summary>
    public const string HelpPath = "/help/you-are-not-alone";

    public async Task<ScreeningResult> ScreenAsync(string text, string sourceType, string sourceId, string? context, CancellationToken ct)
    {
        var screener = await lexicons.CurrentAsync(db, ct);
        var result = screener.Screen(text);
        if (!result.Flagged)
        {
            return result;
        }

        // The same text from the same place (a double submit, a Back and resubmit) is one concern, not two.
        if (await db.SafeguardingConcerns.AnyAsync(c => c.SourceType == sourceType && c.SourceId == sourceId && c.Text == text, ct))
        {
            return result;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.SafeguardingConcerns.Add(new SafeguardingConcern
        {
            Id = Guid.NewGuid(),
            ReceivedAt = now,
            DueAt = SafeguardingSla.DueAt(now, result.Severity),
            Severity = result.Severity,
            Categories = Truncate(string.Join(", ", result.Categories), 400),
            MatchedPhrases = Truncate(string.Join('\n', result.MatchedPhrases.Where(m => m.Severity >= 3).Select(m => m.Text).Distinct()), 4000),
            Reason = Truncate(result.Reason, 2000),
            Text = Truncate(text, SafeguardingConcern.MaxTextLength),
            SourceType = Truncate(sourceType, 60),
            SourceId = Truncate(sourceId, 200),
            Context = context is null ? null : Truncate(context, 1000),
            Status = ConcernStatus.AwaitingDecision,
        });
        await db.SaveChangesAsync(ct);
        return result;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}

/// <summary>Emails every safeguarding lead about concerns that have passed their deadline without a decision.</summary>
public sealed class SafeguardingEscalation(TogetherDbContext db, NotificationOutbox outbox, UserManager<TogetherUser> users, TimeProvider clock)
{
    public const string Category = "safeguarding-escalation";

    /// <summary>Escalates each overdue concern once. Returns how many were escalated.</summary>
    public async Task<int> EscalateOverdueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await db.SafeguardingConcerns
            .Where(c => c.Status == ConcernStatus.AwaitingDecision && c.EscalatedAt == null && c.DueAt < now)
            .OrderBy(c => c.DueAt)
            .ToListAsync(ct);
        if (overdue.Count == 0)
        {
            return 0;
        }

        var leads = (await users.GetUsersInRoleAsync(Roles.SafeguardingLead))
            .Where(u => u.Email is not null && u.LockoutEnd is null)
            .Select(u => u.Email!)
            .ToList();
        foreach (var concern in overdue)
        {
            // The email names no child and quotes nothing: the text is only ever read in the audited queue.
            foreach (var lead in leads)
            {
                outbox.Enqueue(
                    lead,
                    $"Overdue safeguarding concern (severity {concern.Severity})",
                    $"A safeguarding concern received {concern.ReceivedAt:yyyy-MM-dd HH:mm} UTC was due for a decision by {concern.DueAt:yyyy-MM-dd HH:mm} UTC and has not been decided.\n\n" +
                    $"Category: {concern.Categories}\nSource: {concern.SourceType}\n\nOpen the triage queue to decide: /safeguarding/concerns/{concern.Id}\n",
                    Category);
            }

            concern.EscalatedAt = now;
        }

        await db.SaveChangesAsync(ct);
        return overdue.Count;
    }
}

/// <summary>Checks for overdue concerns every minute.</summary>
public sealed class SafeguardingEscalationService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SafeguardingEscalationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var count = await scope.ServiceProvider.GetRequiredService<SafeguardingEscalation>().EscalateOverdueAsync(stoppingToken);
                if (count > 0)
                {
                    logger.LogWarning("Escalated {Count} overdue safeguarding concerns", count);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Checking for overdue safeguarding concerns failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class SafeguardingSetup
{
    public static IServiceCollection AddSafeguardingFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<LexiconStore>();
        // Page feedback and contact messages are screened with the same lexicon as survey answers.
        services.Replace(ServiceDescriptor.Singleton<IFreeTextScreen, LexiconFreeTextScreen>());
        services.AddScoped<SafeguardingTriage>();
        services.AddScoped<SafeguardingEscalation>();
        if (configuration.GetValue("Safeguarding:EscalateInBackground", configuration.GetValue("Notifications:SendInBackground", true)))
        {
            services.AddHostedService<SafeguardingEscalationService>();
        }

        // Only safeguarding leads: administrators do not see disclosures.
        services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Safeguarding", Policies.SafeguardingLead));
        services.AddScoped<Infrastructure.Demo.IDemoSeeder, LexiconTestSentenceSeeder>();
        return services;
    }
}

/// <summary>Starts the lexicon's guard list with known disclosures and look-alikes from the screen's labelled set.</summary>
public sealed class LexiconTestSentenceSeeder(TogetherDbContext db, TimeProvider clock) : Infrastructure.Demo.IDemoSeeder
{
    public static readonly IReadOnlyList<LexiconTestCase> Starters =
    [
        new("my dad hits me when he is drunk", true),
        new("I want to kill myself", true),
        new("someone online asked me to send pictures and said not to tell anyone", true),
        new("there is never any food at home and I am hungry all the time", true),
        new("my dad does not hit me", false),
        new("we smashed it at the football, they killed it", false),
        new("the youth club should open later on Fridays", false),
    ];

    public int Order => 5;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var starter in Starters)
        {
            db.LexiconTestSentences.Add(new LexiconTestSentence { Id = Guid.NewGuid(), Text = starter.Text, MustFlag = starter.MustFlag, AddedAt = now, AddedBy = "Built-in" });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The free-text screen for page feedback and contact messages: the safeguarding lexicon in use.</summary>
public sealed class LexiconFreeTextScreen(LexiconStore lexicons) : IFreeTextScreen
{
    public ScreenResult Screen(string text)
    {
        var result = lexicons.Latest.Screen(text);
        return result.Flagged
            ? new ScreenResult(true, [.. result.Categories.Select(c => c.ToString())])
            : ScreenResult.Clear;
    }
}
