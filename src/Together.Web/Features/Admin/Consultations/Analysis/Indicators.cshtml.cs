using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Features.Data;
using Together.Web.Features.Outcomes;
using Together.Web.Features.Voice;
using Together.Web.Features.Voice.Analysis;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations.Analysis;

/// <summary>
/// Links a closed question to an Outcomes indicator (a proportion): the share answering "yes" becomes a figure for an area
/// and period when the consultation closes, or when staff send it.
/// </summary>
public sealed class IndicatorsModel(TogetherDbContext db, AnalysisLoader loader, IndicatorFeed feed, UserManager<TogetherUser> users, TimeProvider clock) : PageModel
{
    public Consultation? Consultation { get; private set; }

    public SurveyDefinition Survey { get; private set; } = new();

    public IReadOnlyList<(QuestionIndicatorLink Link, Indicator Indicator, string AreaName, int Count, int Denominator)> Links { get; private set; } = [];

    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public IReadOnlyList<Areas.Area> Areas { get; private set; } = [];

    public SurveyQuestion? Question { get; private set; }

    [BindProperty(SupportsGet = true, Name = "question")] public string? QuestionId { get; set; }
    [BindProperty] public int? MatrixRow { get; set; }
    [BindProperty] public List<string> YesValues { get; set; } = [];
    [BindProperty] public Guid? IndicatorId { get; set; }
    [BindProperty] public string? AreaId { get; set; }
    [BindProperty] public string? Period { get; set; }
    [BindProperty] public Guid? LinkId { get; set; }

    [TempData] public string? Sent { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Question is null || !IndicatorFeed.CanFeed(Question))
        {
            ModelState.AddModelError("QuestionId", "Choose a single choice, multiple choice, rating or matrix question");
            return Page();
        }

        if (Question.Type == QuestionType.Matrix && (MatrixRow is null || MatrixRow < 0 || MatrixRow >= Question.Rows.Count))
        {
            ModelState.AddModelError("MatrixRow", "Choose the statement whose answers count");
        }

        var choices = SurveyDefinition.ChoicesFor(Question);
        var yes = YesValues.Where(v => v.Length > 0).Distinct().ToList();
        if (yes.Count == 0)
        {
            ModelState.AddModelError("YesValues", "Choose at least one answer to count as yes");
        }
        else if (yes.Any(v => !choices.Any(c => c.Value == v)))
        {
            ModelState.AddModelError("YesValues", "Choose from the answers shown");
        }
        else if (yes.Count == choices.Count)
        {
            ModelState.AddModelError("YesValues", "Leave at least one answer out: if every answer counts as yes, the figure is always 100%");
        }

        var indicator = Indicators.FirstOrDefault(i => i.Id == IndicatorId);
        if (indicator is null)
        {
            ModelState.AddModelError("IndicatorId", "Choose the indicator");
        }

        if (!Areas.Any(a => a.Id == AreaId))
        {
            ModelState.AddModelError("AreaId", "Choose the area");
        }

        var period = Period?.Trim() ?? "";
        if (period.Length == 0)
        {
            ModelState.AddModelError("Period", "Enter the period");
        }
        else if (indicator is not null && !Periods.TryParse(indicator.PeriodType, period, out _, out _))
        {
            ModelState.AddModelError("Period", $"Enter the period like {Periods.Format(indicator.PeriodType)}: the indicator counts by {Periods.Describe(indicator.PeriodType).ToLowerInvariant()}");
        }

        var row = Question.Type == QuestionType.Matrix ? MatrixRow : null;
        if (ModelState.IsValid && await db.QuestionIndicatorLinks.AnyAsync(l => l.ConsultationId == id && l.IndicatorId == indicator!.Id && l.AreaId == AreaId && l.Period == period, ct))
        {
            ModelState.AddModelError("IndicatorId", "A question already feeds this indicator for that area and period");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.QuestionIndicatorLinks.Add(new QuestionIndicatorLink
        {
            Id = Guid.NewGuid(), ConsultationId = id, QuestionId = Question.Id, MatrixRow = row, YesValues = string.Join(",", yes), IndicatorId = indicator!.Id,
            AreaId = AreaId!, Period = period, CreatedBy = User.Identity?.Name ?? "unknown", CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/consultations/{id}/indicators#links");
    }

    public async Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken ct)
    {
        var link = await db.QuestionIndicatorLinks.SingleOrDefaultAsync(l => l.Id == LinkId && l.ConsultationId == id, ct);
        if (link is null)
        {
            return NotFound();
        }

        var result = await feed.SendAsync(link, User.Identity?.Name ?? "unknown", ct);
        if (!result.Succeeded)
        {
            await LoadAsync(id, ct);
            ModelState.AddModelError("LinkId", string.Join(". ", result.Errors));
            return Page();
        }

        Sent = $"Sent to the indicator: {result.Count:N0} out of {result.Denominator:N0}";
        return Redirect($"/admin/consultations/{id}/indicators#links");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct)
    {
        var link = await db.QuestionIndicatorLinks.SingleOrDefaultAsync(l => l.Id == LinkId && l.ConsultationId == id, ct);
        if (link is not null)
        {
            // Figures already sent stay in the indicator with their revision history; only the link goes.
            db.QuestionIndicatorLinks.Remove(link);
            await db.SaveChangesAsync(ct);
        }

        return Redirect($"/admin/consultations/{id}/indicators#links");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var data = await loader.LoadAsync(id, withText: false, ct);
        if (data is null)
        {
            return false;
        }

        Consultation = data.Consultation;
        Survey = data.Survey;
        Question = Survey.AllQuestions.FirstOrDefault(q => q.Id == QuestionId && IndicatorFeed.CanFeed(q));

        // Partners may feed only the indicators their organisation owns, as when they send figures any other way.
        var who = await DataAccess.SubmitterAsync(users, User);
        Indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.ValueType == IndicatorValueType.Proportion && (who.IsAdministrator || i.DataOwnerId == who.OrganisationId))
            .OrderBy(i => i.Title).ToListAsync(ct);
        Areas = await db.Areas.AsNoTracking().Where(a => a.Id == Features.Areas.AreaDemoSeeder.CheshireEast || a.ParentId == Features.Areas.AreaDemoSeeder.CheshireEast)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Name).ToListAsync(ct);
        var links = await db.QuestionIndicatorLinks.AsNoTracking().Where(l => l.ConsultationId == id).OrderBy(l => l.CreatedAt).ThenBy(l => l.AreaId).ThenBy(l => l.Period).ToListAsync(ct);
        var indicatorIds = links.Select(l => l.IndicatorId).ToList();
        var linked = await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var areaNames = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        Links = links.Select(l =>
        {
            var question = Survey.Find(l.QuestionId);
            var (count, denominator) = question is null ? (0, 0) : IndicatorFeed.Count(data, question, l);
            return (l, linked[l.IndicatorId], areaNames.GetValueOrDefault(l.AreaId, l.AreaId), count, denominator);
        }).ToList();
        return true;
    }

    public string Describe(QuestionIndicatorLink link)
    {
        var question = Survey.Find(link.QuestionId);
        if (question is null)
        {
            return $"{link.QuestionId} (no longer in the survey)";
        }

        var text = link.MatrixRow is { } row && row < question.Rows.Count ? $"{question.Text}: {question.Rows[row]}" : question.Text;
        return $"{question.Id}. {text}";
    }
}
