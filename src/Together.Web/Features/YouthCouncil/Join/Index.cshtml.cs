using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Areas;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.YouthCouncil.Join;

/// <summary>Express interest, question 1: about you (first name or nickname, age group, where you live). Without an id it starts a draft.</summary>
public sealed class IndexModel(TogetherDbContext db, InterestJourney journey, TimeProvider clock) : PageModel
{
    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public string? FirstName { get; set; }
    [BindProperty] public string? AgeBand { get; set; }
    [BindProperty] public string? LocalityId { get; set; }

    public Guid? Id { get; private set; }

    public List<Area> Localities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        Localities = await journey.LocalitiesAsync(cancellationToken);
        if (id is { } draftId)
        {
            if (await journey.IsSentAsync(draftId, cancellationToken))
            {
                return RedirectToPage("/YouthCouncil/Join/Sent", new { id = draftId });
            }

            var draft = await journey.FindDraftAsync(draftId, cancellationToken);
            if (draft is null)
            {
                return NotFound();
            }

            Id = draftId;
            FirstName = draft.FirstName;
            AgeBand = draft.AgeBand?.ToString();
            LocalityId = draft.LocalityId;
            return Page();
        }

        Token = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        var draftId = id ?? Token;
        if (draftId == Guid.Empty)
        {
            return BadRequest();
        }

        if (await journey.IsSentAsync(draftId, cancellationToken))
        {
            return RedirectToPage("/YouthCouncil/Join/Sent", new { id = draftId });
        }

        var draft = await journey.FindDraftAsync(draftId, cancellationToken);
        if (draft is null && id is not null)
        {
            return NotFound();
        }

        Localities = await journey.LocalitiesAsync(cancellationToken);
        var name = Forms.Clean(FirstName);
        YouthCouncil.AgeBand? band = Enum.TryParse<YouthCouncil.AgeBand>(AgeBand, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        if (name is null)
        {
            this.AddError(nameof(FirstName), "Enter your first name or a nickname");
        }
        else if (name.Length > InvolvementLimits.FirstNameMaxLength)
        {
            this.AddError(nameof(FirstName), "Your first name or nickname must be 50 characters or fewer");
        }

        if (band is null)
        {
            this.AddError(nameof(AgeBand), "Select how old you are");
        }

        if (LocalityId != InterestJourney.NotSure && Localities.All(l => l.Id != LocalityId))
        {
            this.AddError(nameof(LocalityId), "Select the town you live in or nearest to, or 'I'm not sure'");
        }

        if (!ModelState.IsValid)
        {
            Id = id;
            return Page();
        }

        if (draft is null)
        {
            draft = new InterestDraft { Id = draftId, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.InterestDrafts.Add(draft);
        }

        draft.FirstName = name;
        draft.AgeBand = band;
        draft.LocalityId = LocalityId;
        journey.Touch(draft);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(InterestJourney.NextPage(draft), new { id = draft.Id });
    }
}
