using MathNet.Numerics.Distributions;
using Together.Statistics;

namespace Together.Statistics.Tests;

public class ConfidenceIntervalTests
{
    private const ConfidenceLevel P95 = ConfidenceLevel.NinetyFive;
    private const ConfidenceLevel P998 = ConfidenceLevel.NinetyNinePointEight;

    [Fact]
    public void Z_values_match_standard_normal_tables()
    {
        // Standard normal tables: z(0.975) = 1.959964, z(0.999) = 3.090232.
        Assert.Equal(1.959964, P95.Z(), 1e-6);
        Assert.Equal(3.090232, P998.Z(), 1e-6);
    }

    [Theory]
    // PHE Technical Guide: Confidence Intervals, Appendix 3 (Wilson score) as used by Fingertips: 81 of 100 at 95% ≈ (72.2, 87.5)%.
    // Checked independently by evaluating Wilson's closed form with z from Python's NormalDist: 72.2212, 87.4852.
    [InlineData(81, 100, P95, 81.0, 72.2212, 87.4852)]
    // Same case at 99.8% (independent evaluation: 66.4041, 90.1913).
    [InlineData(81, 100, P998, 81.0, 66.4041, 90.1913)]
    // Statulator "CI for a single proportion" worked example: 12 of 150 complications, Wilson 95% = 0.046 to 0.135
    // (independent evaluation: 4.6354, 13.4621).
    [InlineData(12, 150, P95, 8.0, 4.6354, 13.4621)]
    public void Wilson_matches_worked_examples(int o, int n, ConfidenceLevel level, double value, double lower, double upper)
    {
        IntervalEstimate ci = ConfidenceIntervals.Proportion(o, n, level);
        Assert.True(ci.HasInterval);
        Assert.Equal(IntervalMethod.WilsonScore, ci.Method);
        Assert.Equal(value, ci.Value!.Value, 0.0001);
        Assert.Equal(lower, ci.Lower!.Value, 0.001);
        Assert.Equal(upper, ci.Upper!.Value, 0.001);
    }

    [Fact]
    public void Wilson_on_fraction_scale_when_multiplier_is_one()
    {
        IntervalEstimate ci = ConfidenceIntervals.Proportion(81, 100, P95, multiplier: 1);
        Assert.Equal(0.722212, ci.Lower!.Value, 0.00001);
        Assert.Equal(0.874852, ci.Upper!.Value, 0.00001);
    }

    [Fact]
    public void Wilson_zero_of_n_has_lower_limit_zero_and_positive_upper()
    {
        // Wilson closed form for 0 of 50 at 95%: upper = z²/(n+z²) = 7.1348% (independent evaluation).
        IntervalEstimate ci = ConfidenceIntervals.Proportion(0, 50, P95);
        Assert.Equal(0, ci.Value);
        Assert.Equal(0, ci.Lower);
        Assert.Equal(7.1348, ci.Upper!.Value, 0.001);
    }

    [Fact]
    public void Wilson_n_of_n_has_upper_limit_exactly_100()
    {
        // 50 of 50 at 95%: lower = n/(n+z²) = 92.8652% (independent evaluation); upper is exactly 100, never above.
        IntervalEstimate ci = ConfidenceIntervals.Proportion(50, 50, P95);
        Assert.Equal(100, ci.Value);
        Assert.Equal(92.8652, ci.Lower!.Value, 0.001);
        Assert.Equal(100, ci.Upper);
    }

    [Fact]
    public void Wilson_tiny_denominator_one_of_one()
    {
        IntervalEstimate ci = ConfidenceIntervals.Proportion(1, 1, P95);
        // n/(n+z²) with n = 1: 1/(1+3.8415) = 20.65%.
        Assert.Equal(20.654, ci.Lower!.Value, 0.01);
        Assert.Equal(100, ci.Upper);
    }

