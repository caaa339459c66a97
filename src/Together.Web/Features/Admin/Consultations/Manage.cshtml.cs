using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Voice;
using Together.Web.Features.Voice.Analysis;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations;

public sealed class ManageModel(TogetherDbContext db, TimeProvider clock, IndicatorFeed indicatorFeed) : PageModel
{
    public Consultation? Consultation { get; private set; }

    public SurveyVersion? Version { get; private set; }

    public SurveyDefinition Survey { get; private set; } = new();

    public int Responses { get; private set; }

    public int VersionResponses { get; private set; }

    public IReadOnlyList<ConsultationStatusChange> History { get; private set; } = [];

    [BindProperty] public ConsultationStatus? To { get; set; }
    [BindProperty] public string? RemoveId { get; set; }
    [BindProperty] public string? PageId { get; set; }
    [BindProperty] public string? NewPageTitle { get; set; }
    [BindProperty] public QuestionType? Type { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? EasyReadText { get; set; }
    [BindProperty] public string? Hint { get; set; }
    [BindProperty] public bool Required { get; set; }
    [BindProperty] public bool AboutYou { get; set; }
    [BindProperty] public string? Options { get; set; }
    [BindProperty] public string? Rows { get; set; }
    [BindProperty] public string? ShowIfQuestion { get; set; }
    [BindProperty] public ConditionOperator? ShowIfOperator { get; set; }
    [BindProperty] public string? ShowIfValue { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var c = Consultation!;
        if (To is null || !ConsultationLifecycle.CanMove(c.Status, To.Value))
        {
            // A stale page or a second click: the move has already happened or is not allowed from here.
            ModelState.AddModelError("To", $"This consultation is {VoiceText.Status(c.Status).ToLowerInvariant()}, so it cannot move to that stage");
            return Page();
        }

        if (To is ConsultationStatus.Scheduled or ConsultationStatus.Open && !Survey.AllQuestions.Any())
        {
            ModelState.AddModelError("To", "Add at least one question before scheduling or opening");
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.ConsultationStatusChanges.Add(new ConsultationStatusChange { Id = Guid.NewGuid(), ConsultationId = c.Id, From = c.Status, To = To.Value, At = now, By = User.Identity?.Name ?? "unknown" });
        if (To == ConsultationStatus.Open && c.OpensAt > now)
        {
            c.OpensAt = now;
        }

        if (To == ConsultationStatus.Closed && c.ClosesAt > now)
        {
            c.ClosesAt = now;
        }

        c.Status = To.Value;
        await db.SaveChangesAsync(ct);
        if (To == ConsultationStatus.Closed)
        {
            // Questions linked to Outcomes indicators send their final figures as the consultation closes.
            await indicatorFeed.SendAllAsync(id, User.Identity?.Name ?? "unknown", ct);
        }

        return Redirect($"/admin/consultations/{id}");
    }

    public async Task<IActionResult> OnPostRemoveQuestionAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var editable = await SurveyVersions.EditableAsync(db, id, clock.GetUtcNow().UtcDateTime, ct);
        var survey = SurveyDefinition.FromJson(editable.DefinitionJson);
        if (survey.AllQuestions.Any(q => q.ShowIf?.QuestionId == RemoveId) || survey.Pages.Any(p => p.ShowIf?.QuestionId == RemoveId))
        {
            ModelState.AddModelError("RemoveId", "Another question depends on this one. Remove that condition first");
            return Page();
        }

        foreach (var page in survey.Pages)
        {
            page.Questions.RemoveAll(q => q.Id == RemoveId);
        }

        survey.Pages.RemoveAll(p => p.Questions.Count == 0);
        editable.DefinitionJson = survey.ToJson();
        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/consultations/{id}#survey");
    }

    public async Task<IActionResult> OnPostAddQuestionAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        Text = Text?.Trim();
        EasyReadText = string.IsNullOrWhiteSpace(EasyReadText) ? null : EasyReadText.Trim();
        Hint = string.IsNullOrWhiteSpace(Hint) ? null : Hint.Trim();
        var options = Lines(Options);
        var rows = Lines(Rows);
        if (Type is null || !Enum.IsDefined(Type.Value)) { ModelState.AddModelError("Type", "Choose the type of question"); }
        if (string.IsNullOrEmpty(Text)) { ModelState.AddModelError("Text", "Enter the question"); }
        else if (Text.Length > 500) { ModelState.AddModelError("Text", "The question must be 500 characters or fewer"); }
        if (EasyReadText?.Length > 500) { ModelState.AddModelError("EasyReadText", "The easy read question must be 500 characters or fewer"); }
        if (Hint?.Length > 500) { ModelState.AddModelError("Hint", "The hint must be 500 characters or fewer"); }
        if (Type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Matrix && options.Count < 2) { ModelState.AddModelError("Options", "Enter at least 2 answers, one on each line"); }
        if (Type is QuestionType.Rating && options.Count != 5) { ModelState.AddModelError("Options", "Enter 5 words for the rating scale, from 1 (lowest) to 5 (highest), one on each line"); }
        if (Type is QuestionType.Matrix && rows.Count < 1) { ModelState.AddModelError("Rows", "Enter at least 1 statement, one on each line"); }
        if (options.Any(o => o.Length > 200) || rows.Any(r => r.Length > 300) || options.Count > 30 || rows.Count > 20) { ModelState.AddModelError("Options", "Use up to 30 answers of up to 200 characters, and up to 20 statements"); }

        var editable = await SurveyVersions.EditableAsync(db, id, clock.GetUtcNow().UtcDateTime, ct);
        var survey = SurveyDefinition.FromJson(editable.DefinitionJson);
        var page = survey.Pages.FirstOrDefault(p => p.Id == PageId);
        if (page is null)
        {
            NewPageTitle = NewPageTitle?.Trim();
            if (string.IsNullOrEmpty(NewPageTitle) || NewPageTitle.Length > 200) { ModelState.AddModelError("NewPageTitle", "Enter a title for the new page, up to 200 characters"); }
            page = new SurveyPage { Id = "p" + (survey.Pages.Count == 0 ? 1 : survey.Pages.Max(p => int.TryParse(p.Id.AsSpan(1), out var n) ? n : 0) + 1), Title = NewPageTitle ?? "" };
        }

        SurveyCondition? condition = null;
        if (!string.IsNullOrEmpty(ShowIfQuestion))
        {
            condition = new SurveyCondition(ShowIfQuestion, ShowIfOperator ?? ConditionOperator.Is, ShowIfValue?.Trim() ?? "");
            // The new question goes at the end of its page, so every existing question on earlier pages and its own page comes before it.
            var later = survey.Pages.SkipWhile(p => p.Id != page.Id).Skip(1).FirstOrDefault()?.Id;
            if (SurveyLogic.CheckCondition(survey, condition, null, later) is { } problem) { ModelState.AddModelError("ShowIfQuestion", problem); }
        }

        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Page();
        }

