using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Voice.Analysis;

/// <summary>A free-text answer as staff may see it: never a flagged one (those are counted, not shown).</summary>
public sealed record StaffTextAnswer(Guid Id, Guid ResponseId, string QuestionId, string Text);

public sealed record Codebook(IReadOnlyList<(ConsultationTheme Theme, int Answers, int Quotes)> Themes);

public enum BulkAction
{
    Tag,
    Untag,
    Publish,
    Unpublish,
}

/// <summary>The themes codebook, tagging and quotes of one consultation.</summary>
public sealed class ThemeBook(TogetherDbContext db, TimeProvider clock)
{
    public const string WithheldMarker = "[Withheld for safeguarding review]";

    public async Task<Codebook> CodebookAsync(Guid consultationId, CancellationToken ct)
    {
        var themes = await db.ConsultationThemes.AsNoTracking().Where(t => t.ConsultationId == consultationId).OrderBy(t => t.Name).ToListAsync(ct);
        var ids = themes.Select(t => t.Id).ToList();
        var counts = await db.AnswerThemes.Where(a => ids.Contains(a.ThemeId)).GroupBy(a => a.ThemeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var quotes = await (from q in db.PublishableQuotes
                            join a in db.AnswerThemes on q.AnswerId equals a.AnswerId
                            where ids.Contains(a.ThemeId)
                            group a by a.ThemeId into g
                            select new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new Codebook(themes.Select(t => (t, counts.GetValueOrDefault(t.Id), quotes.GetValueOrDefault(t.Id))).ToList());
    }

    /// <summary>Free-text answers of the consultation (one question, or all), oldest first. Flagged answers are left out.</summary>
    public async Task<IReadOnlyList<StaffTextAnswer>> TextAnswersAsync(Guid consultationId, string? questionId, CancellationToken ct)
    {
        var freeText = await FreeTextQuestionsAsync(consultationId, ct);
        var wanted = questionId is null ? freeText.Select(q => q.Id).ToList() : freeText.Where(q => q.Id == questionId).Select(q => q.Id).ToList();
        return await (from a in db.ResponseAnswers.AsNoTracking()
                      join r in db.SurveyResponses on a.ResponseId equals r.Id
                      where r.ConsultationId == consultationId && !a.Flagged && wanted.Contains(a.QuestionId)
                      orderby r.SubmittedAt, a.Id
                      select new StaffTextAnswer(a.Id, a.ResponseId, a.QuestionId, a.Value)).ToListAsync(ct);
    }

    public async Task<int> WithheldCountAsync(Guid consultationId, string? questionId, CancellationToken ct) =>
        await (from a in db.ResponseAnswers
               join r in db.SurveyResponses on a.ResponseId equals r.Id
               where r.ConsultationId == consultationId && a.Flagged && (questionId == null || a.QuestionId == questionId)
               select a.Id).CountAsync(ct);

    public async Task<IReadOnlyList<SurveyQuestion>> FreeTextQuestionsAsync(Guid consultationId, CancellationToken ct)
    {
        var versions = await db.SurveyVersions.AsNoTracking().Where(v => v.ConsultationId == consultationId).OrderBy(v => v.Number).Select(v => v.DefinitionJson).ToListAsync(ct);
        return AnalysisLoader.Merge(versions.Select(SurveyDefinition.FromJson).ToList()).AllQuestions.Where(q => q.IsFreeText).ToList();
    }

    public async Task<HashSet<Guid>> TaggedAnswerIdsAsync(Guid consultationId, CancellationToken ct) =>
        (await db.AnswerThemes.Where(a => db.ConsultationThemes.Any(t => t.Id == a.ThemeId && t.ConsultationId == consultationId)).Select(a => a.AnswerId).Distinct().ToListAsync(ct)).ToHashSet();

    /// <summary>Checks a theme's name, description and keywords; adds errors to the form and returns null when any is wrong.</summary>
    public async Task<(string Name, string Description, string Keywords)?> CheckAsync(
        Guid consultationId, Guid? themeId, string? name, string? description, string? keywords, ModelStateDictionary modelState, CancellationToken ct, string field = "Name")
    {
        name = (name ?? "").Trim();
        description = (description ?? "").Trim();
        var keywordList = (keywords ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        keywords = string.Join(", ", keywordList);
        if (name.Length == 0)
        {
            modelState.AddModelError(field, "Enter a name for the theme");
        }
        else if (name.Length > ConsultationTheme.MaxName)
        {
            modelState.AddModelError(field, $"The name must be {ConsultationTheme.MaxName} characters or fewer");
        }
        else
        {
            var names = await db.ConsultationThemes.Where(t => t.ConsultationId == consultationId && t.Id != themeId).Select(t => t.Name).ToListAsync(ct);
            if (names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
            {
                modelState.AddModelError(field, $"There is already a theme called \"{name}\"");
            }
        }

        if (description.Length > ConsultationTheme.MaxDescription)
        {
            modelState.AddModelError("Description", $"The description must be {ConsultationTheme.MaxDescription} characters or fewer");
        }

        if (keywords.Length > ConsultationTheme.MaxKeywords)
        {
            modelState.AddModelError("Keywords", $"The keywords must be {ConsultationTheme.MaxKeywords} characters or fewer in all");
        }

        return modelState.IsValid ? (name, description, keywords) : null;
    }

    /// <summary>
    /// Applies one action to many answers at once. Only this consultation's unflagged free-text answers can be changed;
    /// anything else in the list (a flagged answer, another consultation's) refuses the whole action, so nothing is half done.
    /// Tagging an answer that already has the theme (or a second click) changes nothing.
    /// </summary>
    public async Task<(int Changed, string? Error)> ApplyAsync(Guid consultationId, IReadOnlyCollection<Guid> answerIds, BulkAction action, Guid? themeId, string by, CancellationToken ct)
    {
        if (answerIds.Count == 0)
        {
            return (0, "Select at least one answer");
        }

        var freeText = (await FreeTextQuestionsAsync(consultationId, ct)).Select(q => q.Id).ToList();
        var found = await (from a in db.ResponseAnswers
                           join r in db.SurveyResponses on a.ResponseId equals r.Id
                           where answerIds.Contains(a.Id) && r.ConsultationId == consultationId && freeText.Contains(a.QuestionId)
                           select new { a.Id, a.Flagged }).ToListAsync(ct);
        if (found.Any(a => a.Flagged))
        {
            return (0, "Answers withheld for safeguarding review cannot be tagged or quoted");
        }

        if (found.Count != answerIds.Distinct().Count())
        {
            return (0, "Some of the selected answers are not free-text answers to this consultation. Nothing was changed");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var ids = found.Select(a => a.Id).ToList();
        var changed = 0;
        switch (action)
        {
            case BulkAction.Tag or BulkAction.Untag:
                if (themeId is null || !await db.ConsultationThemes.AnyAsync(t => t.Id == themeId && t.ConsultationId == consultationId, ct))
                {
                    return (0, "Choose a theme");
                }

                var existing = await db.AnswerThemes.Where(a => a.ThemeId == themeId && ids.Contains(a.AnswerId)).ToListAsync(ct);
                if (action == BulkAction.Tag)
                {
                    foreach (var id in ids.Except(existing.Select(e => e.AnswerId)))
                    {
                        db.AnswerThemes.Add(new AnswerTheme { AnswerId = id, ThemeId = themeId.Value, TaggedBy = by, TaggedAt = now });
                        changed++;
                    }
                }
                else
                {
                    db.AnswerThemes.RemoveRange(existing);
                    changed = existing.Count;
                }

                break;
            case BulkAction.Publish:
                var quoted = await db.PublishableQuotes.Where(q => ids.Contains(q.AnswerId)).Select(q => q.AnswerId).ToListAsync(ct);
                foreach (var id in ids.Except(quoted))
                {
                    db.PublishableQuotes.Add(new PublishableQuote { AnswerId = id, ConsultationId = consultationId, MarkedBy = by, MarkedAt = now });
                    changed++;
                }

                break;
            case BulkAction.Unpublish:
                var quotes = await db.PublishableQuotes.Where(q => ids.Contains(q.AnswerId)).ToListAsync(ct);
                db.PublishableQuotes.RemoveRange(quotes);
                changed = quotes.Count;
                break;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two people (or two tabs) tagged the same answers at the same moment: the other one stored them.
            db.ChangeTracker.Clear();
            return (0, null);
        }

        return (changed, null);
    }
}
