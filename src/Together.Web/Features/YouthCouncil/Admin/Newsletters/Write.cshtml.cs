using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.YouthCouncil.Admin.Newsletters;

/// <summary>Write or change a draft newsletter in Markdown. Saving leads to the preview, where it is sent.</summary>
public sealed class WriteModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Body { get; set; }

    public Guid? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            Token = Guid.NewGuid();
            return Page();
        }

        var newsletter = await db.Newsletters.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (newsletter is null)
        {
            return NotFound();
        }

        if (newsletter.Status != NewsletterStatus.Draft)
        {
            return RedirectToPage("/YouthCouncil/Admin/Newsletters/Newsletter", new { id });
        }

        Id = id;
        Token = newsletter.Id;
        Subject = newsletter.Subject;
        Body = newsletter.BodyMarkdown;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        var newsletterId = id ?? Token;
        if (newsletterId == Guid.Empty)
        {
            return BadRequest();
        }

        // The id is chosen when the form is shown, so pressing Save twice makes one newsletter.
        var newsletter = await db.Newsletters.FirstOrDefaultAsync(n => n.Id == newsletterId, cancellationToken);
        if (newsletter is null && id is not null)
        {
            return NotFound();
        }

        if (newsletter is { Status: not NewsletterStatus.Draft })
        {
            return RedirectToPage("/YouthCouncil/Admin/Newsletters/Newsletter", new { id = newsletterId });
        }

        var subject = Forms.Clean(Subject);
        var body = Forms.Clean(Body);
        if (subject is null)
        {
            this.AddError(nameof(Subject), "Enter a subject");
        }
        else if (subject.Length > InvolvementLimits.SubjectMaxLength || subject.Contains('\n'))
        {
            this.AddError(nameof(Subject), "The subject must be one line of 150 characters or fewer");
        }

        if (body is null)
        {
            this.AddError(nameof(Body), "Enter the newsletter");
        }
        else if (body.Length > InvolvementLimits.BodyMaxLength)
        {
            this.AddError(nameof(Body), "The newsletter must be 20,000 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            Id = id;
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (newsletter is null)
        {
            newsletter = new Newsletter { Id = newsletterId, CreatedAt = now, Status = NewsletterStatus.Draft };
            db.Newsletters.Add(newsletter);
        }

        newsletter.Subject = subject!;
        newsletter.BodyMarkdown = body!;
        newsletter.UpdatedAt = now;
        newsletter.UpdatedBy = User.Identity?.Name ?? "";
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/YouthCouncil/Admin/Newsletters/Newsletter", new { id = newsletterId });
    }
}
