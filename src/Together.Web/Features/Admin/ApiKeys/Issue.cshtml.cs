using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Outcomes;
using Together.Web.Features.Organisations;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.ApiKeys;

/// <summary>Issue a key: which organisation, and a name that says which system will use it.</summary>
public sealed class IssueModel(TogetherDbContext db, Outcomes.ApiKeys keys) : PageModel
{
    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    /// <summary>Made when the form is shown; a second submit of the same form issues nothing more.</summary>
    [BindProperty]
    public Guid RequestId { get; set; }

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = [];

    public async Task OnGetAsync(string? organisation, CancellationToken cancellationToken)
    {
        RequestId = Guid.NewGuid();
        Organisation = organisation;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var organisation = Organisations.FirstOrDefault(o => o.Slug == Organisation);
        if (string.IsNullOrEmpty(Organisation))
        {
            Errors["Organisation"] = "Select the organisation whose system will use the key";
        }
        else if (organisation is null)
        {
            Errors["Organisation"] = "Select an organisation from the list";
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            Errors["Name"] = "Enter a name for the key, for example 'Police data warehouse'";
        }
        else if (Name.Trim().Length > Outcomes.ApiKeys.MaxNameLength)
        {
            Errors["Name"] = $"The name must be {Outcomes.ApiKeys.MaxNameLength} characters or fewer";
        }

        if (RequestId == Guid.Empty)
        {
            Errors["Name"] = "The form had expired. Check the answers and issue the key again";
            RequestId = Guid.NewGuid();
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var issued = await keys.IssueAsync(organisation!.Id, Name!, RequestId, User.Identity?.Name ?? "an administrator", cancellationToken);
        if (issued.AlreadyIssued)
        {
            TempData["ApiKeysMessage"] = $"The key '{issued.Token.Name}' was already issued when this form was first sent. It is shown only once: if nobody copied it, withdraw it and issue another";
            return RedirectToPage("/Admin/ApiKeys/Index");
        }

        // The key travels to the next page in the encrypted, single-read TempData cookie and is never stored.
        TempData["IssuedKey"] = issued.Key;
        TempData["IssuedKeyName"] = issued.Token.Name;
        TempData["IssuedKeyOrganisation"] = organisation.Name;
        return RedirectToPage("/Admin/ApiKeys/Issued");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Organisations = await db.Organisations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Name).ToListAsync(cancellationToken);
}
