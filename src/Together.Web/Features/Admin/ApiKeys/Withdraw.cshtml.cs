using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Outcomes;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.ApiKeys;

/// <summary>Withdraw (revoke) a key after a confirmation.</summary>
public sealed class WithdrawModel(TogetherDbContext db, Outcomes.ApiKeys keys) : PageModel
{
    public OutcomesApiToken Token { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var withdrawn = await keys.RevokeAsync(Token, User.Identity?.Name ?? "an administrator", cancellationToken);
        TempData["ApiKeysMessage"] = withdrawn ? $"The key '{Token.Name}' is withdrawn: it no longer works" : $"The key '{Token.Name}' was already withdrawn";
        return RedirectToPage("/Admin/ApiKeys/Index");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var token = await db.OutcomesApiTokens.Include(t => t.Organisation).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (token is null)
        {
            return false;
        }

        Token = token;
        return true;
    }
}