    [Theory]
    [InlineData(0, 0, "denominator is zero")]
    [InlineData(5, 0, "denominator is zero")]
    [InlineData(6, 5, "larger than the denominator")]
    [InlineData(-1, 5, "negative")]
    public void Wilson_impossible_inputs_say_why_instead_of_NaN(int o, int n, string reason)
    {
        IntervalEstimate ci = ConfidenceIntervals.Proportion(o, n, P95);
        Assert.False(ci.HasInterval);
        Assert.Null(ci.Value);
        Assert.Null(ci.Lower);
        Assert.Null(ci.Upper);
        Assert.Contains(reason, ci.NotCalculatedReason, StringComparison.Ordinal);
        Assert.StartsWith("Cannot be calculated", ci.NotCalculatedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Wilson_never_returns_NaN_and_always_contains_the_value_for_small_tables()
    {
        for (int n = 0; n <= 25; n++)
        {
            for (int o = 0; o <= n; o++)
            {
                foreach (ConfidenceLevel level in new[] { P95, P998 })
                {
                    IntervalEstimate ci = ConfidenceIntervals.Proportion(o, n, level);
                    if (n == 0)
                    {
                        Assert.False(ci.HasInterval);
                        continue;
                    }

                    Assert.True(double.IsFinite(ci.Lower!.Value) && double.IsFinite(ci.Upper!.Value));
                    Assert.InRange(ci.Lower.Value, 0, ci.Value!.Value + 1e-9);
                    Assert.InRange(ci.Upper.Value, ci.Value.Value - 1e-9, 100);
                }
            }
        }
    }

    [Theory]
    // Exact Poisson 95% limits as tabulated (e.g. Breslow & Day 1987, Appendix; reproduced in the PHE Technical Guide, Appendix 2):
    // 0: (0, 3.689); 1: (0.0253, 5.572); 5: (1.623, 11.668); 9: (4.115, 17.085).
    // Checked independently by bisection on the Poisson cumulative distribution in Python.
    [InlineData(0, 0.0, 3.6889)]
    [InlineData(1, 0.0253, 5.5716)]
    [InlineData(5, 1.6235, 11.6683)]
    [InlineData(9, 4.1154, 17.0848)]
    public void Counts_under_ten_use_exact_Poisson(int count, double lower, double upper)
    {
        IntervalEstimate ci = ConfidenceIntervals.Count(count, P95);
        Assert.Equal(IntervalMethod.ExactPoisson, ci.Method);
        Assert.Equal(count, ci.Value);
        Assert.Equal(lower, ci.Lower!.Value, 0.001);
        Assert.Equal(upper, ci.Upper!.Value, 0.001);
    }

    [Theory]
    // Byar's method, PHE Technical Guide Appendix 1; values checked independently in Python:
    // 10 → (4.7874, 18.3915); 100 → (81.3621, 121.6279); 289 → (256.6366, 324.3146).
    [InlineData(10, P95, 4.7874, 18.3915)]
    [InlineData(100, P95, 81.3621, 121.6279)]
    [InlineData(289, P95, 256.6366, 324.3146)]
    // 99.8% for 10: (2.9163, 24.1937).
    [InlineData(10, P998, 2.9163, 24.1937)]
    public void Counts_of_ten_or_more_use_Byar(int count, ConfidenceLevel level, double lower, double upper)
    {
        IntervalEstimate ci = ConfidenceIntervals.Count(count, level);
        Assert.Equal(IntervalMethod.Byar, ci.Method);
        Assert.Equal(lower, ci.Lower!.Value, 0.001);
        Assert.Equal(upper, ci.Upper!.Value, 0.001);
    }

    [Fact]
    public void Count_nine_is_exact_and_count_ten_is_Byar()
    {
        IntervalEstimate nine = ConfidenceIntervals.Count(9, P95);
        IntervalEstimate ten = ConfidenceIntervals.Count(10, P95);
        Assert.Equal(IntervalMethod.ExactPoisson, nine.Method);
        Assert.Equal(IntervalMethod.Byar, ten.Method);
        // Byar's lower limit for 9 would be 4.1069; the exact one is 4.1154: the switch changes the answer.
        Assert.Equal(4.1154, nine.Lower!.Value, 0.001);
        Assert.Equal(4.7874, ten.Lower!.Value, 0.001);
    }

    [Fact]
    public void Byar_is_within_published_accuracy_of_exact_for_counts_of_ten_or_more()
    {
        // PHE Technical Guide: "for 95% confidence intervals, Byar's method is within 0.2% of the exact value for numerators of 10 or more".
        // The exact limits here come from a second method: MathNet's chi-squared quantiles.
        foreach (int o in new[] { 10, 11, 15, 25, 50, 100, 500, 2000 })
        {
            IntervalEstimate byar = ConfidenceIntervals.Count(o, P95);
            double exactLower = ChiSquared.InvCDF(2.0 * o, 0.025) / 2;
            double exactUpper = ChiSquared.InvCDF(2.0 * o + 2, 0.975) / 2;
            Assert.InRange(Math.Abs(byar.Lower!.Value - exactLower) / exactLower, 0, 0.002);
            Assert.InRange(Math.Abs(byar.Upper!.Value - exactUpper) / exactUpper, 0, 0.002);
        }
    }

    [Fact]
    public void Crude_rate_scales_count_limits_by_multiplier_over_denominator()
    {
        // 25 events in a population of 12,500 per 100,000: 200.0 (129.39, 295.25) by Byar (independent evaluation in Python).
        IntervalEstimate ci = ConfidenceIntervals.CrudeRate(25, 12_500, 100_000, P95);
        Assert.Equal(200.0, ci.Value!.Value, 1e-6);
        Assert.Equal(129.394, ci.Lower!.Value, 0.01);
        Assert.Equal(295.252, ci.Upper!.Value, 0.01);
    }

    [Fact]
    public void Crude_rate_with_zero_count_has_exact_upper_limit()
    {
        // 0 events in 4,000 per 10,000: upper = 3.6889 / 4000 × 10000 = 9.222.
        IntervalEstimate ci = ConfidenceIntervals.CrudeRate(0, 4_000, 10_000, P95);
        Assert.Equal(0, ci.Value);
        Assert.Equal(0, ci.Lower);
        Assert.Equal(9.222, ci.Upper!.Value, 0.01);
    }

    [Theory]
    [InlineData(3, 0.0)]
    [InlineData(3, -10.0)]
    [InlineData(3, double.NaN)]
    [InlineData(-1, 100.0)]
    public void Crude_rate_cannot_be_calculated_without_a_usable_denominator_or_count(int count, double denominator)
    {
        IntervalEstimate ci = ConfidenceIntervals.CrudeRate(count, denominator, 1000, P95);
        Assert.False(ci.HasInterval);
        Assert.NotNull(ci.NotCalculatedReason);
        Assert.Null(ci.Value);
    }

    [Fact]
    public void Mean_uses_normal_approximation()
    {
        // Attainment 8: mean 46.2, SD 18.5, n 3,200 → 46.2 ± 1.96 × 18.5/√3200 = (45.559, 46.841) (hand calculation).
        IntervalEstimate ci = ConfidenceIntervals.Mean(46.2, 18.5, 3200, P95);
        Assert.Equal(IntervalMethod.NormalMean, ci.Method);
        Assert.Equal(45.5590, ci.Lower!.Value, 0.001);
        Assert.Equal(46.8410, ci.Upper!.Value, 0.001);
    }

    [Fact]
    public void Mean_with_student_t_uses_published_t_table_value()
    {
        // Student's t tables: t(0.975, 9 df) = 2.262. Mean 50, SD 10, n 10 → half-width 2.262 × 10/√10 = 7.153.
        IntervalEstimate ci = ConfidenceIntervals.Mean(50, 10, 10, P95, useStudentT: true);
        Assert.Equal(IntervalMethod.StudentTMean, ci.Method);
        Assert.Equal(50 - 7.153, ci.Lower!.Value, 0.01);
        Assert.Equal(50 + 7.153, ci.Upper!.Value, 0.01);
    }

    [Fact]
    public void Mean_edge_cases_give_reasons()
    {
        Assert.Contains("n is zero", ConfidenceIntervals.Mean(40, 5, 0, P95).NotCalculatedReason, StringComparison.Ordinal);
        IntervalEstimate noSd = ConfidenceIntervals.Mean(40, double.NaN, 20, P95);
        Assert.Equal(40, noSd.Value);
        Assert.False(noSd.HasInterval);
        Assert.False(ConfidenceIntervals.Mean(40, 5, 1, P95, useStudentT: true).HasInterval);
    }

    [Fact]
    public void Dsr_matches_independent_calculation_of_Dobson_method()
    {
        // Three bands (events, population, standard population): (5, 2000, 5000), (12, 3000, 6000), (30, 1500, 4000), per 100,000.
        // PHE Technical Guide Appendix 4 (Dobson with Byar limits for the total of 47), evaluated independently in Python:
        // DSR 776.667, 95% (569.261, 1034.511), 99.8% (470.579, 1197.691).
        StandardisationBand[] bands = [new(5, 2000, 5000), new(12, 3000, 6000), new(30, 1500, 4000)];
        IntervalEstimate ci = ConfidenceIntervals.DirectlyStandardisedRate(bands, 100_000, P95);
        Assert.Equal(776.667, ci.Value!.Value, 0.01);
        Assert.Equal(569.261, ci.Lower!.Value, 0.01);
        Assert.Equal(1034.511, ci.Upper!.Value, 0.01);
        IntervalEstimate ci998 = ConfidenceIntervals.DirectlyStandardisedRate(bands, 100_000, P998);
        Assert.Equal(470.579, ci998.Lower!.Value, 0.01);
        Assert.Equal(1197.691, ci998.Upper!.Value, 0.01);
    }

    [Fact]
    public void Dsr_with_standard_proportional_to_local_population_equals_crude_rate_with_Byar()
    {
        // Property of Dobson's method: if weights are proportional to the local population the DSR is the crude rate and
        // the interval is exactly the Byar crude-rate interval (a second, independent route to the same numbers).
        StandardisationBand[] bands = [new(20, 10_000, 1000), new(15, 5_000, 500), new(40, 20_000, 2000)];
        IntervalEstimate dsr = ConfidenceIntervals.DirectlyStandardisedRate(bands, 100_000, P95);
        IntervalEstimate crude = ConfidenceIntervals.CrudeRate(75, 35_000, 100_000, P95);
        Assert.Equal(crude.Value!.Value, dsr.Value!.Value, 1e-6);
        Assert.Equal(crude.Lower!.Value, dsr.Lower!.Value, 1e-6);
        Assert.Equal(crude.Upper!.Value, dsr.Upper!.Value, 1e-6);
    }

    [Fact]
    public void Dsr_with_esp2013_uses_all_19_bands_totalling_100000()
    {
        Assert.Equal(19, StandardPopulations.EuropeanStandardPopulation2013.Count);
        Assert.Equal(19, StandardPopulations.EuropeanStandardPopulation2013Bands.Count);
        Assert.Equal(100_000, StandardPopulations.EuropeanStandardPopulation2013.Sum());
        // A uniform rate of 1 per 1,000 in every band standardises to 100 per 100,000 whatever the weights.
        StandardisationBand[] bands = StandardPopulations.EuropeanStandardPopulation2013
            .Select(w => new StandardisationBand(10, 10_000, w)).ToArray();
        Assert.Equal(100, ConfidenceIntervals.DirectlyStandardisedRate(bands, 100_000, P95).Value!.Value, 1e-6);
    }

    [Fact]
    public void Dsr_not_calculated_under_ten_events_or_with_zero_population()
    {
        // PHE guidance: DSRs are not calculated for a total count under 10.
        IntervalEstimate few = ConfidenceIntervals.DirectlyStandardisedRate([new(4, 1000, 5000), new(5, 1000, 5000)], 100_000, P95);
        Assert.False(few.HasInterval);
        Assert.Contains("fewer than 10 events", few.NotCalculatedReason, StringComparison.Ordinal);
        IntervalEstimate ten = ConfidenceIntervals.DirectlyStandardisedRate([new(5, 1000, 5000), new(5, 1000, 5000)], 100_000, P95);
        Assert.True(ten.HasInterval);
        IntervalEstimate zeroPop = ConfidenceIntervals.DirectlyStandardisedRate([new(20, 0, 5000)], 100_000, P95);
        Assert.Contains("population", zeroPop.NotCalculatedReason, StringComparison.Ordinal);
        Assert.False(ConfidenceIntervals.DirectlyStandardisedRate([], 100_000, P95).HasInterval);
    }
}
