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
    [BindProperty] public string? QuestionId { get; set; }
    [BindProperty] public string? Direction { get; set; }
    [BindProperty] public string? PageTitle { get; set; }

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

    public Task<IActionResult> OnPostMoveQuestionAsync(Guid id, CancellationToken ct) =>
        ChangeSurveyAsync(id, "survey", survey => SurveyEditor.MoveQuestion(survey, QuestionId ?? "", Direction != "down")
            ? null : $"{QuestionId} cannot move {(Direction == "down" ? "further down" : "further up")}", "#" + QuestionId, ct);

    public Task<IActionResult> OnPostMovePageAsync(Guid id, CancellationToken ct) =>
        ChangeSurveyAsync(id, "survey", survey => SurveyEditor.MovePage(survey, PageId ?? "", Direction != "down")
            ? null : $"That page cannot move {(Direction == "down" ? "further down" : "further up")}", "#page-" + PageId, ct);

    public Task<IActionResult> OnPostRemovePageAsync(Guid id, CancellationToken ct) =>
        ChangeSurveyAsync(id, "survey", survey =>
        {
            var page = survey.Pages.FirstOrDefault(p => p.Id == PageId);
            if (page is null || page.Questions.Count > 0)
            {
                return "Only an empty page can be removed. Remove or move its questions first";
            }

            survey.Pages.Remove(page);
            return null;
        }, "#survey", ct);

    public Task<IActionResult> OnPostAddPageAsync(Guid id, CancellationToken ct)
    {
        PageTitle = PageTitle?.Trim();
        return ChangeSurveyAsync(id, "PageTitle", survey =>
        {
            if (string.IsNullOrEmpty(PageTitle) || PageTitle.Length > SurveyEditor.MaxPageTitle)
            {
                return "Enter a title for the new page, up to 200 characters";
            }

            survey.Pages.Add(new SurveyPage { Id = SurveyEditor.NextPageId(survey), Title = PageTitle });
            return null;
        }, "#survey", ct);
    }

    /// <summary>
    /// Applies one structural change to the editable version (a new version once responses exist) and saves it only if
    /// it worked and every condition still looks back at an earlier question; otherwise the page shows why.
    /// </summary>
    private async Task<IActionResult> ChangeSurveyAsync(Guid id, string errorField, Func<SurveyDefinition, string?> change, string fragment, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var editable = await SurveyVersions.EditableAsync(db, id, clock.GetUtcNow().UtcDateTime, ct);
        var survey = SurveyDefinition.FromJson(editable.DefinitionJson);
        IReadOnlyList<string> problems = change(survey) is { } refused ? [refused] : SurveyEditor.Problems(survey);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError(errorField, problem);
            }

            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Page();
        }

        editable.DefinitionJson = survey.ToJson();
        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/consultations/{id}{fragment}");
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
        var options = QuestionFields.Lines(Options);
        var rows = QuestionFields.Lines(Rows);
        if (Type is null || !Enum.IsDefined(Type.Value)) { ModelState.AddModelError("Type", "Choose the type of question"); }
        QuestionFields.Check(ModelState, Type, Text, EasyReadText, Hint, options, rows);

        var editable = await SurveyVersions.EditableAsync(db, id, clock.GetUtcNow().UtcDateTime, ct);
        var survey = SurveyDefinition.FromJson(editable.DefinitionJson);
        var page = survey.Pages.FirstOrDefault(p => p.Id == PageId);
        if (page is null)
        {
            // A question on a page of its own is the default; the page is named after the question unless staff name it.
            NewPageTitle = string.IsNullOrWhiteSpace(NewPageTitle) ? null : NewPageTitle.Trim();
            if (NewPageTitle?.Length > SurveyEditor.MaxPageTitle) { ModelState.AddModelError("NewPageTitle", "The title of the new page must be 200 characters or fewer"); }
            var title = NewPageTitle ?? Text ?? "";
            page = new SurveyPage { Id = SurveyEditor.NextPageId(survey), Title = title.Length > SurveyEditor.MaxPageTitle ? title[..SurveyEditor.MaxPageTitle] : title };
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
            Options = Type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Rating or QuestionType.Matrix
                ? SurveyEditor.MergeOptions([], options, Type is QuestionType.Rating) : [],
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
