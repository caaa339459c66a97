using System.Globalization;
using Together.Statistics;

namespace Together.Web.Features.Outcomes;

/// <summary>A figure's value and intervals, calculated by the statistics library from what was submitted.</summary>
public sealed record CalculatedFigure(double? Value, double? Lower95, double? Upper95, double? Lower998, double? Upper998, ValueOrigin Origin);

/// <summary>Turns submitted counts into values and confidence intervals. All the statistics are in Together.Statistics.</summary>
public static class Figures
{
    /// <summary>
    /// Calculates the value from the count and denominator wherever the value type allows (proportions, crude rates, counts);
    /// a mean comes from the mean, standard deviation and number of values; a directly standardised rate is taken as supplied
    /// because the age-band counts it is made from are not held here. Returns an error in plain words when it cannot.
    /// </summary>
    public static (CalculatedFigure? Figure, string? Column, string? Error) Calculate(Indicator indicator, int? count, double? denominator, double? value, double? standardDeviation)
    {
        switch (indicator.ValueType)
        {
            case IndicatorValueType.Proportion:
            case IndicatorValueType.CrudeRate:
                if (count is null)
                {
                    return (null, "count", "Enter the count (numerator)");
                }

                if (denominator is null)
                {
                    return (null, "denominator", "Enter the denominator");
                }

                if (value is not null)
                {
                    return (null, "value", "Leave the value empty: it is calculated from the count and denominator");
                }

                if (denominator <= 0)
                {
                    return (null, "denominator", "The denominator must be more than 0");
                }

                if (indicator.ValueType == IndicatorValueType.Proportion)
                {
                    if (denominator != Math.Floor(denominator.Value) || denominator > int.MaxValue)
                    {
                        return (null, "denominator", "The denominator must be a whole number");
                    }

                    if (count > denominator)
                    {
                        return (null, "count", $"The count ({count}) is more than the denominator ({denominator.Value.ToString(CultureInfo.InvariantCulture)})");
                    }

                    return (From(ConfidenceIntervals.Proportion(count.Value, (int)denominator.Value, ConfidenceLevel.NinetyFive, indicator.Multiplier),
                        ConfidenceIntervals.Proportion(count.Value, (int)denominator.Value, ConfidenceLevel.NinetyNinePointEight, indicator.Multiplier)), null, null);
                }

                return (From(ConfidenceIntervals.CrudeRate(count.Value, denominator.Value, indicator.Multiplier, ConfidenceLevel.NinetyFive),
                    ConfidenceIntervals.CrudeRate(count.Value, denominator.Value, indicator.Multiplier, ConfidenceLevel.NinetyNinePointEight)), null, null);
            case IndicatorValueType.Count:
                if (count is null)
                {
                    return (null, "count", "Enter the count");
                }

                if (value is not null)
                {
                    return (null, "value", "Leave the value empty: it is the count");
                }

                return (From(ConfidenceIntervals.Count(count.Value, ConfidenceLevel.NinetyFive), ConfidenceIntervals.Count(count.Value, ConfidenceLevel.NinetyNinePointEight)), null, null);
            case IndicatorValueType.Mean:
                if (value is null)
                {
                    return (null, "value", "Enter the mean score");
                }

                if (standardDeviation is { } sd && denominator is { } n)
                {
                    if (sd < 0)
                    {
                        return (null, "standard_deviation", "The standard deviation cannot be negative");
                    }

                    if (n < 1 || n != Math.Floor(n))
                    {
                        return (null, "denominator", "For a mean, the denominator is the number of people and must be a whole number of at least 1");
                    }

                    return (From(ConfidenceIntervals.Mean(value.Value, sd, (int)n, ConfidenceLevel.NinetyFive),
                        ConfidenceIntervals.Mean(value.Value, sd, (int)n, ConfidenceLevel.NinetyNinePointEight)), null, null);
                }

                return (new CalculatedFigure(value, null, null, null, null, ValueOrigin.AsPublished), null, null);
            default:
                if (value is null)
                {
                    return (null, "value", "Enter the directly standardised rate");
                }

                return (new CalculatedFigure(value, null, null, null, null, ValueOrigin.AsPublished), null, null);
        }
    }

