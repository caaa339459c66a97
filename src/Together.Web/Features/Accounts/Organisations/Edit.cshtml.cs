using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Organisations;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Accounts.Organisations;

/// <summary>Adding or editing a partner organisation: name, kind and website.</summary>
public sealed partial class EditModel(TogetherDbContext db) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public OrganisationKind? Kind { get; set; }

    [BindProperty]
    public string? Website { get; set; }

    public Guid? Id { get; private set; }

    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } existingId)
        {
            var organisation = await db.Organisations.FindAsync(existingId);
            if (organisation is null)
            {
                return NotFound();
            }

            Id = organisation.Id;
            Name = organisation.Name;
            Kind = organisation.Kind;
            Website = organisation.Website;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        Organisation? organisation = null;
        if (id is { } existingId)
        {
            organisation = await db.Organisations.FindAsync(existingId);
            if (organisation is null)
            {
                return NotFound();
            }

            Id = organisation.Id;
        }

        Name = Name?.Trim();
        Website = string.IsNullOrWhiteSpace(Website) ? null : Website.Trim();
        if (string.IsNullOrEmpty(Name))
        {
            ModelState.AddModelError(nameof(Name), "Enter the organisation's name");
        }
        else if (Name.Length > 200)
        {
            ModelState.AddModelError(nameof(Name), "Name must be 200 characters or fewer");
        }
        else
        {
            var slug = Slug(Name);
            if (slug.Length == 0)
            {
                ModelState.AddModelError(nameof(Name), "The name must include some letters or numbers");
            }
            else if (await db.Organisations.AnyAsync(o => o.Slug == slug && o.Id != id))
            {
                ModelState.AddModelError(nameof(Name), "There is already an organisation with this name");
            }
        }

        // Model binding reports an unknown kind as a binding error; replace it with the service's own words.
        ModelState.Remove(nameof(Kind));
        if (Kind is null || !Enum.IsDefined(Kind.Value))
        {
            ModelState.AddModelError(nameof(Kind), "Select what kind of organisation it is");
        }

        if (Website is not null && (Website.Length > 500 || !Uri.TryCreate(Website, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            ModelState.AddModelError(nameof(Website), Website.Length > 500
                ? "Website must be 500 characters or fewer"
                : "Enter the website address in full, like https://www.example.org.uk");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (organisation is null)
        {
            organisation = new Organisation { Id = Guid.NewGuid() };
            db.Organisations.Add(organisation);
        }

        organisation.Name = Name!;
        organisation.Slug = Slug(Name!);
        organisation.Kind = Kind!.Value;
        organisation.Website = Website;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two identical submits at once: the unique slug lets only one through.
            ModelState.AddModelError(nameof(Name), "There is already an organisation with this name");
            return Page();
        }

        TempData[nameof(IndexModel.Notice)] = $"{organisation.Name} has been {(id is null ? "added" : "saved")}";
        return Redirect("/admin/organisations");
    }

    public static string Slug(string name)
    {
        var slug = SlugInvalid().Replace(name.ToLowerInvariant().Replace("&", " and ", StringComparison.Ordinal), "-").Trim('-');
        return slug.Length > 100 ? slug[..100].TrimEnd('-') : slug;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex SlugInvalid();
}
