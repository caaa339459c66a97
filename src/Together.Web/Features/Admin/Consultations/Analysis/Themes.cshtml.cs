using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Voice;
using Together.Web.Features.Voice.Analysis;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations.Analysis;

/// <summary>The codebook: the themes of a consultation's free-text answers, how many answers carry each, and candidate themes.</summary>
public sealed class ThemesModel(TogetherDbContext db, ThemeBook book, TimeProvider clock) : PageModel
{
    public Consultation? Consultation { get; private set; }

    public IReadOnlyList<(ConsultationTheme Theme, int Answers, int Quotes)> Themes { get; private set; } = [];

    public IReadOnlyList<TermSuggestion> Candidates { get; private set; } = [];

    public int TextAnswers { get; private set; }

    public int Untagged { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Keywords { get; set; }
    [BindProperty] public string? Term { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var checkedTheme = await book.CheckAsync(id, null, Name, Description, Keywords, ModelState, ct);
        if (checkedTheme is null)
        {
            return Page();
        }

        db.ConsultationThemes.Add(new ConsultationTheme
        {
            Id = Guid.NewGuid(), ConsultationId = id, Name = checkedTheme.Value.Name, Description = checkedTheme.Value.Description, Keywords = checkedTheme.Value.Keywords,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/consultations/{id}/themes#themes");
    }

    /// <summary>Makes a suggested term into a theme, with the term as its first keyword.</summary>
    public async Task<IActionResult> OnPostAddSuggestedAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var term = Term?.Trim() ?? "";
        var name = term.Length == 0 ? "" : char.ToUpperInvariant(term[0]) + term[1..];
        var checkedTheme = await book.CheckAsync(id, null, name, "", term, ModelState, ct, field: "Term");
        if (checkedTheme is null)
        {
            return Page();
        }

        db.ConsultationThemes.Add(new ConsultationTheme { Id = Guid.NewGuid(), ConsultationId = id, Name = checkedTheme.Value.Name, Keywords = checkedTheme.Value.Keywords, CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/consultations/{id}/themes#themes");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (Consultation is null)
        {
            return false;
        }

        var codebook = await book.CodebookAsync(id, ct);
        Themes = codebook.Themes;
        var texts = await book.TextAnswersAsync(id, null, ct);
        TextAnswers = texts.Count;
        var tagged = await book.TaggedAnswerIdsAsync(id, ct);
        Untagged = texts.Count(t => !tagged.Contains(t.Id));
        Candidates = ThemeSuggestions.SuggestThemes(
            texts.Where(t => !tagged.Contains(t.Id)).Select(t => new TextAnswer(t.Id, t.Text)).ToList(),
            Themes.SelectMany(t => t.Theme.KeywordList.Append(t.Theme.Name)),
            minimumAnswers: Math.Max(3, texts.Count / 50));
        return true;
    }
}
