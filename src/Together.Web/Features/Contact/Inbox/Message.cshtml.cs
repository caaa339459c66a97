using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Together.Web.Features.Accounts;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Auditing;
using Together.Web.Infrastructure.Branding;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.Contact.Inbox;

/// <summary>One message: read it (the view is audited), change its status, assign it, add notes and reply by email.</summary>
[Authorize(Policy = Policies.Staff)]
[Authorize(Policy = Policies.Administrator)]
public sealed class MessageModel(
    TogetherDbContext db,
    AuditLog audit,
    UserManager<TogetherUser> users,
    NotificationOutbox outbox,
    IOptions<BrandOptions> brand,
    TimeProvider clock) : PageModel
{
    public ContactMessage Item { get; private set; } = new();

    public bool Withheld { get; private set; }

    public IReadOnlyList<TogetherUser> Staff { get; private set; } = [];

    /// <summary>Makes a repeated submit of the note or reply form add one note or send one email.</summary>
    public Guid Token { get; private set; } = Guid.NewGuid();

    [BindProperty]
    public string? NewStatus { get; set; }

    [BindProperty]
    public string? AssignTo { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? ReplyText { get; set; }

    [BindProperty(Name = "Token")]
    public Guid SubmittedToken { get; set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await audit.RecordViewAsync(nameof(ContactMessage), id.ToString(), "Read a message in the staff inbox", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await db.ContactMessages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return NotFound();
        }

        if (!Enum.TryParse<ContactStatus>(NewStatus, out var status) || !Enum.IsDefined(status))
        {
            this.AddError(nameof(NewStatus), "Select a status");
            return await RedisplayAsync(id, cancellationToken);
        }

        if (status != message.Status)
        {
            AddNote(message, ContactNoteKind.StatusChanged, $"Status changed from {ContactJourney.Label(message.Status)} to {ContactJourney.Label(status)}", Guid.NewGuid());
            message.Status = status;
            message.UpdatedAt = Now;
            await db.SaveChangesAsync(cancellationToken);
        }

        Done = $"Status is now {ContactJourney.Label(status)}";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await db.ContactMessages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return NotFound();
        }

        var staff = await InboxStaff.ListAsync(users);
        var assignee = string.IsNullOrEmpty(AssignTo) ? null : staff.FirstOrDefault(u => u.Id == AssignTo);
        if (!string.IsNullOrEmpty(AssignTo) && assignee is null)
        {
            this.AddError(nameof(AssignTo), "Select someone who can use the inbox");
            return await RedisplayAsync(id, cancellationToken);
        }

        if (message.AssignedToUserId != assignee?.Id)
        {
            message.AssignedToUserId = assignee?.Id;
            message.UpdatedAt = Now;
            AddNote(message, ContactNoteKind.Assigned, assignee is null ? "Unassigned" : $"Assigned to {assignee.DisplayName}", Guid.NewGuid());
            await db.SaveChangesAsync(cancellationToken);
        }

        Done = assignee is null ? "Nobody is assigned" : $"Assigned to {assignee.DisplayName}";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await db.ContactMessages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return NotFound();
        }

        if (await IsRepeatAsync(cancellationToken))
        {
            return RedirectToPage(new { id });
        }

        var note = Forms.Clean(Note);
        if (note is null)
        {
            this.AddError(nameof(Note), "Enter a note");
        }
        else if (note.Length > ContactLimits.NoteMaxLength)
        {
            this.AddError(nameof(Note), "The note must be 5,000 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, cancellationToken);
        }

        AddNote(message, ContactNoteKind.Note, note!, SubmittedToken);
        message.UpdatedAt = Now;
        await db.SaveChangesAsync(cancellationToken);
        Done = "Note added";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReplyAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await db.ContactMessages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return NotFound();
        }

        if (message.Email is null)
        {
            // The sender asked for no reply; there is nowhere to send one.
            return BadRequest();
        }

        if (await IsRepeatAsync(cancellationToken))
        {
            return RedirectToPage(new { id });
        }

        var reply = Forms.Clean(ReplyText);
        if (reply is null)
        {
            this.AddError(nameof(ReplyText), "Enter your reply");
        }
        else if (reply.Length > ContactLimits.NoteMaxLength)
        {
            this.AddError(nameof(ReplyText), "Your reply must be 5,000 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, cancellationToken);
        }

        var b = brand.Value;
        var greeting = message.Name is null ? "Hello," : $"Hello {message.Name},";
        var email = outbox.Enqueue(
            message.Email,
            $"Your message to {b.PartnershipName} ({message.Reference})",
            $"{greeting}\n\n{reply}\n\n{b.PartnershipName}\n\nYou sent us a message through the {b.ShortName} website. Your reference is {message.Reference}.\n"
                + "If you are worried about your safety or someone else's, call 999 in an emergency. Children and young people can call Childline free on 0800 1111.\n",
            "contact.reply");
        var noteItem = AddNote(message, ContactNoteKind.Reply, reply!, SubmittedToken);
        noteItem.OutboxMessageId = email.Id;
        if (message.Status is ContactStatus.New or ContactStatus.InProgress)
        {
            message.Status = ContactStatus.Answered;
        }

        message.UpdatedAt = Now;
        await db.SaveChangesAsync(cancellationToken);
        Done = "Reply sent";
        return RedirectToPage(new { id });
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private ContactNote AddNote(ContactMessage message, ContactNoteKind kind, string text, Guid id)
    {
        var note = new ContactNote
        {
            Id = id,
            MessageId = message.Id,
            CreatedAt = Now,
            AuthorUserId = User.FindFirstValue(ClaimTypes.NameIdentifier),
            AuthorName = User.Identity?.Name ?? "unknown",
            Kind = kind,
            Text = text,
        };
        db.ContactNotes.Add(note);
        return note;
    }

    private async Task<bool> IsRepeatAsync(CancellationToken cancellationToken) =>
        SubmittedToken == Guid.Empty || await db.ContactNotes.AnyAsync(n => n.Id == SubmittedToken, cancellationToken);

    private async Task<IActionResult> RedisplayAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (SubmittedToken != Guid.Empty)
        {
            Token = SubmittedToken;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await db.ContactMessages.AsNoTracking()
            .Include(m => m.AssignedTo)
            .Include(m => m.Notes)
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return false;
        }

        message.Notes = [.. message.Notes.OrderByDescending(n => n.CreatedAt)];
        Item = message;
        Withheld = message.ScreeningStatus == ScreeningStatus.Flagged && !InboxStaff.CanReadWithheld(User);
        Staff = await InboxStaff.ListAsync(users);
        return true;
    }
}
