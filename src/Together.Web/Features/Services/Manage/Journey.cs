using Microsoft.EntityFrameworkCore;
using Together.Web.Features.ServiceDirectory;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Services.Manage;

/// <summary>The pages of the editing journey, in order, each one question about the service.</summary>
public static class Journey
{
    public sealed record Section(string Slug, string Title);

    public static readonly IReadOnlyList<Section> Sections =
    [
        new("what", "What the service is"),
        new("who", "Who it is for"),
        new("when", "When it runs"),
        new("where", "Where it runs"),
        new("accessibility", "Accessibility"),
        new("cost", "Cost"),
        new("how-to-get-it", "How to get it"),
        new("contact", "Contact details"),
        new("languages", "Languages"),
        new("categories", "Categories"),
        new("send", "Special educational needs and disabilities (SEND)"),
    ];

    public static Section? Find(string slug) => Sections.FirstOrDefault(s => s.Slug == slug);

    /// <summary>After a page: a new service goes on to the next page it has not answered; an edit goes back to the check page.</summary>
    public static string Next(ServiceChange change, string slug)
    {
        if (change.Kind == ServiceChangeKind.Create)
        {
            var answered = Answered(change);
            var next = Sections.SkipWhile(s => s.Slug != slug).Skip(1).FirstOrDefault(s => !answered.Contains(s.Slug));
            if (next is not null)
            {
                return $"/services/manage/changes/{change.Id}/{next.Slug}";
            }
        }

        return $"/services/manage/changes/{change.Id}";
    }

    public static HashSet<string> Answered(ServiceChange change) =>
        [.. change.AnsweredSections.Split(',', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>What must be answered before a change can be sent for review, with the page to answer it on.</summary>
    public static IReadOnlyList<(string Section, string Message)> Missing(ServiceDraft draft)
    {
        var missing = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(draft.Name) || string.IsNullOrWhiteSpace(draft.Description))
        {
            missing.Add(("what", "Say what the service is"));
        }

        if (!draft.InPerson && !draft.Online && !draft.ByPhone)
        {
            missing.Add(("where", "Say where the service runs"));
        }

        if (!draft.Free && string.IsNullOrWhiteSpace(draft.Fees))
        {
            missing.Add(("cost", "Say what the service costs"));
        }

        if (draft.Phone is null && draft.Email is null && draft.Url is null)
        {
            missing.Add(("contact", "Give at least one way to contact the service"));
        }

        if (draft.Categories.Count == 0)
        {
            missing.Add(("categories", "Choose at least one category"));
        }

        return missing;
    }

    /// <summary>Loads a change for its editor; null result means go ahead. Partners reach only their organisation's changes.</summary>
    public static async Task<(ServiceChange? Change, DirectoryEditor Editor, int Status)> LoadAsync(TogetherDbContext db, ServiceEditing editing, System.Security.Claims.ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var editor = await editing.EditorAsync(user, ct);
        var change = await db.DirectoryServiceChanges.Include(c => c.Organization).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (change is null)
        {
            return (null, editor, 404);
        }

        return editor.MayEdit(change.Organization) ? (change, editor, 200) : (null, editor, 403);
    }

    public static bool IsEditable(ServiceChange change) => change.State is ServiceChangeState.Draft or ServiceChangeState.Returned;
}

/// <summary>A GOV.UK text input (Manage/_TextField.cshtml).</summary>
public sealed record TextField(string Name, string Label, string? Hint, string? Value, string? Error, string Width = "", string Type = "text", string? Autocomplete = null);
