using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Voice;
using Together.Web.Features.Voice.Analysis;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations.Analysis;

/// <summary>
/// Free-text answers of one question, to read, tag with themes (many at once, with checkboxes) and mark as publishable
/// quotes. Flagged answers are never listed: only their number is shown.
/// </summary>
public sealed class AnswersModel(TogetherDbContext db, ThemeBook book) : PageModel
{
    public const int PageSize = 100;

    public Consultation? Consultation { get; private set; }

    public IReadOnlyList<SurveyQuestion> Questions { get; private set; } = [];

    public SurveyQuestion? Question { get; private set; }

    public IReadOnlyList<ConsultationTheme> Themes { get; private set; } = [];

    public IReadOnlyList<(StaffTextAnswer Answer, IReadOnlyList<string> Themes, bool Quote, IReadOnlyList<string> Matched)> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Withheld { get; private set; }

    public ConsultationTheme? ShownTheme { get; private set; }

    [BindProperty(SupportsGet = true, Name = "question")] public string? QuestionId { get; set; }
    [BindProperty(SupportsGet = true, Name = "show")] public string? Show { get; set; }
    [BindProperty(SupportsGet = true, Name = "theme")] public Guid? ShowThemeId { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "done")] public BulkAction? Done { get; set; }
    [BindProperty(SupportsGet = true, Name = "n")] public int? DoneCount { get; set; }

    [BindProperty] public List<Guid> Selected { get; set; } = [];
    [BindProperty] public Guid? ThemeId { get; set; }
    [BindProperty] public BulkAction? Action { get; set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await db.Consultations.AnyAsync(c => c.Id == id, ct))
        {
            return NotFound();
        }

        if (Action is null)
        {
            ModelState.AddModelError("Action", "Choose what to do with the selected answers");
        }
        else if (Action is BulkAction.Tag or BulkAction.Untag && ThemeId is null)
        {
            ModelState.AddModelError("ThemeId", "Choose a theme");
        }
        else
        {
            var (changed, error) = await book.ApplyAsync(id, Selected, Action.Value, ThemeId, User.Identity?.Name ?? "unknown", ct);
            if (error is null)
            {
                return Redirect(Link(id, QuestionId, Show, ShowThemeId, PageNumber) + $"&done={Action}&n={changed}");
            }

            ModelState.AddModelError(error.StartsWith("Choose", StringComparison.Ordinal) ? "ThemeId" : "Selected", error);
        }

        await LoadAsync(id, ct);
        return Page();
    }

    public static string Link(Guid consultationId, string? question, string? show, Guid? theme, int page = 1) =>
        $"/admin/consultations/{consultationId}/answers?question={Uri.EscapeDataString(question ?? "")}&show={Uri.EscapeDataString(show ?? "all")}"
        + (theme is { } t ? $"&theme={t}" : "") + (page > 1 ? $"&p={page}" : "");

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (Consultation is null)
        {
            return false;
        }

        Questions = await book.FreeTextQuestionsAsync(id, ct);
        Question = Questions.FirstOrDefault(q => q.Id == QuestionId) ?? (Questions.Count > 0 ? Questions[0] : null);
        QuestionId = Question?.Id;
        Themes = await db.ConsultationThemes.AsNoTracking().Where(t => t.ConsultationId == id).OrderBy(t => t.Name).ToListAsync(ct);
        ShownTheme = Themes.FirstOrDefault(t => t.Id == ShowThemeId);
        Show = Show is "untagged" or "publishable" || (Show is "theme" or "suggested" && ShownTheme is not null) ? Show : "all";
        if (Question is null)
        {
            return true;
        }

        var answers = await book.TextAnswersAsync(id, Question.Id, ct);
        Withheld = await book.WithheldCountAsync(id, Question.Id, ct);
        var ids = answers.Select(a => a.Id).ToList();
        var themeNames = Themes.ToDictionary(t => t.Id, t => t.Name);
        var tags = (await db.AnswerThemes.AsNoTracking().Where(a => ids.Contains(a.AnswerId)).Select(a => new { a.AnswerId, a.ThemeId }).ToListAsync(ct))
            .ToLookup(a => a.AnswerId, a => a.ThemeId);
        var quotes = (await db.PublishableQuotes.AsNoTracking().Where(q => ids.Contains(q.AnswerId)).Select(q => q.AnswerId).ToListAsync(ct)).ToHashSet();
        var matched = new Dictionary<Guid, IReadOnlyList<string>>();
        IEnumerable<StaffTextAnswer> shown = answers;
        switch (Show)
        {
            case "untagged":
                shown = answers.Where(a => !tags[a.Id].Any());
                break;
            case "publishable":
                shown = answers.Where(a => quotes.Contains(a.Id));
                break;
            case "theme":
                shown = answers.Where(a => tags[a.Id].Contains(ShownTheme!.Id));
                break;
            case "suggested":
                var already = answers.Where(a => tags[a.Id].Contains(ShownTheme!.Id)).Select(a => a.Id).ToHashSet();
                var suggestions = ThemeSuggestions.SuggestAnswers(ShownTheme!.Name, ShownTheme.KeywordList, answers.Select(a => new TextAnswer(a.Id, a.Text)), already);
                matched = suggestions.ToDictionary(s => s.AnswerId, s => s.Matched);
                var byId = answers.ToDictionary(a => a.Id);
                shown = suggestions.Select(s => byId[s.AnswerId]);
                break;
        }

        var list = shown.ToList();
        Total = list.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = list.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => (a, (IReadOnlyList<string>)tags[a.Id].Select(t => themeNames.GetValueOrDefault(t, "")).Order().ToList(), quotes.Contains(a.Id), matched.GetValueOrDefault(a.Id) ?? []))
            .ToList();
        return true;
    }

    public static string Describe(BulkAction action, int count) => action switch
    {
        BulkAction.Tag => $"Theme added to {count} {(count == 1 ? "answer" : "answers")}",
        BulkAction.Untag => $"Theme removed from {count} {(count == 1 ? "answer" : "answers")}",
        BulkAction.Publish => $"{count} {(count == 1 ? "answer" : "answers")} marked as publishable quotes",
        _ => $"{count} {(count == 1 ? "answer" : "answers")} no longer publishable quotes",
    };
}
