using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;
using Together.Web.Infrastructure.Notifications;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.YouthCouncil;

/// <summary>Settings for getting involved with the Youth Council (configuration section "YouthCouncil").</summary>
public sealed class InvolvementOptions
{
    public const string Section = "YouthCouncil";

    /// <summary>The participation team's mailbox, told when someone expresses interest. Empty: the Trust's contact address.</summary>
    public string ParticipationEmail { get; set; } = "";
}

public static class InvolvementSetup
{
    public static IServiceCollection AddYouthCouncilInvolvementFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<InvolvementOptions>(configuration.GetSection(InvolvementOptions.Section));
        services.AddFreeTextScreen();
        services.AddScoped<MailingListService>();
        services.AddScoped<NewsletterSender>();
        services.AddScoped<InterestJourney>();
        services.AddScoped<IDemoSeeder, InvolvementDemoSeeder>();
        // Follows the outbox's switch, like the other background jobs, so tests run the clean-up by hand with their clock.
        if (configuration.GetValue("YouthCouncil:CleanUpInBackground", configuration.GetValue("Notifications:SendInBackground", true)))
        {
            services.AddHostedService<MailingListCleanUp>();
        }

        // Newsletters and expressions of interest: the folder /YouthCouncil/Admin is already for administrators only
        // (GovernanceSetup). Participation staff hold the Administrator role; Youth Council members (young people) do not
        // see other young people's addresses.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/YouthCouncil/Admin", Policies.Administrator));
        return services;
    }
}

/// <summary>Runs the mailing list's deletions every hour on the injected clock.</summary>
public sealed class MailingListCleanUp(IServiceScopeFactory scopes, TimeProvider clock, ILogger<MailingListCleanUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var result = await scope.ServiceProvider.GetRequiredService<MailingListService>().CleanUpAsync(stoppingToken);
                logger.LogInformation("Mailing list clean-up: {Expired} expired sign-ups, {Inactive} inactive subscribers, {Drafts} drafts, {Interests} expressions of interest deleted",
                    result.ExpiredSignUps, result.Inactive, result.InterestDrafts, result.Interests);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Mailing list clean-up failed; it will try again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

/// <summary>A small mailing list (demo addresses), one sign-up waiting, one sent newsletter with its delivery, two expressions of interest.</summary>
public sealed class InvolvementDemoSeeder(TogetherDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 270;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var confirmed = new (string Email, AgeBand Band, int DaysAgo, bool Parent)[]
        {
            ("amira.youth@demo.together.example", AgeBand.From13To15, 200, false),
            ("ben.youth@demo.together.example", AgeBand.From16To18, 120, false),
            ("chloe.youth@demo.together.example", AgeBand.Under13, 60, true),
            ("dev.youth@demo.together.example", AgeBand.From19To25, 7, false),
        };
        var subscribers = confirmed.Select(c => new MailingListSubscriber
        {
            Id = Guid.NewGuid(),
            Email = c.Email,
            AgeBand = c.Band,
            Status = SubscriberStatus.Confirmed,
            CreatedAt = now.AddDays(-c.DaysAgo - 1),
            ConfirmedAt = now.AddDays(-c.DaysAgo),
            ParentAgreedAt = c.Parent ? now.AddDays(-c.DaysAgo) : null,
            LastActiveAt = now.AddDays(-c.DaysAgo),
            UnsubscribeToken = MailingListService.NewToken(),
        }).ToList();
        db.MailingListSubscribers.AddRange(subscribers);
        // Waiting for their own confirmation; the link was never sent anywhere real, so nobody can use it.
        db.MailingListSubscribers.Add(new MailingListSubscriber
        {
            Id = Guid.NewGuid(),
            Email = "erin.youth@demo.together.example",
            AgeBand = AgeBand.From13To15,
            Status = SubscriberStatus.AwaitingConfirmation,
            CreatedAt = now.AddDays(-1),
            LastActiveAt = now.AddDays(-1),
            ConfirmTokenHash = MailingListService.Hash(MailingListService.NewToken()),
            ConfirmTokenExpiresAt = now.AddDays(6),
            UnsubscribeToken = MailingListService.NewToken(),
        });

        var newsletter = new Newsletter
        {
            Id = Guid.NewGuid(),
            Subject = "Youth Council news: what the board said about safe travel",
            BodyMarkdown = "# Youth Council news\n\nAt the last Trust Board meeting we asked the board to make buses safer for young people after dark.\n\n"
                + "**What the board said:** they agreed to try a safe travel scheme in Crewe and Macclesfield.\n\n"
                + "## Get involved\n\nWe meet every month. [Find out how to join the Youth Council](/youth-council/join).\n",
            Status = NewsletterStatus.Sent,
            CreatedAt = now.AddDays(-15),
            UpdatedAt = now.AddDays(-15),
            UpdatedBy = "admin@demo.together.example",
            SentAt = now.AddDays(-14),
            SentBy = "admin@demo.together.example",
            RecipientCount = subscribers.Count - 1,
        };
        db.Newsletters.Add(newsletter);
        // The newest subscriber joined after it went out. Delivered to all but one, which is still being retried.
        foreach (var (subscriber, index) in subscribers.Where(s => s.ConfirmedAt < newsletter.SentAt).Select((s, i) => (s, i)))
        {
            var failed = index == 0;
            db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                Id = Guid.NewGuid(),
                ToAddress = subscriber.Email,
                Subject = newsletter.Subject,
                TextBody = newsletter.BodyMarkdown,
                Category = MailingListService.NewsletterCategory(newsletter.Id),
                CreatedAt = newsletter.SentAt!.Value,
                NextAttemptAt = failed ? now.AddHours(6) : newsletter.SentAt.Value,
                Attempts = failed ? 9 : 1,
                SentAt = failed ? null : newsletter.SentAt.Value.AddMinutes(1),
                LastError = failed ? "Mailbox unavailable" : null,
            });
        }

        db.Newsletters.Add(new Newsletter
        {
            Id = Guid.NewGuid(),
            Subject = "Youth Council news: summer activities",
            BodyMarkdown = "# Summer activities\n\nThere is lots to do in Cheshire East this summer.\n",
            Status = NewsletterStatus.Draft,
            CreatedAt = now.AddDays(-1),
            UpdatedAt = now.AddDays(-1),
            UpdatedBy = "admin@demo.together.example",
        });

        db.YouthCouncilInterests.AddRange(
            new YouthCouncilInterest
            {
                Id = Guid.NewGuid(),
                ReceivedAt = now.AddDays(-4),
                UpdatedAt = now.AddDays(-4),
                FirstName = "Sam",
                AgeBand = AgeBand.From13To15,
                LocalityId = "crewe",
                ContactWho = ContactWho.Me,
                ContactEmail = "sam.youth@demo.together.example",
                Ideas = "More things to do after school that do not cost money.",
                ScreeningStatus = ScreeningStatus.Clear,
                Status = InterestStatus.New,
            },
            new YouthCouncilInterest
            {
                Id = Guid.NewGuid(),
                ReceivedAt = now.AddDays(-10),
                UpdatedAt = now.AddDays(-8),
                FirstName = "Lily",
                AgeBand = AgeBand.Under13,
                LocalityId = "macclesfield",
                ContactWho = ContactWho.ParentOrCarer,
                ContactName = "Jo (Lily's mum)",
                ContactPhone = "07700 900123",
                ScreeningStatus = ScreeningStatus.NotNeeded,
                Status = InterestStatus.Contacted,
            });
        await db.SaveChangesAsync(cancellationToken);
    }
}
