using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Features.Shared;

namespace Together.Web.Features.Services.Manage;

/// <summary>Adding a service starts with who provides it: one of the organisations this person edits for.</summary>
public sealed class NewModel(ServiceEditing editing) : PageModel
{
    [BindProperty] public Guid? OrganizationId { get; set; }

    public List<(Guid Id, string Name)> Organizations { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Organizations.Count == 0 ? Forbid() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var editor = await editing.EditorAsync(User, ct);
        await LoadAsync(ct);
        var organization = OrganizationId is { } id ? await editing.Organizations(editor).FirstOrDefaultAsync(o => o.Id == id, ct) : null;
        if (organization is null)
        {
            this.AddError(nameof(OrganizationId), "Choose the organisation that provides the service");
            return Page();
        }

        var change = await editing.StartNewAsync(editor, organization, ct);
        return Redirect($"/services/manage/changes/{change.Id}/what");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var editor = await editing.EditorAsync(User, ct);
        Organizations.AddRange((await editing.Organizations(editor).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)));
    }
}
