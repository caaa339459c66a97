using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Services.Manage;

public sealed class SubmittedModel(TogetherDbContext db, ServiceEditing editing) : PageModel
{
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var (change, _, status) = await Journey.LoadAsync(db, editing, User, id, ct);
        if (status != 200)
        {
            return status == 404 ? NotFound() : Forbid();
        }

        if (change!.State != ServiceChangeState.Submitted)
        {
            return Redirect($"/services/manage/changes/{id}");
        }

        Name = ServiceDraft.FromJson(change.ProposedJson).Name;
        return Page();
    }
}
