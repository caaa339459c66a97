using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Governance;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.YouthCouncil.Admin;

/// <summary>Youth Council members (with parental consent for under 13s) and the challenges waiting for the board.</summary>
public sealed class IndexModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public List<Challenge> Challenges { get; private set; } = [];

    public List<YouthCouncilMember> Members { get; private set; } = [];

    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public string? FirstName { get; set; }
    [BindProperty] public AgeBand? AgeBand { get; set; }
    [BindProperty] public string? ParentConsentGivenBy { get; set; }
    [BindProperty] public bool ParentConsentConfirmed { get; set; }

    public async Task OnGetAsync()
    {
        Token = Guid.NewGuid();
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAddMemberAsync()
    {
        if (Token == Guid.Empty || await db.YouthCouncilMembers.AnyAsync(m => m.Id == Token))
        {
            return RedirectToPage();
        }

        FirstName = FormInput.Clean(FirstName);
        ParentConsentGivenBy = FormInput.Clean(ParentConsentGivenBy);
        if (FirstName is null || FirstName.Length > 100)
        {
            ModelState.AddModelError(nameof(FirstName), "Enter the young person's first name (100 characters or fewer)");
        }

        if (AgeBand is null)
        {
            ModelState.AddModelError(nameof(AgeBand), "Select the young person's age group");
        }
        else if (AgeBand == YouthCouncil.AgeBand.Under13)
        {
            // Under 13s cannot consent for themselves to their data being held (UK GDPR Article 8, Data Protection Act 2018 s.9).
            if (ParentConsentGivenBy is null || ParentConsentGivenBy.Length > 200)
            {
                ModelState.AddModelError(nameof(ParentConsentGivenBy), "Enter the name of the parent or carer who gave consent");
            }

            if (!ParentConsentConfirmed)
            {
                ModelState.AddModelError(nameof(ParentConsentConfirmed), "Confirm that a parent or carer has given consent");
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var today = MeetingTimes.Today(clock);
        var under13 = AgeBand == YouthCouncil.AgeBand.Under13;
        db.YouthCouncilMembers.Add(new YouthCouncilMember
        {
            Id = Token,
            FirstName = FirstName!,
            AgeBand = AgeBand!.Value,
            JoinedOn = today,
            ParentConsentGivenBy = under13 ? ParentConsentGivenBy : null,
            ParentConsentRecordedOn = under13 ? today : null,
        });
        await db.SaveChangesAsync();
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Challenges = (await db.Challenges.Include(c => c.Meeting).ToListAsync()).OrderBy(c => c.Status).ThenByDescending(c => c.CreatedAt).ToList();
        Members = await db.YouthCouncilMembers.OrderBy(m => m.LeftOn != null).ThenBy(m => m.FirstName).ToListAsync();
    }
}
