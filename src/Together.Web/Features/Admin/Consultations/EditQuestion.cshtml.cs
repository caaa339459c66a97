using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Voice;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations;

/// <summary>Edits one question: its words, easy read words, hint, whether it must be answered, its answers, its page and its condition.</summary>
public sealed class EditQuestionModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public Consultation? Consultation { get; private set; }

    public SurveyDefinition Survey { get; private set; } = new();

    public SurveyQuestion? Question { get; private set; }

    public int VersionNumber { get; private set; }

    public int VersionResponses { get; private set; }

    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? EasyReadText { get; set; }
    [BindProperty] public string? Hint { get; set; }
    [BindProperty] public bool Required { get; set; }
    [BindProperty] public bool AboutYou { get; set; }
    [BindProperty] public string? Options { get; set; }
    [BindProperty] public string? Rows { get; set; }
    [BindProperty] public string? Min { get; set; }
    [BindProperty] public string? Max { get; set; }
    [BindProperty] public string? PageId { get; set; }
    [BindProperty] public string? ShowIf { get; set; }
    [BindProperty] public ConditionOperator? ShowIfOperator { get; set; }

    public static readonly string[] FieldOrder = ["Text", "EasyReadText", "Hint", "Options", "Rows", "Min", "Max", "PageId", "ShowIf"];

    public async Task<IActionResult> OnGetAsync(Guid id, string questionId, CancellationToken ct)
    {
        if (!await LoadAsync(id, questionId, ct))
        {
            return NotFound();
        }

        var q = Question!;
        Text = q.Text;
        EasyReadText = q.EasyReadText;
        Hint = q.Hint;
        Required = q.Required;
        AboutYou = q.AboutYou;
        Options = SurveyEditor.OptionLines(q.Options);
        Rows = string.Join('\n', q.Rows);
        Min = q.Min?.ToString(CultureInfo.InvariantCulture);
        Max = q.Max?.ToString(CultureInfo.InvariantCulture);
        PageId = Survey.Pages.First(p => p.Questions.Contains(q)).Id;
        ShowIf = SurveyEditor.ConditionPick(q.ShowIf);
        ShowIfOperator = q.ShowIf?.Operator;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string questionId, CancellationToken ct)
    {
        if (!await LoadAsync(id, questionId, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        var editable = await SurveyVersions.EditableAsync(db, id, clock.GetUtcNow().UtcDateTime, ct);
        var survey = SurveyDefinition.FromJson(editable.DefinitionJson);
        var question = survey.Find(questionId)!;
        var type = question.Type;

        Text = Text?.Trim();
        EasyReadText = string.IsNullOrWhiteSpace(EasyReadText) ? null : EasyReadText.Trim();
        Hint = string.IsNullOrWhiteSpace(Hint) ? null : Hint.Trim();
        var options = QuestionFields.Lines(Options);
        var rows = QuestionFields.Lines(Rows);
        QuestionFields.Check(ModelState, type, Text, EasyReadText, Hint, options, rows);
        var min = QuestionFields.Whole(ModelState, "Min", Min, "smallest");
        var max = QuestionFields.Whole(ModelState, "Max", Max, "largest");
        if (min is not null && max is not null && min > max) { ModelState.AddModelError("Max", "The largest number must be the same as or more than the smallest"); }

        var page = survey.Pages.FirstOrDefault(p => p.Id == PageId);
        if (page is null) { ModelState.AddModelError("PageId", "Choose a page from the list"); }

        if (ModelState.IsValid)
        {
            question.Text = Text!;
            question.EasyReadText = EasyReadText;
            question.Hint = Hint;
            question.AboutYou = AboutYou;
            question.Required = Required && !AboutYou;
            if (type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Rating or QuestionType.Matrix)
            {
                question.Options = SurveyEditor.MergeOptions(question.Options, options, type == QuestionType.Rating);
            }

            question.Rows = type == QuestionType.Matrix ? rows : [];
            if (type == QuestionType.Number)
            {
                question.Min = min;
                question.Max = max;
            }

            question.ShowIf = SurveyEditor.ParseCondition(ShowIf, ShowIfOperator);
            var moved = !page!.Questions.Contains(question);
            if (moved)
            {
                SurveyEditor.MoveToPage(survey, question.Id, page.Id);
            }

            // Checked on the whole survey, so a change that breaks another question's condition is refused too.
            foreach (var problem in SurveyEditor.Problems(survey))
            {
                ModelState.AddModelError(problem.StartsWith(question.Id + " ", StringComparison.Ordinal) ? "ShowIf" : moved ? "PageId" : "Options", problem);
            }
        }

        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, questionId, ct);
            return Page();
        }

        editable.DefinitionJson = survey.ToJson();
        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/consultations/{id}#{questionId}");
    }

    private async Task<bool> LoadAsync(Guid id, string questionId, CancellationToken ct)
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
        Question = Survey.Find(questionId);
        return Question is not null;
    }
}

/// <summary>The checks shared by adding and editing a question.</summary>
public static class QuestionFields
{
    public static List<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    public static void Check(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, QuestionType? type, string? text, string? easyRead, string? hint, List<string> options, List<string> rows)
    {
        if (string.IsNullOrEmpty(text)) { state.AddModelError("Text", "Enter the question"); }
        else if (text.Length > 500) { state.AddModelError("Text", "The question must be 500 characters or fewer"); }
        if (easyRead?.Length > 500) { state.AddModelError("EasyReadText", "The easy read question must be 500 characters or fewer"); }
        if (hint?.Length > 500) { state.AddModelError("Hint", "The hint must be 500 characters or fewer"); }
        if (type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Matrix && options.Count < 2) { state.AddModelError("Options", "Enter at least 2 answers, one on each line"); }
        if (type is QuestionType.Rating && options.Count != 5) { state.AddModelError("Options", "Enter 5 words for the rating scale, from 1 (lowest) to 5 (highest), one on each line"); }
        if (type is QuestionType.Matrix && rows.Count < 1) { state.AddModelError("Rows", "Enter at least 1 statement, one on each line"); }
        if (options.Any(o => o.Length > 200) || rows.Any(r => r.Length > 300) || options.Count > 30 || rows.Count > 20) { state.AddModelError("Options", "Use up to 30 answers of up to 200 characters, and up to 20 statements"); }
        var labels = options.Select(o => o.Split('|', 2)[0].Trim()).ToList();
        if (labels.Any(l => l.Length == 0)) { state.AddModelError("Options", "Put the answer's words before the bar, and the easy read words after it"); }
        else if (labels.Distinct(StringComparer.OrdinalIgnoreCase).Count() != labels.Count) { state.AddModelError("Options", "Each answer must be different"); }
    }

    public static int? Whole(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string field, string? raw, string which)
    {
        raw = raw?.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        if (raw.Length > 9 || !int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            state.AddModelError(field, $"Enter the {which} number allowed as a whole number, like 10");
            return null;
        }

        return value;
    }
}
