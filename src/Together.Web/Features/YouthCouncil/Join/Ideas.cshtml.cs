using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.YouthCouncil.Join;

/// <summary>Question 3, optional: what the young person would like to change. Screened when the form is sent.</summary>
public sealed class IdeasModel(TogetherDbContext db, InterestJourney journey) : PageModel
{
    [BindProperty] public string? Ideas { get; set; }

    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var (result, draft) = await LoadAsync(id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        Ideas = draft!.Ideas;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var (result, draft) = await LoadAsync(id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        var ideas = Forms.Clean(Ideas);
        if (ideas?.Length > InvolvementLimits.IdeasMaxLength)
        {
            this.AddError(nameof(Ideas), "Use 1,000 characters or fewer");
            return Page();
        }

        draft!.Ideas = ideas;
        draft.IdeasAnswered = true;
        journey.Touch(draft);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(InterestJourney.NextPage(draft), new { id });
    }

    private async Task<(IActionResult? Result, InterestDraft? Draft)> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await journey.IsSentAsync(id, cancellationToken))
        {
            return (RedirectToPage("/YouthCouncil/Join/Sent", new { id }), null);
        }

        var draft = await journey.FindDraftAsync(id, cancellationToken);
        if (draft is null)
        {
            return (NotFound(), null);
        }

        var next = InterestJourney.NextPage(draft);
        if (next is "/YouthCouncil/Join/Index" or "/YouthCouncil/Join/Contact")
        {
            return (RedirectToPage(next, new { id }), null);
        }

        Id = id;
        return (null, draft);
    }
}
