using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Safeguarding;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Voice;

/// <summary>
/// One screen of a survey: the visible questions of one page (usually a single question). The address names the
/// screen's first question; any question on it finds the same screen.
/// </summary>
public sealed class QuestionModel(TogetherDbContext db, ResponseJourneys journeys, SafeguardingTriage triage, TimeProvider clock) : PageModel
{
    public const string NotInYourSurvey = "This question is not part of your survey any more because of an earlier answer. Go to check your answers.";

    public Journey? Journey { get; private set; }

    public SurveyQuestion? Question { get; private set; }

    public SurveyScreen? Screen { get; private set; }

    /// <summary>What to show in the fields of each question: the stored answer, or what was typed when it had a problem.</summary>
    public Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Shown { get; } = new(StringComparer.Ordinal);

    public string? BackPath { get; private set; }

    public int Number { get; private set; }

    public int Of { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Change { get; set; }

    /// <summary>A question alone on its screen keeps the plain field names ("Answer"); on a shared screen each is prefixed with its id.</summary>
    public string Prefix(SurveyQuestion question) => Screen is null || Screen.Questions.Count == 1 ? "" : question.Id + "-";

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
        if (missing is not null && !Screen!.Contains(missing.Id) && visible.IndexOf(missing) < visible.IndexOf(Screen.First))
        {
            return Redirect(Journey.QuestionPath(missing));
        }

        foreach (var question in Screen!.Questions)
        {
            Shown[question.Id] = FromAnswers(question, Journey.Answers.TryGetValue(question.Id, out var v) ? v : []);
        }

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
        var outcomes = new Dictionary<string, AnswerRules.Outcome>(StringComparer.Ordinal);
        foreach (var question in Screen!.Questions)
        {
            var prefix = Prefix(question);
            var fields = Request.Form.Where(f => f.Key == prefix + "Answer" || f.Key.StartsWith(prefix + "Answer-", StringComparison.Ordinal))
                .ToDictionary(f => f.Key[prefix.Length..], f => (IReadOnlyList<string>)f.Value.Select(v => v ?? "").ToList(), StringComparer.Ordinal);
            var outcome = AnswerRules.Check(question, fields, journey.Draft.EasyRead);
            outcomes[question.Id] = outcome;
            Shown[question.Id] = fields;
            if (outcome.Error is not null)
            {
                ModelState.AddModelError(prefix + "Answer", outcome.Error);
            }
        }

        // Nothing on the screen is kept until every answer on it is fine.
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var flagged = journey.Flagged;
        var answers = journey.Answers;
        var anyFlagged = false;
        foreach (var question in Screen.Questions)
        {
            var values = outcomes[question.Id].Values;
            var wasFlagged = false;
            if (question.IsFreeText && values.Count == 1)
            {
                var result = await triage.ScreenAsync(values[0], "Survey answer", $"{journey.Draft.KeyHash[..16]}/{question.Id}", $"{journey.Consultation.Title}: {question.Text}", ct);
                wasFlagged = result.Flagged;
            }

            anyFlagged |= wasFlagged;
            if (wasFlagged)
            {
                flagged.Add(question.Id);
            }
            else
            {
                flagged.Remove(question.Id);
            }

            if (values.Count == 0)
            {
                answers.Remove(question.Id);
            }
            else
            {
                answers[question.Id] = values;
            }
        }

        journey.Draft.AnswersJson = answers.ToJson();
        journey.Draft.FlaggedQuestions = string.Join(',', flagged.Order(StringComparer.Ordinal));
        await db.SaveChangesAsync(ct);

        var screens = SurveyScreens.Visible(journey.Survey, answers);
        var index = screens.ToList().FindIndex(s => s.Contains(Screen.First.Id));
        var next = Change || index < 0 || index == screens.Count - 1 ? journey.CheckPath : journey.QuestionPath(screens[index + 1].First);
        return Redirect(anyFlagged ? $"{SafeguardingTriage.HelpPath}?continue={Uri.EscapeDataString(next)}" : next);
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
            return Redirect(Journey.AlreadySentPath);
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

        var screens = SurveyScreens.Visible(Journey.Survey, Journey.Answers);
        var index = screens.ToList().FindIndex(s => s.Contains(questionId));
        if (index < 0)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            ViewData["Problem"] = NotInYourSurvey;
            return Page();
        }

        Screen = screens[index];
        var visible = Journey.Visible.ToList();
        Number = visible.IndexOf(Screen.First) + 1;
        Of = visible.Count;
        BackPath = Change ? Journey.CheckPath : index == 0 ? $"/have-your-say/{Journey.Consultation.Slug}" : Journey.QuestionPath(screens[index - 1].First);
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