    private static CalculatedFigure From(IntervalEstimate at95, IntervalEstimate at998) =>
        new(at95.Value, at95.Lower, at95.Upper, at998.Lower, at998.Upper, ValueOrigin.Calculated);

    public static IntervalMethod Method(Indicator indicator) => indicator.ValueType switch
    {
        IndicatorValueType.Proportion => IntervalMethod.WilsonScore,
        IndicatorValueType.DirectlyStandardisedRate => IntervalMethod.Dobson,
        IndicatorValueType.Mean => IntervalMethod.NormalMean,
        _ => IntervalMethod.Byar,
    };

    /// <summary>The stored figure as the library's estimate (95%), for comparisons.</summary>
    public static IntervalEstimate Estimate95(Indicator indicator, double? value, double? lower, double? upper) =>
        IntervalEstimate.FromPublished(value, lower, upper, ConfidenceLevel.NinetyFive, Method(indicator));

    public static string Format(Indicator indicator, double? value) =>
        value is { } v ? v.ToString("N" + indicator.DecimalPlaces.ToString(CultureInfo.InvariantCulture), CultureInfo.GetCultureInfo("en-GB")) : "–";

    public static string Unit(Indicator indicator) => indicator.ValueType switch
    {
        IndicatorValueType.Proportion when indicator.Multiplier == 100 => "%",
        IndicatorValueType.Proportion => $"per {indicator.Multiplier.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))}",
        IndicatorValueType.CrudeRate or IndicatorValueType.DirectlyStandardisedRate => $"per {indicator.Multiplier.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))}",
        IndicatorValueType.Count => "",
        _ => "",
    };

    public static string WithUnit(Indicator indicator, double? value)
    {
        var unit = Unit(indicator);
        var text = Format(indicator, value);
        return value is null || unit.Length == 0 ? text : unit == "%" ? text + "%" : $"{text} {unit}";
    }

    public static string Describe(IndicatorValueType type) => type switch
    {
        IndicatorValueType.Proportion => "Proportion (count out of denominator)",
        IndicatorValueType.CrudeRate => "Crude rate per N",
        IndicatorValueType.DirectlyStandardisedRate => "Directly standardised rate",
        IndicatorValueType.Count => "Count",
        _ => "Mean or score",
    };

    public static string Describe(Polarity polarity) => polarity switch
    {
        Polarity.HighIsGood => "Higher is better",
        Polarity.LowIsGood => "Lower is better",
        _ => "No judgement about higher or lower",
    };

    public static string Describe(RbaKind kind) => kind switch
    {
        RbaKind.PopulationIndicator => "Population indicator",
        RbaKind.HowMuch => "Performance measure: how much did we do?",
        RbaKind.HowWell => "Performance measure: how well did we do it?",
        _ => "Performance measure: is anyone better off?",
    };

    public static string Describe(BreakdownDimension d) => d switch
    {
        BreakdownDimension.All => "All",
        BreakdownDimension.AgeBand => "Age band",
        BreakdownDimension.Send => "Special educational needs (SEND)",
        BreakdownDimension.CaredFor => "Cared for",
        BreakdownDimension.Ethnicity => "Ethnic group",
        _ => "Sex",
    };

    /// <summary>Names used in files and the API: all, sex, age-band, send, cared-for, ethnicity.</summary>
    public static string Slug(BreakdownDimension d) => d switch
    {
        BreakdownDimension.AgeBand => "age-band",
        BreakdownDimension.CaredFor => "cared-for",
        _ => d.ToString().ToLowerInvariant(),
    };

    public static bool TryParseDimension(string? text, out BreakdownDimension dimension)
    {
        text = (text ?? "").Trim().ToLowerInvariant();
        if (text.Length == 0)
        {
            dimension = BreakdownDimension.All;
            return true;
        }

        foreach (var d in Enum.GetValues<BreakdownDimension>())
        {
            if (Slug(d) == text)
            {
                dimension = d;
                return true;
            }
        }

        dimension = default;
        return false;
    }
}
