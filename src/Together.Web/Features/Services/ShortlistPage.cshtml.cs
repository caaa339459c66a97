using System.Net.Mail;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;

namespace Together.Web.Features.Services;

/// <summary>The person's shortlist: see, remove, print, or email it to themselves.</summary>
public sealed class ShortlistPageModel(TogetherDbContext db, NotificationOutbox outbox, TimeProvider clock) : PageModel
{
    public List<DirectoryService> Services { get; private set; } = [];

    [BindProperty] public string? Email { get; set; }
    public string? EmailError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public IActionResult OnPostRemove(Guid id)
    {
        Shortlist.Write(Response, Shortlist.Read(Request).Where(x => x != id));
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEmailAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var email = Email?.Trim() ?? "";
        if (Services.Count == 0)
        {
            EmailError = "Your shortlist is empty. Add services to it before emailing it";
        }
        else if (email.Length == 0)
        {
            EmailError = "Enter your email address";
        }
        else if (email.Length > 254 || !MailAddress.TryCreate(email, out var address) || address.Address != email || !email.Contains('.', StringComparison.Ordinal))
        {
            EmailError = "Enter an email address in the correct format, like name@example.com";
        }

        if (EmailError is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var body = Body();
        const string subject = "Your shortlist of services";
        // Pressing send twice (or refreshing) must not send the same list twice.
        var since = clock.GetUtcNow().UtcDateTime.AddMinutes(-10);
        var alreadySent = await db.OutboxMessages.AnyAsync(m => m.ToAddress == email && m.Subject == subject && m.TextBody == body && m.CreatedAt >= since, cancellationToken);
        if (!alreadySent)
        {
            outbox.Enqueue(email, subject, body, "directory-shortlist");
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData["ShortlistEmailed"] = email;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var ids = Shortlist.Read(Request);
        var loaded = await db.DirectoryServices.AsNoTracking().AsSplitQuery()
            .Include(s => s.Organization).Include(s => s.Schedules).Include(s => s.Phones).Include(s => s.CostOptions)
            .Include(s => s.ServiceAtLocations).ThenInclude(l => l.Location).ThenInclude(l => l.Addresses)
            .Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        Services = ids.Where(loaded.ContainsKey).Select(id => loaded[id]).ToList();
    }

    private string Body()
    {
        var text = new StringBuilder();
        text.AppendLine("Here is the shortlist of services you saved on Find a service.").AppendLine();
        foreach (var s in Services)
        {
            text.AppendLine(s.Name).AppendLine($"  {s.Organization.Name}");
            foreach (var schedule in s.Schedules)
            {
                text.AppendLine($"  When: {ScheduleText.Sentence(schedule)}");
            }

            foreach (var address in s.ServiceAtLocations.SelectMany(l => l.Location.Addresses))
            {
                text.AppendLine($"  Where: {address.Address1}, {address.City}, {address.PostalCode}");
            }

            text.AppendLine($"  Cost: {IndexModel.Cost(s)}");
            foreach (var phone in s.Phones)
            {
                text.AppendLine($"  Phone: {phone.Number}");
            }

            text.AppendLine($"  More: {Request.Scheme}://{Request.Host}/services/{s.Id}").AppendLine();
        }

        text.AppendLine("You asked for this email. We have not kept your email address for anything else.");
        return text.ToString();
    }
}
