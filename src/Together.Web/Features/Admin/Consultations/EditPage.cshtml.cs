using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Voice;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations;

/// <summary>Renames a survey page and sets the condition that shows it.</summary>
public sealed class EditPageModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public Consultation? Consultation { get; private set; }

    public SurveyDefinition Survey { get; private set; } = new();

    public SurveyPage? SurveyPage { get; private set; }

    public int VersionNumber { get; private set; }

    public int VersionResponses { get; private set; }

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? ShowIf { get; set; }
    [BindProperty] public ConditionOperator? ShowIfOperator { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string pageId, CancellationToken ct)
    {
        if (!await LoadAsync(id, pageId, ct))
        {
            return NotFound();
        }

        Title = SurveyPage!.Title;
        ShowIf = SurveyEditor.ConditionPick(SurveyPage.ShowIf);
        ShowIfOperator = SurveyPage.ShowIf?.Operator;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string pageId, CancellationToken ct)
    {
        if (!await LoadAsync(id, pageId, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        Title = Title?.Trim();
        if (string.IsNullOrEmpty(Title)) { ModelState.AddModelError("Title", "Enter a title for the page"); }
        else if (Title.Length > SurveyEditor.MaxPageTitle) { ModelState.AddModelError("Title", "The title must be 200 characters or fewer"); }

        var editable = await SurveyVersions.EditableAsync(db, id, clock.GetUtcNow().UtcDateTime, ct);
        var survey = SurveyDefinition.FromJson(editable.DefinitionJson);
        var page = survey.Pages.Single(p => p.Id == pageId);
        page.Title = Title ?? "";
        page.ShowIf = SurveyEditor.ParseCondition(ShowIf, ShowIfOperator);
        if (page.ShowIf is { } condition && SurveyLogic.CheckCondition(survey, condition, null, page.Id) is { } problem)
        {
            ModelState.AddModelError("ShowIf", problem);
        }

        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, pageId, ct);
            return Page();
        }

        editable.DefinitionJson = survey.ToJson();
        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/consultations/{id}#page-{pageId}");
    }

    private async Task<bool> LoadAsync(Guid id, string pageId, CancellationToken ct)
    {
        Consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (Consultation is null)
        {
            return false;
        }

        var version = await ResponseJourneys.LatestVersionAsync(db, id, ct);
        Survey = version is null ? new SurveyDefinition() : SurveyDefinition.FromJson(version.DefinitionJson);
        VersionNumber = version?.Number ?? 1;
        VersionResponses = version is null ? 0 : await db.SurveyResponses.CountAsync(r => r.SurveyVersionId == version.Id, ct);
        SurveyPage = Survey.Pages.FirstOrDefault(p => p.Id == pageId);
        return SurveyPage is not null;
    }
}
