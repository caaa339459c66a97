using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Auditing;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;
using Together.Web.Infrastructure.Notifications;

namespace Together.Web.Features.InformationSharing;

public static class InformationSharingSetup
{
    public static IServiceCollection AddInformationSharingFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SharingReviewReminders>();
        services.AddScoped<IDemoSeeder, InformationSharingDemoSeeder>();
        if (configuration.GetValue("Governance:RemindersInBackground", configuration.GetValue("Notifications:SendInBackground", true)))
        {
            services.AddHostedService<SharingReviewReminderJob>();
        }
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/InformationSharing/Admin", Policies.Administrator));
        return services;
    }

    public static WebApplication MapInformationSharing(this WebApplication app)
    {
        app.MapGet("/admin/information-sharing/{id:guid}/signed-copy", async (Guid id, TogetherDbContext db, AuditLog audit, CancellationToken ct) =>
        {
            var agreement = await db.SharingAgreements.FirstOrDefaultAsync(a => a.Id == id, ct);
            if (agreement?.SignedCopy is null)
            {
                return Results.NotFound();
            }
            await audit.RecordViewAsync(nameof(SharingAgreement), id.ToString(), "Signed copy of a data sharing agreement downloaded", ct);
            return Results.File(agreement.SignedCopy, "application/pdf", agreement.SignedCopyFileName ?? $"{agreement.Reference}-signed.pdf");
        }).RequireAuthorization(Policies.Administrator);
        return app;
    }

    public static string StatusLabel(AgreementStatus status) => status switch
    {
        AgreementStatus.Draft => "Draft",
        AgreementStatus.Active => "In force",
        AgreementStatus.UnderReview => "Under review",
        _ => "Ended",
    };

    public static string LawfulBasisLabel(LawfulBasis basis) => basis switch
    {
        LawfulBasis.Consent => "Consent (Article 6(1)(a))",
        LawfulBasis.Contract => "Contract (Article 6(1)(b))",
        LawfulBasis.LegalObligation => "Legal obligation (Article 6(1)(c))",
        LawfulBasis.VitalInterests => "Vital interests (Article 6(1)(d))",
        LawfulBasis.PublicTask => "Public task (Article 6(1)(e))",
        _ => "Legitimate interests (Article 6(1)(f))",
    };

    public static string DpiaLabel(DpiaOutcome outcome) => outcome switch
    {
        DpiaOutcome.NotDone => "Not done",
        DpiaOutcome.NoHighRisk => "Done: no high risk found",
        DpiaOutcome.RisksMitigated => "Done: risks reduced to an acceptable level",
        _ => "Done: the ICO was consulted (Article 36)",
    };

    /// <summary>When the review is due, for the register: "Review overdue" once the date has passed.</summary>
    public static bool ReviewOverdue(SharingAgreement agreement, DateOnly today) =>
        agreement.Status is AgreementStatus.Active or AgreementStatus.UnderReview && agreement.ReviewDate < today;
}

/// <summary>
/// Emails the agreement's information governance contact a month before its review date, and again once it is
/// overdue; each reminder is sent once.
/// </summary>
public sealed class SharingReviewReminders(TogetherDbContext db, TimeProvider clock, NotificationOutbox outbox)
{
    public const int DaysNotice = 30;

    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var today = UkTime.Today(clock);
        var soon = today.AddDays(DaysNotice);
        var due = await db.SharingAgreements
            .Where(a => a.Status == AgreementStatus.Active || a.Status == AgreementStatus.UnderReview)
            .Where(a => a.ReviewDate <= soon)
            .ToListAsync(ct);
        var sent = 0;
        foreach (var agreement in due)
        {
            var overdue = agreement.ReviewDate < today;
            // One reminder before the date, one after it.
            var alreadyReminded = agreement.LastReviewReminderOn is { } last && (!overdue || last > agreement.ReviewDate);
            if (alreadyReminded)
            {
                continue;
            }
            var when = agreement.ReviewDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
            outbox.Enqueue(
                agreement.ContactEmail,
                overdue ? $"Review overdue: {agreement.Reference} {agreement.Title}" : $"Review due by {when}: {agreement.Reference} {agreement.Title}",
                $"""
                The data sharing agreement "{agreement.Title}" ({agreement.Reference}) {(overdue ? "was due for review on" : "is due for review by")} {when}.

                Please review it with the other parties: check the purpose, the data shared, the lawful basis, retention and security still hold, then record the review and the next review date in the register.

                Sign in to Together and open Administration, then Information sharing.
                """,
                "information-sharing-review");
            agreement.LastReviewReminderOn = today;
            sent++;
        }
        await db.SaveChangesAsync(ct);
        return sent;
    }
}

public sealed class SharingReviewReminderJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SharingReviewReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var sent = await scope.ServiceProvider.GetRequiredService<SharingReviewReminders>().SendDueAsync(stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("Sent {Count} data sharing agreement review reminders", sent);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Data sharing agreement review check failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
