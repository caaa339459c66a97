using Together.Statistics;

namespace Together.Web.Features.Outcomes;

/// <summary>Words and tag styles for the scorecard. Colour always comes with words, never alone.</summary>
public static class ScorecardText
{
    public static string TagClass(ComparisonOutcome outcome) => outcome switch
    {
        ComparisonOutcome.Better => "govuk-tag govuk-tag--green",
        ComparisonOutcome.Worse => "govuk-tag govuk-tag--red",
        ComparisonOutcome.Similar => "govuk-tag govuk-tag--yellow",
        ComparisonOutcome.Higher or ComparisonOutcome.Lower => "govuk-tag govuk-tag--blue",
        _ => "govuk-tag govuk-tag--grey",
    };

    public static string Words(ComparisonResult result, string comparator) => result.Outcome switch
    {
        ComparisonOutcome.Better => $"Better than {comparator}",
        ComparisonOutcome.Worse => $"Worse than {comparator}",
        ComparisonOutcome.Similar => $"Similar to {comparator}",
        ComparisonOutcome.Higher => $"Higher than {comparator}",
        ComparisonOutcome.Lower => $"Lower than {comparator}",
        _ => "Not compared",
    };

    public static string ValueText(Indicator indicator, FigureView? figure)
    {
        if (figure is null)
        {
            return "No figure yet";
        }

        if (figure.Value is null)
        {
            return figure.Suppressed && figure.Audience == Audience.Public ? "Not shown (fewer than 5 children)" : "No value";
        }

        return Figures.WithUnit(indicator, figure.Value);
    }

    public static string? IntervalText(Indicator indicator, FigureView? figure) =>
        figure?.Lower95 is { } lo && figure.Upper95 is { } hi
            ? $"95% confidence interval {Figures.Format(indicator, lo)} to {Figures.Format(indicator, hi)}"
            : null;

    public static string SourceText(Indicator indicator) => indicator.IsDemonstration ? "Demonstration data (not real figures)" : indicator.Source;
}
