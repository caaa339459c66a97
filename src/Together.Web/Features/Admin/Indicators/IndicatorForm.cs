using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Statistics;
using Together.Web.Features.Organisations;
using Together.Web.Features.Outcomes;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Indicators;

/// <summary>What an administrator types about an indicator. Text is kept exactly as typed when the form is shown again.</summary>
public sealed class IndicatorInput
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Definition { get; set; }
    public string? Rationale { get; set; }
    public string? NumeratorDefinition { get; set; }
    public string? DenominatorDefinition { get; set; }
    public string? Source { get; set; }
    public Guid? DataOwnerId { get; set; }
    public IndicatorValueType ValueType { get; set; }
    public string? Multiplier { get; set; } = "100";
    public string? DecimalPlaces { get; set; } = "1";
    public Polarity Polarity { get; set; }
    public PeriodType PeriodType { get; set; }
    public CiMethod CiMethod { get; set; }
    public ComparisonMethod ComparisonMethod { get; set; }
    public RbaKind RbaKind { get; set; }
    public List<int> Outcomes { get; set; } = [];
    public string? FocusAreas { get; set; }
    public string? Statements { get; set; }
    public string? TargetValue { get; set; }
    public string? TargetDay { get; set; }
    public string? TargetMonth { get; set; }
    public string? TargetYear { get; set; }
    public bool IsPublished { get; set; }

    public static IndicatorInput From(Indicator i) => new()
    {
        Code = i.Code, Title = i.Title, Definition = i.Definition, Rationale = i.Rationale, NumeratorDefinition = i.NumeratorDefinition,
        DenominatorDefinition = i.DenominatorDefinition, Source = i.Source, DataOwnerId = i.DataOwnerId, ValueType = i.ValueType,
        Multiplier = i.Multiplier.ToString(CultureInfo.InvariantCulture), DecimalPlaces = i.DecimalPlaces.ToString(CultureInfo.InvariantCulture),
        Polarity = i.Polarity, PeriodType = i.PeriodType, CiMethod = i.CiMethod, ComparisonMethod = i.ComparisonMethod, RbaKind = i.RbaKind,
        Outcomes = [.. i.Outcomes], FocusAreas = i.FocusAreas, Statements = i.StatementNumbers,
        TargetValue = i.TargetValue?.ToString(CultureInfo.InvariantCulture),
        TargetDay = i.TargetDate?.Day.ToString(CultureInfo.InvariantCulture), TargetMonth = i.TargetDate?.Month.ToString(CultureInfo.InvariantCulture), TargetYear = i.TargetDate?.Year.ToString(CultureInfo.InvariantCulture),
        IsPublished = i.IsPublished,
    };
}

