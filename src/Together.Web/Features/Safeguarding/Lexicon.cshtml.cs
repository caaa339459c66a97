using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Safeguarding;

public sealed class LexiconModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public const int MaxSourceLength = 200_000;

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? NewSentence { get; set; }

    [BindProperty]
    public bool MustFlag { get; set; } = true;

    [BindProperty]
    public Guid? SentenceId { get; set; }

    public LexiconVersion? CurrentVersion { get; private set; }

    public IReadOnlyList<LexiconTestSentence> Sentences { get; private set; } = [];

    public IReadOnlyList<string> Failures { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        Source = await LexiconStore.CurrentSourceAsync(db, ct);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Source ??= "";
        if (Source.Trim().Length == 0)
        {
            ModelState.AddModelError(nameof(Source), "Enter the lexicon");
            return Page();
        }

        if (Source.Length > MaxSourceLength)
        {
            ModelState.AddModelError(nameof(Source), "The lexicon must be 200,000 characters or fewer");
            return Page();
        }

        var outcome = LexiconCheck.Check(Source, Sentences.Select(s => new LexiconTestCase(s.Text, s.MustFlag)));
        if (!outcome.Passed)
        {
            Failures = outcome.Failures;
            ModelState.AddModelError(nameof(Source), outcome.Lexicon is null
                ? "The lexicon has errors and was not saved: fix the lines listed"
                : "The lexicon was not saved because it gets test sentences wrong: see the list");
            return Page();
        }

        db.LexiconVersions.Add(new LexiconVersion { Source = Source.Replace("\r\n", "\n", StringComparison.Ordinal), SavedAt = clock.GetUtcNow().UtcDateTime, SavedBy = User.Identity?.Name ?? "unknown" });
        await db.SaveChangesAsync(ct);
        return Redirect("/safeguarding/lexicon?saved=true");
    }

    public async Task<IActionResult> OnPostAddSentenceAsync(CancellationToken ct)
    {
        NewSentence = NewSentence?.Trim();
        Source = await LexiconStore.CurrentSourceAsync(db, ct);
        await LoadAsync(ct);
        if (string.IsNullOrEmpty(NewSentence))
        {
            ModelState.AddModelError(nameof(NewSentence), "Enter a test sentence");
            return Page();
        }

        if (NewSentence.Length > 1000)
        {
            ModelState.AddModelError(nameof(NewSentence), "Test sentence must be 1,000 characters or fewer");
            return Page();
        }

        // A new guard must hold for the lexicon in use now, or every later save would be refused for a reason nobody chose.
        var outcome = LexiconCheck.Check(Source, [new LexiconTestCase(NewSentence, MustFlag)]);
        if (!outcome.Passed)
        {
            ModelState.AddModelError(nameof(NewSentence), MustFlag
                ? "The lexicon in use does not flag this sentence yet: change the lexicon first, then add it"
                : "The lexicon in use flags this sentence: change the lexicon first, then add it");
            return Page();
        }

        if (!Sentences.Any(s => s.Text == NewSentence && s.MustFlag == MustFlag))
        {
            db.LexiconTestSentences.Add(new LexiconTestSentence { Id = Guid.NewGuid(), Text = NewSentence, MustFlag = MustFlag, AddedAt = clock.GetUtcNow().UtcDateTime, AddedBy = User.Identity?.Name ?? "unknown" });
            await db.SaveChangesAsync(ct);
        }

        return Redirect("/safeguarding/lexicon");
    }

    public async Task<IActionResult> OnPostRemoveSentenceAsync(CancellationToken ct)
    {
        var sentence = SentenceId is null ? null : await db.LexiconTestSentences.SingleOrDefaultAsync(s => s.Id == SentenceId, ct);
        if (sentence is not null)
        {
            db.LexiconTestSentences.Remove(sentence);
            await db.SaveChangesAsync(ct);
        }

        return Redirect("/safeguarding/lexicon");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CurrentVersion = await db.LexiconVersions.AsNoTracking().OrderByDescending(l => l.Id).FirstOrDefaultAsync(ct);
        Sentences = await db.LexiconTestSentences.AsNoTracking().OrderByDescending(s => s.MustFlag).ThenBy(s => s.AddedAt).ToListAsync(ct);
    }
}
