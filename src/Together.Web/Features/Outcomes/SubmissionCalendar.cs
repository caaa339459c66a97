using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Options;
using Together.Web.Features.Accounts;
using Together.Web.Features.Organisations;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Calendar;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;

namespace Together.Web.Features.Outcomes;

public enum SubmissionStatus
{
    Overdue,
    Owed,
    Received,
}

/// <summary>One line of the submission calendar: an organisation owes an indicator's figures for a period by a date.</summary>
public sealed class SubmissionDue
{
    public Guid Id { get; set; }
    public Guid IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public string Period { get; set; } = "";
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public DateOnly DueOn { get; set; }
    /// <summary>Who set the due date by hand; null while it is the one worked out from the period and the lag.</summary>
    public string? DueOnSetBy { get; set; }
    public DateTime? ReceivedAt { get; set; }
    /// <summary>How the first figure arrived: "Form", "CSV upload (file.csv)", "API", or "Already held".</summary>
    public string? ReceivedVia { get; set; }
    /// <summary>How many overdue reminders have gone out. A concurrency token, so two checks running at once cannot both send the same reminder.</summary>
    public int RemindersSent { get; set; }
    public DateTime? LastRemindedAt { get; set; }
    public DateTime CreatedAt { get; set; }

    public SubmissionStatus Status(DateOnly today) =>
        ReceivedAt is not null ? SubmissionStatus.Received : today > DueOn ? SubmissionStatus.Overdue : SubmissionStatus.Owed;
}

internal sealed class SubmissionDueConfiguration : IEntityTypeConfiguration<SubmissionDue>
{
    public void Configure(EntityTypeBuilder<SubmissionDue> builder)
    {
        builder.ToTable("SubmissionsDue");
        builder.Property(s => s.Period).HasMaxLength(20);
        builder.Property(s => s.DueOnSetBy).HasMaxLength(256);
        builder.Property(s => s.ReceivedVia).HasMaxLength(300);
        builder.Property(s => s.RemindersSent).IsConcurrencyToken();
        builder.HasOne(s => s.Indicator).WithMany().HasForeignKey(s => s.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.IndicatorId, s.Period }).IsUnique();
        builder.HasIndex(s => new { s.OrganisationId, s.DueOn });
    }
}

/// <summary>Settings under Outcomes:Calendar.</summary>
public sealed class SubmissionCalendarOptions
{
    public const string Section = "Outcomes:Calendar";

    /// <summary>Days after a period ends that its figures are due, by period type (then moved on to a working day).</summary>
    public Dictionary<PeriodType, int> LagDays { get; set; } = new()
    {
        [PeriodType.Month] = 20,
        [PeriodType.Quarter] = 45,
        [PeriodType.FinancialYear] = 90,
        [PeriodType.CalendarYear] = 90,
        // Academic-year figures (attainment, surveys) are finalised later in the autumn.
        [PeriodType.AcademicYear] = 120,
    };

    /// <summary>How far back the calendar reaches: periods that ended within this many months are listed.</summary>
    public int LookbackMonths { get; set; } = 24;

    /// <summary>Days overdue at which the owner is reminded; each reminder goes once.</summary>
    public int[] ReminderDays { get; set; } = [1, 14, 28];
}

/// <summary>Due dates from a period's end and the lag. Pure: no web, no database.</summary>
public static class DueDates
{
    public static DateOnly For(DateOnly periodEnd, int lagDays)
    {
        var due = periodEnd.AddDays(lagDays);
        while (!EnglandAndWalesBankHolidays.IsWorkingDay(due))
        {
            due = due.AddDays(1);
        }

        return due;
    }

    /// <summary>The periods the calendar lists on a day: those that ended within the lookback, and the one in progress.</summary>
    public static IEnumerable<(string Label, DateOnly Start, DateOnly End)> PeriodsFor(PeriodType type, DateOnly today, int lookbackMonths)
    {
        var earliestEnd = today.AddMonths(-lookbackMonths);
        var start = PeriodSteps.StartContaining(type, today);
        while (true)
        {
            var end = PeriodSteps.End(type, start);
            if (end < earliestEnd)
            {
                yield break;
            }

            yield return (PeriodSteps.Label(type, start), start, end);
            start = start.AddMonths(-PeriodSteps.Months(type));
        }
    }

    /// <summary>How many reminders an item should have had by now (0 when it is not overdue).</summary>
    public static int RemindersDue(DateOnly dueOn, DateOnly today, IReadOnlyList<int> reminderDays)
    {
        var daysOverdue = today.DayNumber - dueOn.DayNumber;
        return reminderDays.Count(d => daysOverdue >= d);
    }
}

