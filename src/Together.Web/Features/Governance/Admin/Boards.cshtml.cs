using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Organisations;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance.Admin;

/// <summary>The board and sub-groups: terms of reference, quorum, and who sits on them for which partner.</summary>
public sealed class BoardsModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public List<Board> Boards { get; private set; } = [];

    public List<Organisation> Organisations { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public Guid? BoardId { get; set; }
    [BindProperty] public Guid? OrganisationId { get; set; }
    [BindProperty] public string? PersonName { get; set; }
    [BindProperty] public string? JobTitle { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public BoardRole? Role { get; set; }
    [BindProperty] public string? Day { get; set; }
    [BindProperty] public string? Month { get; set; }
    [BindProperty] public string? Year { get; set; }

    public async Task OnGetAsync()
    {
        Token = Guid.NewGuid();
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (Token == Guid.Empty || await db.BoardMemberships.AnyAsync(m => m.Id == Token))
        {
            return RedirectToPage();
        }

        await LoadAsync();
        if (BoardId is null || Boards.All(b => b.Id != BoardId))
        {
            ModelState.AddModelError(nameof(BoardId), "Select the board");
        }

        if (OrganisationId is null || Organisations.All(o => o.Id != OrganisationId))
        {
            ModelState.AddModelError(nameof(OrganisationId), "Select the partner organisation the member represents");
        }

        PersonName = FormInput.Clean(PersonName);
        JobTitle = FormInput.Clean(JobTitle);
        Email = FormInput.Clean(Email);
        if (PersonName is null || PersonName.Length > 200)
        {
            ModelState.AddModelError(nameof(PersonName), "Enter the member's name (200 characters or fewer)");
        }

        if (JobTitle?.Length > 200)
        {
            ModelState.AddModelError(nameof(JobTitle), "Job title must be 200 characters or fewer");
        }

        if (Email is not null && (Email.Length > 320 || !Email.Contains('@', StringComparison.Ordinal)))
        {
            ModelState.AddModelError(nameof(Email), "Enter an email address like name@example.org, or leave it empty");
        }

        if (Role is null)
        {
            ModelState.AddModelError(nameof(Role), "Select the member's role");
        }

        if (!FormInput.TryDate(Day, Month, Year, out var start))
        {
            ModelState.AddModelError(nameof(Day), "Enter the date the membership starts, for example 1 4 2026");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.BoardMemberships.Add(new BoardMembership
        {
            Id = Token,
            BoardId = BoardId!.Value,
            OrganisationId = OrganisationId!.Value,
            PersonName = PersonName!,
            JobTitle = JobTitle,
            Email = Email,
            Role = Role!.Value,
            StartDate = start,
        });
        await db.SaveChangesAsync();
        return RedirectToPage();
    }

    /// <summary>Ends a membership today; the record is kept so past attendance still shows who was there.</summary>
    public async Task<IActionResult> OnPostEndAsync(Guid membershipId)
    {
        var membership = await db.BoardMemberships.FirstOrDefaultAsync(m => m.Id == membershipId);
        if (membership is null)
        {
            return NotFound();
        }

        membership.EndDate ??= MeetingTimes.Today(clock);
        await db.SaveChangesAsync();
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Today = MeetingTimes.Today(clock);
        Boards = await db.Boards.Include(b => b.Members).ThenInclude(m => m.Organisation).OrderBy(b => b.SortOrder).AsSplitQuery().ToListAsync();
        Organisations = await db.Organisations.Where(o => o.IsActive).OrderBy(o => o.Name).ToListAsync();
    }
}
