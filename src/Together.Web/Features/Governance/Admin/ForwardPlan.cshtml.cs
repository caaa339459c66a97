using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance.Admin;

/// <summary>Adds items to the forward plan of future business; exempt ones are listed only to the board.</summary>
public sealed class ForwardPlanModel(TogetherDbContext db) : PageModel
{
    public List<Board> Boards { get; private set; } = [];

    public List<ForwardPlanItem> Items { get; private set; } = [];

    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public Guid? BoardId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Lead { get; set; }
    [BindProperty] public ItemPurpose? Purpose { get; set; }
    [BindProperty] public bool IsExempt { get; set; }
    [BindProperty] public string? Day { get; set; }
    [BindProperty] public string? Month { get; set; }
    [BindProperty] public string? Year { get; set; }

    public async Task OnGetAsync()
    {
        Token = Guid.NewGuid();
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Token == Guid.Empty || await db.ForwardPlanItems.AnyAsync(f => f.Id == Token))
        {
            return RedirectToPage();
        }

        await LoadAsync();
        if (BoardId is null || Boards.All(b => b.Id != BoardId))
        {
            ModelState.AddModelError(nameof(BoardId), "Select the board");
        }

        Title = FormInput.Clean(Title);
        Lead = FormInput.Clean(Lead);
        if (Title is null || Title.Length > 200)
        {
            ModelState.AddModelError(nameof(Title), "Enter the item's title (200 characters or fewer)");
        }

        if (Lead?.Length > 200)
        {
            ModelState.AddModelError(nameof(Lead), "Lead must be 200 characters or fewer");
        }

        if (Purpose is null)
        {
            ModelState.AddModelError(nameof(Purpose), "Select whether the item is for decision, discussion or information");
        }

        if (!FormInput.TryDate(Day, Month, Year, out var date))
        {
            ModelState.AddModelError(nameof(Day), "Enter a real date, for example 11 3 2027");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.ForwardPlanItems.Add(new ForwardPlanItem { Id = Token, BoardId = BoardId!.Value, Title = Title!, Lead = Lead, Purpose = Purpose!.Value, IsExempt = IsExempt, PlannedFor = date });
        await db.SaveChangesAsync();
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Boards = await db.Boards.OrderBy(b => b.SortOrder).ToListAsync();
        Items = await db.ForwardPlanItems.OrderBy(f => f.PlannedFor).ToListAsync();
    }
}