/// <summary>The add and edit pages share this form: the fields, the checks and saving.</summary>
public abstract partial class IndicatorFormModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public IndicatorInput Input { get; set; } = new();

    public List<(string Field, string Message)> Errors { get; } = [];

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;

    protected TogetherDbContext Db => db;

    protected async Task LoadOptionsAsync(CancellationToken cancellationToken) =>
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);

    /// <summary>Checks the form and copies it onto the indicator; false (with errors) when something is wrong.</summary>
    protected async Task<bool> TryApplyAsync(Indicator indicator, CancellationToken cancellationToken)
    {
        var i = Input;
        var code = i.Code?.Trim().ToUpperInvariant() ?? "";
        if (code.Length == 0)
        {
            Errors.Add(("Input.Code", "Enter a code for the indicator, for example CYP-NEET"));
        }
        else if (code.Length > 40 || !CodePattern().IsMatch(code))
        {
            Errors.Add(("Input.Code", "The code must be 40 characters or fewer and use only letters, numbers and hyphens"));
        }
        else if (await db.Indicators.AnyAsync(x => x.Code == code && x.Id != indicator.Id, cancellationToken))
        {
            Errors.Add(("Input.Code", $"There is already an indicator with the code {code}"));
        }

        Required("Input.Title", i.Title, 200, "Enter the title");
        Required("Input.Definition", i.Definition, 2000, "Enter the definition in plain words");
        Required("Input.Rationale", i.Rationale, 2000, "Enter why this indicator matters");
        Required("Input.NumeratorDefinition", i.NumeratorDefinition, 1000, "Enter what is counted (the numerator)");
        if (i.ValueType is IndicatorValueType.Proportion or IndicatorValueType.CrudeRate or IndicatorValueType.DirectlyStandardisedRate)
        {
            Required("Input.DenominatorDefinition", i.DenominatorDefinition, 1000, "Enter what the count is out of (the denominator)");
        }
        else if (i.DenominatorDefinition?.Trim().Length > 1000)
        {
            Errors.Add(("Input.DenominatorDefinition", "The denominator definition must be 1000 characters or fewer"));
        }

        Required("Input.Source", i.Source, 500, "Enter where the figures come from");
        if (i.DataOwnerId is { } owner && !await db.Organisations.AnyAsync(o => o.Id == owner, cancellationToken))
        {
            Errors.Add(("Input.DataOwnerId", "Select a data owner from the list"));
        }

        if (!double.TryParse(i.Multiplier, NumberStyles.Float, CultureInfo.InvariantCulture, out var multiplier) || multiplier <= 0 || !double.IsFinite(multiplier))
        {
            Errors.Add(("Input.Multiplier", "Enter the multiplier as a number above 0, for example 100 for a percentage or 10000 for a rate per 10,000"));
        }

        if (!int.TryParse(i.DecimalPlaces, NumberStyles.None, CultureInfo.InvariantCulture, out var places) || places > 4)
        {
            Errors.Add(("Input.DecimalPlaces", "Enter the number of decimal places, from 0 to 4"));
        }

        var outcomes = i.Outcomes.Where(PlanLinks.Outcomes.ContainsKey).Distinct().Order().ToList();
        if (outcomes.Count == 0)
        {
            Errors.Add(("Input.Outcomes", "Select at least one outcome this indicator tells us about"));
        }

        var statements = new List<int>();
        foreach (var part in (i.Statements ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 7)
            {
                Errors.Add(("Input.Statements", "Enter \"how we'll know\" statement numbers from 1 to 7, separated by commas"));
                break;
            }

            statements.Add(n);
        }

        if (i.FocusAreas?.Length > 1000)
        {
            Errors.Add(("Input.FocusAreas", "Focus areas must be 1000 characters or fewer"));
        }

        double? target = null;
        if (!string.IsNullOrWhiteSpace(i.TargetValue))
        {
            if (double.TryParse(i.TargetValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) && double.IsFinite(t))
            {
                target = t;
            }
            else
            {
                Errors.Add(("Input.TargetValue", "Enter the target as a number, for example 95"));
            }
        }

        DateOnly? targetDate = null;
        var anyDate = !string.IsNullOrWhiteSpace(i.TargetDay) || !string.IsNullOrWhiteSpace(i.TargetMonth) || !string.IsNullOrWhiteSpace(i.TargetYear);
        if (anyDate)
        {
            if (int.TryParse(i.TargetDay, out var d) && int.TryParse(i.TargetMonth, out var m) && int.TryParse(i.TargetYear, out var y)
                && y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            {
                targetDate = new DateOnly(y, m, d);
            }
            else
            {
                Errors.Add(("Input.TargetDay", "Enter the target date as a real date, for example 31 3 2027"));
            }
        }

        if ((target is null) != (targetDate is null) && !Errors.Any(e => e.Field is "Input.TargetValue" or "Input.TargetDay"))
        {
            Errors.Add((target is null ? "Input.TargetValue" : "Input.TargetDay", "Enter both the target and the date to meet it by, or neither"));
        }

        if (Errors.Count > 0)
        {
            return false;
        }

        indicator.Code = code;
        indicator.Title = i.Title!.Trim();
        indicator.Definition = i.Definition!.Trim();
        indicator.Rationale = i.Rationale!.Trim();
        indicator.NumeratorDefinition = i.NumeratorDefinition!.Trim();
        indicator.DenominatorDefinition = string.IsNullOrWhiteSpace(i.DenominatorDefinition) ? null : i.DenominatorDefinition.Trim();
        indicator.Source = i.Source!.Trim();
        indicator.DataOwnerId = i.DataOwnerId;
        indicator.ValueType = i.ValueType;
        indicator.Multiplier = multiplier;
        indicator.DecimalPlaces = places;
        indicator.Polarity = i.Polarity;
        indicator.PeriodType = i.PeriodType;
        indicator.CiMethod = i.CiMethod;
        indicator.ComparisonMethod = i.ComparisonMethod;
        indicator.RbaKind = i.RbaKind;
        indicator.OutcomeNumbers = string.Join(',', outcomes);
        indicator.StatementNumbers = string.Join(',', statements.Distinct().Order());
        indicator.FocusAreas = (i.FocusAreas ?? "").Trim();
        indicator.TargetValue = target;
        indicator.TargetDate = targetDate;
        indicator.IsPublished = i.IsPublished;
        indicator.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return true;
    }

    private void Required(string field, string? value, int max, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Errors.Add((field, message));
        }
        else if (value.Trim().Length > max)
        {
            Errors.Add((field, $"This must be {max} characters or fewer (it is {value.Trim().Length})"));
        }
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$")]
    private static partial Regex CodePattern();
}
