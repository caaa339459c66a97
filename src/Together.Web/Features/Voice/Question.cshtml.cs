using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Safeguarding;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Voice;

public sealed class QuestionModel(TogetherDbContext db, ResponseJourneys journeys, SafeguardingTriage triage, TimeProvider clock) : PageModel
{
    public const string NotInYourSurvey = "This question is not part of your survey any more because of an earlier answer. Go to check your answers.";

    public Journey? Journey { get; private set; }

    public SurveyQuestion? Question { get; private set; }

    /// <summary>What to show in the fields: the stored answer, or what was typed when it had a problem.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Shown { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public string? BackPath { get; private set; }

    public int Number { get; private set; }

    public int Of { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Change { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, string key, string questionId, CancellationToken ct)
    {
        var problem = await LoadAsync(slug, key, questionId, ct);
        if (problem is not null)
        {
            return problem;
        }

        // Jumping ahead by editing the address: go back to the first required question still to answer.
        var missing = SurveyLogic.FirstMissing(Journey!.Survey, Journey.Answers);
        var visible = Journey.Visible.ToList();
        if (missing is not null && visible.IndexOf(missing) < visible.IndexOf(Question!))
        {
            return Redirect(Journey.QuestionPath(missing));
        }

        Shown = FromAnswers(Question!, Journey.Answers.TryGetValue(Question!.Id, out var v) ? v : []);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, string key, string questionId, CancellationToken ct)
    {
        var problem = await LoadAsync(slug, key, questionId, ct);
        if (problem is not null)
        {
            return problem;
        }

        var journey = Journey!;
        var question = Question!;
        var fields = Request.Form.Where(f => f.Key == "Answer" || f.Key.StartsWith("Answer-", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value.Select(v => v ?? "").ToList(), StringComparer.Ordinal);
        var outcome = AnswerRules.Check(question, fields, journey.Draft.EasyRead);
        if (outcome.Error is not null)
        {
            Shown = fields;
            ModelState.AddModelError("Answer", outcome.Error);
            return Page();
        }

        var flagged = journey.Flagged;
        var wasFlagged = false;
        if (question.IsFreeText && outcome.Values.Count == 1)
        {
            var result = await triage.ScreenAsync(outcome.Values[0], "Survey answer", $"{journey.Draft.KeyHash[..16]}/{question.Id}", $"{journey.Consultation.Title}: {question.Text}", ct);
            wasFlagged = result.Flagged;
        }

        if (wasFlagged)
        {
            flagged.Add(question.Id);
        }
        else
        {
            flagged.Remove(question.Id);
        }

        var answers = journey.Answers;
        if (outcome.Values.Count == 0)
        {
            answers.Remove(question.Id);
        }
        else
        {
            answers[question.Id] = outcome.Values;
        }

        journey.Draft.AnswersJson = answers.ToJson();
        journey.Draft.FlaggedQuestions = string.Join(',', flagged.Order(StringComparer.Ordinal));
        await db.SaveChangesAsync(ct);

        var visible = SurveyLogic.VisibleQuestions(journey.Survey, answers);
        var index = visible.ToList().FindIndex(q => q.Id == question.Id);
        var next = Change || index < 0 || index == visible.Count - 1 ? journey.CheckPath : journey.QuestionPath(visible[index + 1]);
        return Redirect(wasFlagged ? $"{SafeguardingTriage.HelpPath}?continue={Uri.EscapeDataString(next)}" : next);
    }

    private async Task<IActionResult?> LoadAsync(string slug, string key, string questionId, CancellationToken ct)
    {
        Journey = await journeys.FindAsync(slug, key, ct);
        if (Journey is null)
        {
            return NotFound();
        }

        if (Journey.Draft.ResponseId is not null)
        {
            return Redirect(Journey.DonePath);
        }

        if (!Journey.Consultation.AcceptsAnswers(clock.GetUtcNow().UtcDateTime))
        {
            return Redirect($"/have-your-say/{Journey.Consultation.Slug}");
        }

        Question = Journey.Survey.Find(questionId);
        if (Question is null)
        {
            return NotFound();
        }

        var visible = Journey.Visible;
        var index = visible.ToList().FindIndex(q => q.Id == questionId);
        if (index < 0)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            ViewData["Problem"] = NotInYourSurvey;
            return Page();
        }

        Number = index + 1;
        Of = visible.Count;
        BackPath = Change ? Journey.CheckPath : index == 0 ? $"/have-your-say/{Journey.Consultation.Slug}" : Journey.QuestionPath(visible[index - 1]);
        return null;
    }

    private static Dictionary<string, IReadOnlyList<string>> FromAnswers(SurveyQuestion question, List<string> values)
    {
        if (question.Type != QuestionType.Matrix)
        {
            return new() { ["Answer"] = values };
        }

        return values.Select(v => v.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => "Answer-" + p[0], p => (IReadOnlyList<string>)[p[1]]);
    }
}
