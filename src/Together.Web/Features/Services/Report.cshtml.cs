using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Safeguarding;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.Services;

/// <summary>
/// "Is something wrong with this service?": a short report for the service's owner. Screened like every piece of
/// public free text; a flagged report goes to the safeguarding leads and is withheld from the owner.
/// </summary>
public sealed class ReportModel(TogetherDbContext db, IFreeTextScreen screen, SafeguardingTriage triage, ServiceOwners owners, NotificationOutbox outbox, TimeProvider clock) : PageModel
{
    public string ServiceName { get; private set; } = "";

    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public string? WhatIsWrong { get; set; }
    [BindProperty] public string? Email { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is null)
        {
            return NotFound();
        }

        Token = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var service = await FindAsync(id, ct);
        if (service is null)
        {
            return NotFound();
        }

        if (Token == Guid.Empty)
        {
            return BadRequest();
        }

        // A repeated submit of the same form stores nothing more.
        if (await db.DirectoryServiceReports.AsNoTracking().AnyAsync(r => r.Id == Token, ct))
        {
            return Redirect($"/services/{id}/report-a-problem/{Token}");
        }

        var text = Forms.Clean(WhatIsWrong);
        var email = Forms.Clean(Email);
        if (text is null)
        {
            this.AddError(nameof(WhatIsWrong), "Tell us what is wrong with this service");
        }
        else if (text.Length > EditingLimits.ReportMaxLength)
        {
            this.AddError(nameof(WhatIsWrong), $"What is wrong must be {EditingLimits.ReportMaxLength:N0} characters or fewer");
        }

        if (email is not null && (email.Length > EditingLimits.EmailMaxLength || !System.Net.Mail.MailAddress.TryCreate(email, out _) || !email.Contains('@', StringComparison.Ordinal)))
        {
            this.AddError(nameof(Email), "Enter an email address in the correct format, like name@example.com, or leave it empty");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = screen.ScreenAll(text);
        var report = new ServiceReport
        {
            Id = Token,
            ServiceId = id,
            ReceivedAt = clock.GetUtcNow().UtcDateTime,
            WhatIsWrong = text!,
            Email = email,
            ScreeningStatus = result?.Status ?? ScreeningStatus.NotNeeded,
            ScreeningConcerns = result?.ConcernsText,
        };
        db.DirectoryServiceReports.Add(report);
        if (result?.NeedsReview != true)
        {
            // The owner is told a report arrived, never what it says: email is not the place for what the public writes.
            foreach (var to in await owners.EmailsAsync(service.Organization, ct))
            {
                outbox.Enqueue(to, $"Someone reported a problem with {service.Name}",
                    $"Someone using Find a service says something is wrong with \"{service.Name}\" (reference {report.Reference})."
                    + (email is null ? "" : " They would like a reply.")
                    + $"\n\nSign in to read the report:\n{Request.Scheme}://{Request.Host}/services/manage/reports\n",
                    "directory.problem-report");
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two presses raced; the first stored the report.
            if (!await db.DirectoryServiceReports.AsNoTracking().AnyAsync(r => r.Id == Token, ct))
            {
                throw;
            }

            return Redirect($"/services/{id}/report-a-problem/{Token}");
        }

        if (result?.NeedsReview == true)
        {
            await triage.ScreenAsync(report.WhatIsWrong, "Service problem report", report.Id.ToString(), $"Problem report {report.Reference} about {service.Name}", ct);
        }

        return Redirect($"/services/{id}/report-a-problem/{Token}");
    }

    private async Task<DirectoryService?> FindAsync(Guid id, CancellationToken ct)
    {
        var service = await db.DirectoryServices.AsNoTracking().Include(s => s.Organization)
            .FirstOrDefaultAsync(s => s.Id == id && s.Status != ServiceStatus.Defunct, ct);
        ServiceName = service?.Name ?? "";
        return service;
    }
}
