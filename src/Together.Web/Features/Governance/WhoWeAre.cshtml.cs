using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance;

public sealed class WhoWeAreModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public List<Board> Boards { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>Boards whose terms of reference are published in the documents library (as a web page and PDF).</summary>
    public HashSet<string> PublishedTerms { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Today = MeetingTimes.Today(clock);
        Boards = await db.Boards
            .Include(b => b.Members).ThenInclude(m => m.Organisation)
            .OrderBy(b => b.SortOrder).ThenBy(b => b.Name)
            .AsSplitQuery()
            .ToListAsync(HttpContext.RequestAborted);
        var slugs = Boards.Select(Documents.TermsOfReference.SlugFor).ToList();
        PublishedTerms = [.. await db.LibraryDocuments.Where(d => slugs.Contains(d.Slug)).Select(d => d.Slug).ToListAsync(HttpContext.RequestAborted)];
    }

    public IEnumerable<BoardMembership> CurrentMembers(Board board) =>
        board.Members.Where(m => m.IsCurrentOn(Today)).OrderBy(m => m.Role).ThenBy(m => m.Organisation?.Name).ThenBy(m => m.PersonName);
}
