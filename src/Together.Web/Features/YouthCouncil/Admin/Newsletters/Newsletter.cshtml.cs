using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.YouthCouncil.Admin.Newsletters;

/// <summary>A newsletter: the preview and Send while it is a draft; what the outbox did with it once sent.</summary>
public sealed class NewsletterModel(TogetherDbContext db, NewsletterSender sender, MailingListService mailingList) : PageModel
{
    public Newsletter Newsletter { get; private set; } = new();

    public NewsletterSender.Delivery Delivery { get; private set; } = NewsletterSender.Delivery.None;

    public int ConfirmedCount { get; private set; }

    public string EmailText { get; private set; } = "";

    public bool AlreadySent { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool alreadySent, CancellationToken cancellationToken)
    {
        var newsletter = await db.Newsletters.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (newsletter is null)
        {
            return NotFound();
        }

        Newsletter = newsletter;
        AlreadySent = alreadySent && newsletter.Status == NewsletterStatus.Sent;
        Delivery = (await sender.DeliveryAsync([id], cancellationToken))[id];
        ConfirmedCount = await db.MailingListSubscribers.CountAsync(s => s.Status == SubscriberStatus.Confirmed, cancellationToken);
        // What one subscriber will receive, with a stand-in for their own leave link.
        EmailText = mailingList.NewsletterText(newsletter, new MailingListSubscriber { UnsubscribeToken = "(their own link)" }, $"{Request.Scheme}://{Request.Host}");
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken cancellationToken)
    {
        var newsletter = await db.Newsletters.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (newsletter is null)
        {
            return NotFound();
        }

        var sent = await sender.SendAsync(newsletter, User.Identity?.Name ?? "", $"{Request.Scheme}://{Request.Host}", cancellationToken);
        return sent
            ? RedirectToPage(new { id })
            : RedirectToPage(new { id, alreadySent = true });
    }
}
