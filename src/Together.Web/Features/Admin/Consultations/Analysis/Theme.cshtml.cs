using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Voice;
using Together.Web.Features.Voice.Analysis;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations.Analysis;

/// <summary>Rename, describe, change the keywords of, or remove one theme.</summary>
public sealed class ThemeModel(TogetherDbContext db, ThemeBook book) : PageModel
{
    public Consultation? Consultation { get; private set; }

    public ConsultationTheme? Theme { get; private set; }

    public int Tagged { get; private set; }

    public int Suggested { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Keywords { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid themeId, CancellationToken ct)
    {
        if (!await LoadAsync(id, themeId, ct))
        {
            return NotFound();
        }

        Name = Theme!.Name;
        Description = Theme.Description;
        Keywords = Theme.Keywords;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid themeId, CancellationToken ct)
    {
        if (!await LoadAsync(id, themeId, ct))
        {
            return NotFound();
        }

        var checkedTheme = await book.CheckAsync(id, themeId, Name, Description, Keywords, ModelState, ct);
        if (checkedTheme is null)
        {
            return Page();
        }

        var theme = await db.ConsultationThemes.SingleAsync(t => t.Id == themeId, ct);
        (theme.Name, theme.Description, theme.Keywords) = checkedTheme.Value;
        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/consultations/{id}/themes#themes");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid themeId, CancellationToken ct)
    {
        var theme = await db.ConsultationThemes.SingleOrDefaultAsync(t => t.Id == themeId && t.ConsultationId == id, ct);
        if (theme is not null)
        {
            // Its tags go with it (cascade); the answers themselves and their other themes stay.
            db.ConsultationThemes.Remove(theme);
            await db.SaveChangesAsync(ct);
        }

        // A second click finds it already gone: the outcome is the same.
        return Redirect($"/admin/consultations/{id}/themes#themes");
    }

    private async Task<bool> LoadAsync(Guid id, Guid themeId, CancellationToken ct)
    {
        Consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        Theme = await db.ConsultationThemes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == themeId && t.ConsultationId == id, ct);
        if (Consultation is null || Theme is null)
        {
            return false;
        }

        Tagged = await db.AnswerThemes.CountAsync(a => a.ThemeId == themeId, ct);
        var tagged = (await db.AnswerThemes.Where(a => a.ThemeId == themeId).Select(a => a.AnswerId).ToListAsync(ct)).ToHashSet();
        var texts = await book.TextAnswersAsync(id, null, ct);
        Suggested = ThemeSuggestions.SuggestAnswers(Theme.Name, Theme.KeywordList, texts.Select(t => new TextAnswer(t.Id, t.Text)), tagged).Count;
        return true;
    }
}