        var next = survey.AllQuestions.Select(q => int.TryParse(q.Id.AsSpan(1), out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        page.Questions.Add(new SurveyQuestion
        {
            Id = $"q{next}", Type = Type!.Value, Text = Text!, EasyReadText = EasyReadText, Hint = Hint, Required = Required && !AboutYou, AboutYou = AboutYou,
            Options = Type is QuestionType.Rating ? options.Select((o, i) => new SurveyOption((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), o)).ToList()
                : options.Select((o, i) => new SurveyOption($"o{i + 1}", o)).ToList(),
            Rows = Type is QuestionType.Matrix ? rows : [],
            ShowIf = condition,
        });
        if (!survey.Pages.Contains(page))
        {
            survey.Pages.Add(page);
        }

        editable.DefinitionJson = survey.ToJson();
        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/consultations/{id}#survey");
    }

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (Consultation is null)
        {
            return false;
        }

        Version = await ResponseJourneys.LatestVersionAsync(db, id, ct);
        Survey = Version is null ? new SurveyDefinition() : SurveyDefinition.FromJson(Version.DefinitionJson);
        Responses = await db.SurveyResponses.CountAsync(r => r.ConsultationId == id, ct);
        VersionResponses = Version is null ? 0 : await db.SurveyResponses.CountAsync(r => r.SurveyVersionId == Version.Id, ct);
        History = await db.ConsultationStatusChanges.AsNoTracking().Where(h => h.ConsultationId == id).OrderBy(h => h.At).ToListAsync(ct);
        return true;
    }
}