/// <summary>
/// Keeps the submission calendar: lists what each data owner owes, marks items received when figures arrive (form, CSV or
/// API all go through <see cref="FigureSubmissions"/>), and emails the owner's people when an item is overdue.
/// </summary>
public sealed class SubmissionCalendar(TogetherDbContext db, NotificationOutbox outbox, TimeProvider clock, IOptions<SubmissionCalendarOptions> options)
{
    public const string EmailCategory = "outcomes-overdue-submission";

    private SubmissionCalendarOptions Options => options.Value;

    public DateOnly Today => UkTime.Today(clock);

    /// <summary>Adds any missing calendar items for indicators with a data owner; moves unreceived items to a new owner.</summary>
    public async Task<int> EnsureItemsAsync(CancellationToken cancellationToken = default)
    {
        var today = Today;
        var now = clock.GetUtcNow().UtcDateTime;
        var indicators = await db.Indicators.Where(i => i.DataOwnerId != null).ToListAsync(cancellationToken);
        var existing = (await db.SubmissionsDue.ToListAsync(cancellationToken)).ToDictionary(s => (s.IndicatorId, s.Period));
        var held = (await db.IndicatorValues.Select(v => new { v.IndicatorId, v.Period }).Distinct().ToListAsync(cancellationToken))
            .Select(v => (v.IndicatorId, v.Period)).ToHashSet();
        var added = 0;
        foreach (var indicator in indicators)
        {
            var lag = Options.LagDays.GetValueOrDefault(indicator.PeriodType, 90);
            foreach (var (label, start, end) in DueDates.PeriodsFor(indicator.PeriodType, today, Options.LookbackMonths))
            {
                if (existing.TryGetValue((indicator.Id, label), out var item))
                {
                    if (item.ReceivedAt is null && item.OrganisationId != indicator.DataOwnerId)
                    {
                        item.OrganisationId = indicator.DataOwnerId!.Value;
                    }

                    continue;
                }

                var isHeld = held.Contains((indicator.Id, label));
                db.SubmissionsDue.Add(new SubmissionDue
                {
                    Id = Guid.NewGuid(),
                    IndicatorId = indicator.Id,
                    OrganisationId = indicator.DataOwnerId!.Value,
                    Period = label,
                    PeriodStart = start,
                    PeriodEnd = end,
                    DueOn = DueDates.For(end, lag),
                    ReceivedAt = isHeld ? now : null,
                    ReceivedVia = isHeld ? "Already held" : null,
                    CreatedAt = now,
                });
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>
    /// Marks the items for these indicator × period pairs received, in the caller's unit of work (the caller saves).
    /// Called by <see cref="FigureSubmissions"/> for every accepted submission, whichever way it came.
    /// </summary>
    public static async Task MarkReceivedAsync(TogetherDbContext db, IReadOnlyCollection<(Guid IndicatorId, string Period)> pairs, string via, DateTime now, CancellationToken cancellationToken)
    {
        var indicatorIds = pairs.Select(p => p.IndicatorId).Distinct().ToList();
        var periods = pairs.Select(p => p.Period).Distinct().ToList();
        var items = await db.SubmissionsDue
            .Where(s => s.ReceivedAt == null && indicatorIds.Contains(s.IndicatorId) && periods.Contains(s.Period))
            .ToListAsync(cancellationToken);
        foreach (var item in items.Where(i => pairs.Contains((i.IndicatorId, i.Period))))
        {
            item.ReceivedAt = now;
            item.ReceivedVia = via.Length > 300 ? via[..300] : via;
        }
    }

    /// <summary>
    /// Emails each overdue item's organisation once per reminder (see <see cref="SubmissionCalendarOptions.ReminderDays"/>).
    /// Running it again the same day sends nothing more. Returns the number of emails queued.
    /// </summary>
    public async Task<int> SendOverdueRemindersAsync(CancellationToken cancellationToken = default)
    {
        var today = Today;
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await db.SubmissionsDue.Include(s => s.Indicator).Include(s => s.Organisation)
            .Where(s => s.ReceivedAt == null && s.DueOn < today)
            .ToListAsync(cancellationToken);
        var due = overdue
            .Select(s => (Item: s, Reminder: DueDates.RemindersDue(s.DueOn, today, Options.ReminderDays)))
            .Where(x => x.Reminder > x.Item.RemindersSent)
            .ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var organisationIds = due.Select(d => d.Item.OrganisationId).Distinct().ToList();
        var people = await RecipientsAsync(organisationIds, cancellationToken);
        var sent = 0;
        foreach (var byOrganisation in due.GroupBy(d => d.Item.OrganisationId))
        {
            var items = byOrganisation.OrderBy(d => d.Item.DueOn).ThenBy(d => d.Item.Indicator!.Code).ToList();
            var list = string.Join("\n", items.Select(d =>
                $"- {d.Item.Indicator!.Code} {d.Item.Indicator.Title}, {d.Item.Period}: due {UkTime.Date(UkTime.StartOfDayUtc(d.Item.DueOn))} ({Plural(today.DayNumber - d.Item.DueOn.DayNumber, "day")} overdue)"));
            foreach (var (email, name) in people.Where(p => p.OrganisationId == byOrganisation.Key).Select(p => (p.Email, p.Name)))
            {
                outbox.Enqueue(
                    email,
                    items.Count == 1 ? $"Figures overdue: {items[0].Item.Indicator!.Code} for {items[0].Item.Period}" : $"{items.Count} sets of figures are overdue",
                    $"""
                    Dear {name},

                    {items[0].Item.Organisation!.Name} is the data owner for these figures, and they have not reached us yet:

                    {list}

                    You can see everything your organisation owes, and send the figures by form or file, at /data/owed after signing in. If a date needs to change, reply to this email or tell the Trust's data team.

                    Children and Young People's Trust
                    """,
                    EmailCategory);
                sent++;
            }

            foreach (var (item, reminder) in items)
            {
                item.RemindersSent = reminder;
                item.LastRemindedAt = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    /// <summary>The people who send an organisation's figures: its active partners and administrators.</summary>
    private async Task<List<(Guid OrganisationId, string Email, string Name)>> RecipientsAsync(List<Guid> organisationIds, CancellationToken cancellationToken)
    {
        var roleIds = await db.Roles.Where(r => r.Name == Roles.Partner || r.Name == Roles.Administrator).Select(r => r.Id).ToListAsync(cancellationToken);
        var users = await db.Users
            .Where(u => u.OrganisationId != null && organisationIds.Contains(u.OrganisationId.Value) && u.DeactivatedAt == null && u.Email != null)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Select(u => new { OrganisationId = u.OrganisationId!.Value, Email = u.Email!, u.DisplayName })
            .ToListAsync(cancellationToken);
        return users.OrderBy(u => u.Email, StringComparer.Ordinal).Select(u => (u.OrganisationId, u.Email, u.DisplayName)).ToList();
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    /// <summary>Sets an item's due date by hand. A later date gives the owner a fresh set of reminders.</summary>
    public void SetDueDate(SubmissionDue item, DateOnly dueOn, string who)
    {
        if (dueOn > item.DueOn)
        {
            item.RemindersSent = 0;
        }

        item.DueOn = dueOn;
        item.DueOnSetBy = who;
    }

    /// <summary>Adds calendar items and sends reminders: what the background check does every hour.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await EnsureItemsAsync(cancellationToken);
        return await SendOverdueRemindersAsync(cancellationToken);
    }
}

/// <summary>Runs the calendar check every hour; each reminder is recorded on its item, so it goes once.</summary>
public sealed class SubmissionCalendarCheck(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SubmissionCalendarCheck> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var sent = await scope.ServiceProvider.GetRequiredService<SubmissionCalendar>().RunAsync(stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("Sent {Count} overdue figures reminders", sent);
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another instance reminded the same items at the same moment; its emails stand and ours were not saved.
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Submission calendar check failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

/// <summary>How calendar lists are ordered and labelled on every page.</summary>
public static class SubmissionOrder
{
    /// <summary>Overdue first (longest overdue at the top), then owed by due date, then received (latest first).</summary>
    public static IReadOnlyList<SubmissionDue> Sort(IEnumerable<SubmissionDue> items, DateOnly today) =>
        items.OrderBy(s => s.Status(today))
            .ThenBy(s => s.Status(today) == SubmissionStatus.Received ? -s.DueOn.DayNumber : s.DueOn.DayNumber)
            .ThenBy(s => s.Indicator?.Code, StringComparer.Ordinal)
            .ToList();

    public static string Words(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Overdue => "Overdue",
        SubmissionStatus.Owed => "Owed",
        _ => "Received",
    };

    /// <summary>GOV.UK tag colours; the words are always shown, never colour alone.</summary>
    public static string TagClass(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Overdue => "govuk-tag govuk-tag--red",
        SubmissionStatus.Owed => "govuk-tag govuk-tag--yellow",
        _ => "govuk-tag govuk-tag--green",
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
