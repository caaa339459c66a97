using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;

namespace Together.Web.Features.Governance;

public sealed class GovernanceOptions
{
    public const string Section = "Governance";

    /// <summary>Clear working days between publishing an agenda and the meeting (Local Government Act 1972 s.100B uses five).</summary>
    public int PublicationClearWorkingDays { get; set; } = 5;

    /// <summary>Whether the daily overdue-action check runs in the background (tests call it directly).</summary>
    public bool RemindersInBackground { get; set; } = true;
}

/// <summary>The meeting operations that touch several records at once.</summary>
public sealed class MeetingService(TogetherDbContext db, TimeProvider clock, IOptions<GovernanceOptions> options, NotificationOutbox outbox)
{
    public int ClearDays => options.Value.PublicationClearWorkingDays;

    public DateOnly PublicationDeadline(Meeting meeting) =>
        WorkingDays.LatestPublicationDate(MeetingTimes.LocalDate(meeting.StartsAt), ClearDays);

    public bool WouldBeLate(Meeting meeting) => MeetingTimes.Today(clock) > PublicationDeadline(meeting);

    public Meeting Create(Guid boardId, string title, DateTime startsAtUtc, DateTime endsAtUtc, string? venue, string? onlineLink)
    {
        var meeting = new Meeting
        {
            Id = Guid.NewGuid(),
            BoardId = boardId,
            Title = title,
            StartsAt = startsAtUtc,
            EndsAt = endsAtUtc,
            Venue = venue,
            OnlineLink = onlineLink,
            Status = MeetingStatus.Draft,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        meeting.Items.AddRange(Agendas.CreateStandingItems(meeting.Id));
        db.Meetings.Add(meeting);
        return meeting;
    }

    /// <summary>Publishes the agenda, or returns why it cannot be published. Late publication needs a reason.</summary>
    public async Task<IReadOnlyList<string>> PublishAsync(Meeting meeting, string? lateReason, CancellationToken cancellationToken = default)
    {
        var items = await db.AgendaItems.Where(i => i.MeetingId == meeting.Id).ToListAsync(cancellationToken);
        var problems = Agendas.PublicationProblems(meeting, items).ToList();
        var papers = await db.AgendaPapers.Where(p => p.AgendaItem!.MeetingId == meeting.Id)
            .Select(p => new { p.AgendaItemId, p.Title, p.FileName, p.AccessibleSummary }).ToListAsync(cancellationToken);
        foreach (var item in items.Where(i => !i.IsExempt && i.PublicConfirmedAt is null).OrderBy(i => i.Position))
        {
            var itemPapers = papers.Where(p => p.AgendaItemId == item.Id).ToList();
            var marker = ConfidentialMarkers.Find([item.Title, item.Paper, .. itemPapers.SelectMany(p => new[] { p.Title, p.FileName, p.AccessibleSummary })]);
            if (marker is not null)
            {
                problems.Add($"Item {item.Position}, \"{item.Title}\", is public but its paper says \"{marker}\": make the item exempt, or confirm on the item's page that it is meant to be public");
            }
        }
        var late = WouldBeLate(meeting);
        if (late && string.IsNullOrWhiteSpace(lateReason))
        {
            problems.Add($"Enter the reason the agenda is published after the deadline of {MeetingTimes.Date(PublicationDeadline(meeting))}");
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        meeting.Status = MeetingStatus.AgendaPublished;
        meeting.AgendaPublishedAt = clock.GetUtcNow().UtcDateTime;
        meeting.LatePublicationReason = late ? lateReason!.Trim() : null;
        return problems;
    }

    public async Task<Meeting?> PreviousMeetingAsync(Meeting meeting, CancellationToken cancellationToken = default) =>
        await db.Meetings
            .Where(m => m.BoardId == meeting.BoardId && m.StartsAt < meeting.StartsAt)
            .OrderByDescending(m => m.StartsAt)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<List<BoardAction>> CarriedForwardAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        var candidates = await db.BoardActions
            .Include(a => a.Meeting)
            .Include(a => a.AgendaItem)
            .Include(a => a.OwnerOrganisation)
            .Include(a => a.Updates)
            .Where(a => a.Meeting!.BoardId == meeting.BoardId && a.Meeting.StartsAt < meeting.StartsAt)
            .ToListAsync(cancellationToken);
        return Agendas.CarriedForward(meeting, candidates).ToList();
    }

    private static string Origin(BoardAction action) => action.Meeting is { } meeting
        ? $"from the {meeting.Title} meeting on {MeetingTimes.Date(MeetingTimes.LocalDate(meeting.StartsAt))}"
        : $"in the action plan to turn the curve on \"{action.TurnTheCurvePlan?.Indicator?.Title}\"";

    /// <summary>
    /// Emails the owner of every overdue open action, at most once a day per action. Returns how many were sent.
    /// </summary>
    public async Task<int> SendOverdueRemindersAsync(CancellationToken cancellationToken = default)
    {
        var today = MeetingTimes.Today(clock);
        var overdue = await db.BoardActions
            .Include(a => a.Meeting)
            .Include(a => a.TurnTheCurvePlan).ThenInclude(p => p!.Indicator)
            .Where(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && a.DueDate < today)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var action in overdue.Where(a => a.LastReminderOn != today && !string.IsNullOrWhiteSpace(a.OwnerEmail)))
        {
            outbox.Enqueue(
                action.OwnerEmail,
                $"Overdue board action: {action.Title}",
                $"""
                Dear {action.OwnerName},

                This action {Origin(action)} was due on {MeetingTimes.Date(action.DueDate)} and is still open:

                {action.Title}

                Please add an update to the action log before the next meeting, or tell the board secretary if the date needs to change.

                Children and Young People's Trust
                """,
                "governance-overdue-action");
            action.LastReminderOn = today;
            sent++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}

/// <summary>Checks for overdue actions once an hour; the per-day guard means each owner hears once a day at most.</summary>
public sealed class OverdueActionReminders(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OverdueActionReminders> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var sent = await scope.ServiceProvider.GetRequiredService<MeetingService>().SendOverdueRemindersAsync(stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("Sent {Count} overdue action reminders", sent);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Overdue action check failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
