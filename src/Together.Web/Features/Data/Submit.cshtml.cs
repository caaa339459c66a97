using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Accounts;
using Together.Web.Features.Outcomes;

namespace Together.Web.Features.Data;

/// <summary>A partner sends or corrects one figure.</summary>
public sealed class SubmitModel(FigureSubmissions submissions, UserManager<TogetherUser> users) : PageModel
{
    public static readonly (string Field, string Label, string Hint)[] Fields =
    [
        ("indicator", "Indicator code", "For example CYP-D06"),
        ("area", "Area code", "For example cheshire-east or crewe"),
        ("period", "Period", "For example 2024/25, 2024, 2024 Q1 or 2024-03, as the indicator uses"),
        ("breakdown", "Breakdown", "all, sex, age-band, send, cared-for or ethnicity; leave empty for all"),
        ("category", "Group within the breakdown", "For example Female; leave empty for all"),
        ("count", "Count", "A whole number"),
        ("denominator", "Denominator", "For proportions and rates"),
        ("value", "Value", "Only for means and directly standardised rates"),
        ("standard_deviation", "Standard deviation", "Only for means"),
        ("note", "Note", "Optional, shown with the figure"),
        ("reason", "Reason for the change", "Needed when you correct a figure we already hold"),
    ];

    [BindProperty]
    public Dictionary<string, string?> Input { get; set; } = [];

    public IReadOnlyList<InputError> Errors { get; private set; } = [];

    public void OnGet(string? indicator, string? area, string? period)
    {
        Input["indicator"] = indicator;
        Input["area"] = area;
        Input["period"] = period;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        string? Get(string key) => Input.TryGetValue(key, out var v) ? v : null;
        if (Get("reason")?.Length > 500)
        {
            Errors = [new InputError(0, "reason", "The reason must be 500 characters or fewer")];
            return Page();
        }

        var input = new FigureInput(Get("indicator"), Get("area"), Get("period"), Get("breakdown"), Get("category"), Get("count"), Get("denominator"), Get("value"), Get("standard_deviation"), Get("note"));
        var who = await DataAccess.SubmitterAsync(users, User);
        var result = await submissions.SubmitAsync([(0, input)], who, null, Get("reason"), cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            return Page();
        }

        TempData["OutcomesMessage"] = result.Corrected > 0 ? "Figure corrected; the earlier version is kept" : result.Added > 0 ? "Figure saved" : "No change: we already hold exactly this figure";
        return RedirectToPage("/Data/Index");
    }
}
