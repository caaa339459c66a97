using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Together.Statistics;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Voice.Analysis;

public sealed record PublicTheme(string Name, string Description, long Answers, bool Suppressed, IReadOnlyList<string> Quotes);

public sealed record WhatYouSaidModel(IReadOnlyList<PublicTheme> Themes, IReadOnlyList<string> OtherQuotes);

/// <summary>
/// The "what you said" section of the published results: each theme with the number of answers tagged with it (hidden
/// below 5, so nobody can be picked out) and the quotes staff chose. Flagged answers are left out of every count and
/// quote here, whatever anyone marked.
/// </summary>
public sealed class WhatYouSaidViewComponent(TogetherDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid consultationId) =>
        View("/Features/Voice/Analysis/WhatYouSaid.cshtml", await LoadAsync(db, consultationId, HttpContext.RequestAborted));

    public static async Task<WhatYouSaidModel> LoadAsync(TogetherDbContext db, Guid consultationId, CancellationToken ct)
    {
        var themes = await db.ConsultationThemes.AsNoTracking().Where(t => t.ConsultationId == consultationId).ToListAsync(ct);
        var ids = themes.Select(t => t.Id).ToList();
        var tags = await (from t in db.AnswerThemes
                          join a in db.ResponseAnswers on t.AnswerId equals a.Id
                          where ids.Contains(t.ThemeId) && !a.Flagged
                          select new { t.ThemeId, t.AnswerId }).ToListAsync(ct);
        var quotes = await (from q in db.PublishableQuotes
                            join a in db.ResponseAnswers on q.AnswerId equals a.Id
                            join r in db.SurveyResponses on a.ResponseId equals r.Id
                            where q.ConsultationId == consultationId && r.ConsultationId == consultationId && !a.Flagged
                            orderby q.MarkedAt, a.Id
                            select new { a.Id, a.Value }).ToListAsync(ct);
        var counts = tags.GroupBy(t => t.ThemeId).ToDictionary(g => g.Key, g => (long)g.Select(t => t.AnswerId).Distinct().Count());

        // Themes overlap (an answer can have several), so there is no total to protect: each count is checked on its own.
        var disclosure = DisclosureControl.Apply(new DisclosureTable(themes.Select(t => new DisclosureCell(t.Id.ToString(), counts.GetValueOrDefault(t.Id))).ToList(), []));
        var tagsByAnswer = tags.ToLookup(t => t.AnswerId, t => t.ThemeId);
        var result = themes
            .Where(t => counts.GetValueOrDefault(t.Id) > 0)
            .Select(t => new PublicTheme(t.Name, t.Description, counts.GetValueOrDefault(t.Id), disclosure.IsSuppressed(t.Id.ToString()),
                quotes.Where(q => tagsByAnswer[q.Id].Contains(t.Id)).Select(q => q.Value).ToList()))
            .OrderByDescending(t => t.Suppressed ? 0 : t.Answers).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var other = quotes.Where(q => !tagsByAnswer[q.Id].Any()).Select(q => q.Value).ToList();
        return new WhatYouSaidModel(result, other);
    }
}
