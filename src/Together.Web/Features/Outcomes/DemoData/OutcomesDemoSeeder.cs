using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Together.Statistics;
using Together.Web.Features.Areas;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Outcomes;

/// <summary>
/// Real figures from DfE LAIT (cheshire-east-indicators.csv, stored as published with their source), and clearly labelled
/// demonstration series: 25 indicators over 8 years for Cheshire East, every locality, England, the North West and the ten
/// statistical neighbours, with breakdowns. The demonstration counts come from a fixed seed so every run gives the same figures.
/// </summary>
public sealed class OutcomesDemoSeeder(TogetherDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string LaitSource = "DfE Local Authority Interactive Tool (LAIT)";
    public const string DemoSource = "Demonstration data (made up for testing; not real figures)";
    public const int FirstYear = 2017;
    public const int Years = 8;

    public int Order => 200;

    private readonly List<IndicatorValue> added = [];

    /// <summary>Children aged 0–17 by locality (demonstration: each town with its surrounding rural area, adding up to Cheshire East).</summary>
    public static readonly IReadOnlyDictionary<string, int> LocalityChildren = new Dictionary<string, int>
    {
        ["crewe"] = 17800, ["macclesfield"] = 14600, ["congleton"] = 8200, ["wilmslow"] = 7400, ["sandbach"] = 5700, ["poynton"] = 4100,
        ["nantwich"] = 5500, ["middlewich"] = 4900, ["knutsford"] = 4200, ["alsager"] = 3700, ["handforth"] = 1900, ["bollington"] = 2100,
    };

    /// <summary>How much more (above 1) or less need each locality has than the borough, for the demonstration series.</summary>
    private static readonly Dictionary<string, double> Need = new Dictionary<string, double>
    {
        ["crewe"] = 1.45, ["macclesfield"] = 1.15, ["congleton"] = 1.0, ["wilmslow"] = 0.6, ["sandbach"] = 0.9, ["poynton"] = 0.7,
        ["nantwich"] = 0.85, ["middlewich"] = 1.1, ["knutsford"] = 0.75, ["alsager"] = 0.9, ["handforth"] = 1.05, ["bollington"] = 0.8,
    };

    private static readonly double[] AgeBandRelativeRisk = [0.3, 0.6, 1.5, 1.9];

    private static readonly (string Band, double Share)[] AgeBands = [("0-4", 0.26), ("5-10", 0.34), ("11-15", 0.29), ("16-17", 0.11)];

    /// <summary>A demonstration indicator: rate is a fraction (proportions) or per-person rate; need says whether higher need raises it.</summary>
    private sealed record Demo(
        string Code, string Title, string Outcomes, IndicatorValueType Type, double Multiplier, Polarity Polarity, PeriodType Period,
        double Rate, double ChangePerYear, double Cohort, bool NeedRaises, RbaKind Rba, string Owner, string Numerator, string? Denominator,
        BreakdownDimension Extra = BreakdownDimension.All, double? Target = null);

    private static readonly Demo[] DemoIndicators =
    [
        new("CYP-D01", "Children we care for with an up-to-date health assessment", "1", IndicatorValueType.Proportion, 100, Polarity.HighIsGood, PeriodType.FinancialYear, 0.86, 0.008, 0.0066, false, RbaKind.HowWell, "cheshire-east-council", "Children cared for 12 months or more with a health assessment in the year", "Children cared for 12 months or more at 31 March", Target: 95),
        new("CYP-D02", "Children we care for who had three or more placements in the year", "1", IndicatorValueType.Proportion, 100, Polarity.LowIsGood, PeriodType.FinancialYear, 0.10, -0.002, 0.0066, true, RbaKind.BetterOff, "cheshire-east-council", "Children cared for with three or more placements", "Children cared for at 31 March"),
        new("CYP-D03", "Children we care for who say they feel settled where they live", "1", IndicatorValueType.Proportion, 100, Polarity.HighIsGood, PeriodType.FinancialYear, 0.78, 0.01, 0.004, false, RbaKind.BetterOff, "cheshire-east-council", "Young people answering 'yes, always' or 'mostly'", "Young people who answered the Bright Spots survey"),
        new("CYP-D04", "Care leavers in suitable accommodation", "1,6", IndicatorValueType.Proportion, 100, Polarity.HighIsGood, PeriodType.FinancialYear, 0.84, 0.006, 0.0028, false, RbaKind.BetterOff, "cheshire-east-council", "Care leavers aged 19 to 21 in suitable accommodation", "Care leavers aged 19 to 21"),
        new("CYP-D05", "Early help assessments started", "2", IndicatorValueType.CrudeRate, 10000, Polarity.NoJudgement, PeriodType.FinancialYear, 0.0180, 0.0006, 1, true, RbaKind.HowMuch, "cheshire-east-council", "Early help assessments started in the year", "Children aged 0 to 17 (mid-year estimate)"),
        new("CYP-D06", "Children missing from home (episodes)", "2", IndicatorValueType.CrudeRate, 10000, Polarity.LowIsGood, PeriodType.FinancialYear, 0.0095, -0.0002, 1, true, RbaKind.PopulationIndicator, "cheshire-constabulary", "Missing from home episodes reported to police", "Children aged 0 to 17 (mid-year estimate)", BreakdownDimension.AgeBand),
        new("CYP-D07", "First-time entrants to the youth justice system", "2", IndicatorValueType.CrudeRate, 100000, Polarity.LowIsGood, PeriodType.CalendarYear, 0.0017, -0.00008, 0.36, true, RbaKind.PopulationIndicator, "cheshire-youth-justice", "Young people aged 10 to 17 receiving their first caution or conviction", "Young people aged 10 to 17 (mid-year estimate)", Target: 120),
        new("CYP-D08", "Young people who say they feel safe in their local area", "2", IndicatorValueType.Proportion, 100, Polarity.HighIsGood, PeriodType.AcademicYear, 0.79, 0.004, 0.09, false, RbaKind.BetterOff, "cheshire-east-council", "Pupils answering 'always' or 'usually'", "Pupils in years 6, 8 and 10 who took the lifestyle survey"),
        new("CYP-D09", "Children hurt in road traffic collisions", "2", IndicatorValueType.CrudeRate, 100000, Polarity.LowIsGood, PeriodType.CalendarYear, 0.00045, -0.00001, 1, true, RbaKind.PopulationIndicator, "cheshire-constabulary", "Children killed or injured on the roads", "Children aged 0 to 17 (mid-year estimate)"),
        new("CYP-D10", "Young people with good wellbeing (WEMWBS)", "3", IndicatorValueType.Proportion, 100, Polarity.HighIsGood, PeriodType.AcademicYear, 0.66, -0.004, 0.09, false, RbaKind.PopulationIndicator, "cheshire-east-council", "Pupils with a short WEMWBS score of 20 or more", "Pupils in years 8 and 10 who took the lifestyle survey"),
        new("CYP-D11", "Referrals to children's mental health services seen within 4 weeks", "3", IndicatorValueType.Proportion, 100, Polarity.HighIsGood, PeriodType.FinancialYear, 0.58, 0.025, 0.025, false, RbaKind.HowWell, "nhs-cheshire-and-merseyside", "Referrals with a first contact within 4 weeks", "Referrals accepted by CAMHS", Target: 75),
        new("CYP-D12", "Hospital admissions for self-harm, aged 10 to 24", "3", IndicatorValueType.CrudeRate, 100000, Polarity.LowIsGood, PeriodType.FinancialYear, 0.0042, 0.00005, 0.55, true, RbaKind.PopulationIndicator, "mid-cheshire-hospitals", "Emergency admissions for intentional self-harm", "People aged 10 to 24 (mid-year estimate)", BreakdownDimension.AgeBand),
        new("CYP-D13", "Young people who say they have someone to talk to when worried", "3", IndicatorValueType.Proportion, 100, Polarity.HighIsGood, PeriodType.AcademicYear, 0.82, 0.003, 0.09, false, RbaKind.BetterOff, "cheshire-east-cvs", "Pupils answering 'yes'", "Pupils who took the lifestyle survey"),
        new("CYP-D14", "Reception children with excess weight", "4", IndicatorValueType.Proportion, 100, Polarity.LowIsGood, PeriodType.AcademicYear, 0.205, 0.001, 0.052, true, RbaKind.PopulationIndicator, "nhs-cheshire-and-merseyside", "Reception children overweight or living with obesity", "Reception children measured (NCMP)"),
        new("CYP-D15", "Children with tooth decay at age 5", "4", IndicatorValueType.Proportion, 100, Polarity.LowIsGood, PeriodType.AcademicYear, 0.19, -0.004, 0.02, true, RbaKind.PopulationIndicator, "nhs-cheshire-and-merseyside", "Five-year-olds examined with decayed, missing or filled teeth", "Five-year-olds examined"),
        new("CYP-D16", "Babies breastfed at 6 to 8 weeks", "4", IndicatorValueType.Proportion, 100, Polarity.HighIsGood, PeriodType.FinancialYear, 0.46, 0.005, 0.052, false, RbaKind.BetterOff, "nhs-cheshire-and-merseyside", "Babies totally or partially breastfed at the 6 to 8 week check", "Babies due a 6 to 8 week check", Target: 52),
        new("CYP-D17", "Children fully immunised (MMR2) by age 5", "4", IndicatorValueType.Proportion, 100, Polarity.HighIsGood, PeriodType.FinancialYear, 0.89, -0.003, 0.053, false, RbaKind.PopulationIndicator, "nhs-cheshire-and-merseyside", "Children given two doses of MMR by their fifth birthday", "Children reaching age 5 in the year", Target: 95),
        new("CYP-D18", "Under-18 conceptions", "4", IndicatorValueType.CrudeRate, 1000, Polarity.LowIsGood, PeriodType.CalendarYear, 0.0125, -0.0005, 0.135, true, RbaKind.PopulationIndicator, "nhs-cheshire-and-merseyside", "Conceptions to young women aged under 18", "Young women aged 15 to 17 (mid-year estimate)"),
        new("CYP-D19", "Pupils with a good level of development at the end of reception", "5", IndicatorValueType.Proportion, 100, Polarity.HighIsGood, PeriodType.AcademicYear, 0.70, 0.002, 0.052, false, RbaKind.PopulationIndicator, "cheshire-east-schools-forum", "Children reaching a good level of development", "Children assessed at the end of reception", BreakdownDimension.Send),
        new("CYP-D20", "Pupils meeting the expected standard in reading, writing and maths at 11", "5", IndicatorValueType.Proportion, 100, Polarity.HighIsGood, PeriodType.AcademicYear, 0.62, 0.003, 0.055, false, RbaKind.PopulationIndicator, "cheshire-east-schools-forum", "Pupils meeting the expected standard in all three", "Pupils at the end of key stage 2", BreakdownDimension.Send),
        new("CYP-D21", "Young people in education, employment or training at 16 to 17", "5", IndicatorValueType.Proportion, 100, Polarity.HighIsGood, PeriodType.AcademicYear, 0.945, 0.002, 0.11, false, RbaKind.BetterOff, "cheshire-college", "Young people aged 16 and 17 in education, employment or training", "Young people aged 16 and 17 known to the council"),
        new("CYP-D22", "Pupils suspended at least once", "5", IndicatorValueType.Proportion, 100, Polarity.LowIsGood, PeriodType.AcademicYear, 0.022, 0.0012, 0.72, true, RbaKind.PopulationIndicator, "cheshire-east-schools-forum", "Pupils with one or more suspensions", "Pupils on roll", BreakdownDimension.CaredFor),
        new("CYP-D23", "Children with an education, health and care plan", "6", IndicatorValueType.Proportion, 100, Polarity.NoJudgement, PeriodType.CalendarYear, 0.038, 0.003, 0.72, true, RbaKind.HowMuch, "cheshire-east-council", "Pupils with an EHC plan in January", "Pupils on roll in January"),
        new("CYP-D24", "Annual reviews of EHC plans completed on time", "6", IndicatorValueType.Proportion, 100, Polarity.HighIsGood, PeriodType.FinancialYear, 0.55, 0.03, 0.03, false, RbaKind.HowWell, "cheshire-east-council", "Annual reviews completed within 12 months of the last", "Annual reviews due", Target: 85),
        new("CYP-D25", "Short breaks provided for disabled children", "6", IndicatorValueType.Count, 1, Polarity.NoJudgement, PeriodType.FinancialYear, 0.0045, 0.0002, 1, true, RbaKind.HowMuch, "cheshire-east-cvs", "Short break packages provided in the year", null),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var owners = await db.Organisations.ToDictionaryAsync(o => o.Slug, o => o.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        SeedPopulations();
        SeedLait(owners, now);
        SeedDemonstration(owners, now);
        var indicators = db.ChangeTracker.Entries<Indicator>().Select(e => e.Entity).ToDictionary(i => i.Id);
        var localities = LocalityChildren.Keys.ToList();
        foreach (var group in added.GroupBy(v => v.IndicatorId))
        {
            OutcomesReader.Decide(indicators[group.Key], group, localities);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    private void SeedPopulations()
    {
        for (var year = FirstYear; year < FirstYear + Years; year++)
        {
            var total = new int[AgeBands.Length];
            foreach (var (area, children) in LocalityChildren)
            {
                for (var b = 0; b < AgeBands.Length; b++)
                {
                    var n = (int)Math.Round(children * AgeBands[b].Share * (1 + 0.004 * (year - FirstYear)));
                    total[b] += n;
                    db.ChildPopulations.Add(new ChildPopulation { Id = Guid.NewGuid(), AreaId = area, Year = year, AgeBand = AgeBands[b].Band, Population = n, Source = DemoSource });
                }
            }

            for (var b = 0; b < AgeBands.Length; b++)
            {
                db.ChildPopulations.Add(new ChildPopulation { Id = Guid.NewGuid(), AreaId = AreaDemoSeeder.CheshireEast, Year = year, AgeBand = AgeBands[b].Band, Population = total[b], Source = DemoSource });
            }
        }
    }

    private static readonly (string Indicator, string Code, string Outcomes, string Owner, RbaKind Rba, string Definition)[] LaitIndicators =
    [
        ("Children looked after rate", "CYP-LAC", "1", "cheshire-east-council", RbaKind.PopulationIndicator, "Children looked after (cared for) by the council at 31 March, per 10,000 children aged 0 to 17."),
        ("Care leavers aged 19 in education employment or training", "CYP-CL-EET", "1", "cheshire-east-council", RbaKind.BetterOff, "Care leavers aged 19 who are in education, employment or training, as a percentage of care leavers aged 19."),
        ("Children in need rate", "CYP-CIN", "2", "cheshire-east-council", RbaKind.PopulationIndicator, "Children in need at 31 March, per 10,000 children aged 0 to 17."),
        ("Children subject of a child protection plan rate", "CYP-CPP", "2", "cheshire-east-council", RbaKind.PopulationIndicator, "Children who are the subject of a child protection plan at 31 March, per 10,000 children aged 0 to 17."),
        ("Re-referrals to children's social care within 12 months", "CYP-REREF", "2", "cheshire-east-council", RbaKind.HowWell, "Referrals to children's social care within 12 months of a previous referral, as a percentage of all referrals."),
        ("Hospital admissions for mental health conditions aged 0-17", "CYP-MH-ADM", "3", "nhs-cheshire-and-merseyside", RbaKind.PopulationIndicator, "Hospital admissions for mental health conditions, per 100,000 children aged 0 to 17."),
        ("Year 6 excess weight", "CYP-Y6-WEIGHT", "4", "nhs-cheshire-and-merseyside", RbaKind.PopulationIndicator, "Year 6 children who are overweight or living with obesity (National Child Measurement Programme), as a percentage of those measured."),
        ("Early years foundation stage good level of development", "CYP-EYFS-GLD", "5", "cheshire-east-schools-forum", RbaKind.PopulationIndicator, "Children reaching a good level of development at the end of the early years foundation stage, as a percentage of those assessed."),
        ("Attainment 8 average score", "CYP-ATT8", "5", "cheshire-east-schools-forum", RbaKind.PopulationIndicator, "Average Attainment 8 score of pupils at the end of key stage 4 (eight GCSE-level qualifications)."),
        ("Persistent absence", "CYP-PA", "5", "cheshire-east-schools-forum", RbaKind.PopulationIndicator, "Pupils missing 10% or more of their possible school sessions, as a percentage of pupils."),
        ("16-17 year olds not in education employment or training (NEET)", "CYP-NEET", "5", "cheshire-east-council", RbaKind.PopulationIndicator, "Young people aged 16 and 17 known not to be in education, employment or training, as a percentage of 16 and 17 year olds known to the council."),
        ("16-17 year olds NEET or activity not known", "CYP-NEET-NK", "5", "cheshire-east-council", RbaKind.PopulationIndicator, "Young people aged 16 and 17 who are NEET or whose activity is not known, as a percentage of 16 and 17 year olds known to the council."),
        ("New EHC plans issued within 20 weeks (all)", "CYP-EHCP-20", "6", "cheshire-east-council", RbaKind.HowWell, "New education, health and care plans issued within 20 weeks (excluding exceptions), as a percentage of new plans issued."),
    ];

    private void SeedLait(Dictionary<string, Guid> owners, DateTime now)
    {
        var assembly = typeof(OutcomesDemoSeeder).Assembly;
        using var stream = assembly.GetManifestResourceStream("outcomes/cheshire-east-indicators.csv")
            ?? throw new InvalidOperationException("The LAIT figures file is not embedded.");
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { Separator = ',', HasHeader = true });
        var headers = csv.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i < csv.FieldCount ? csv.GetString(x.i) : ""));
        }

        var indicators = new Dictionary<string, Indicator>();
        foreach (var row in rows)
        {
            var spec = LaitIndicators.First(l => l.Indicator == row["indicator"]);
            if (!indicators.TryGetValue(spec.Code, out var indicator))
            {
                var unit = row["unit"];
                var (type, multiplier, places) = unit switch
                {
                    "percent" => (IndicatorValueType.Proportion, 100d, 1),
                    "score" => (IndicatorValueType.Mean, 1d, 1),
                    _ when unit.StartsWith("per 100000", StringComparison.Ordinal) => (IndicatorValueType.CrudeRate, 100000d, 1),
                    _ => (IndicatorValueType.CrudeRate, 10000d, 1),
                };
                indicator = new Indicator
                {
                    Id = Guid.NewGuid(),
                    Code = spec.Code,
                    Title = row["indicator"],
                    Definition = spec.Definition,
                    Rationale = "A national measure published for every local authority, so Cheshire East can be compared with England, the North West and similar areas.",
                    NumeratorDefinition = "As defined by the Department for Education for LAIT.",
                    DenominatorDefinition = type == IndicatorValueType.Mean ? null : "As defined by the Department for Education for LAIT.",
                    Source = LaitSource,
                    DataOwnerId = owners.GetValueOrDefault(spec.Owner),
                    ValueType = type,
                    Multiplier = multiplier,
                    DecimalPlaces = row["cheshire_east"].Contains('.', StringComparison.Ordinal) && row["cheshire_east"].Split('.')[1].Length == 2 ? 2 : places,
                    Polarity = row["polarity"] switch { "high is good" => Polarity.HighIsGood, "low is good" => Polarity.LowIsGood, _ => Polarity.NoJudgement },
                    PeriodType = PeriodType.CalendarYear,
                    CiMethod = CiMethod.None,
                    ComparisonMethod = ComparisonMethod.ConfidenceInterval95,
                    RbaKind = spec.Rba,
                    OutcomeNumbers = spec.Outcomes,
                    IsPublished = true,
                    UpdatedAt = now,
                };
                indicators[spec.Code] = indicator;
                db.Indicators.Add(indicator);
            }

            var period = row["period"];
            int? count = int.TryParse(row["cheshire_east_count"], CultureInfo.InvariantCulture, out var c) ? c : null;
            AddPublished(indicator, AreaDemoSeeder.CheshireEast, period, Parse(row["cheshire_east"]), count, now);
            AddPublished(indicator, "north-west", period, Parse(row["north_west"]), null, now);
            AddPublished(indicator, "england", period, Parse(row["england"]), null, now);
            if (Parse(row["statistical_neighbours_mean"]) is { } mean)
            {
                db.ComparatorFigures.Add(new ComparatorFigure { Id = Guid.NewGuid(), IndicatorId = indicator.Id, Period = period, Comparator = ComparatorFigure.StatisticalNeighboursMean, Value = mean, Source = LaitSource });
            }
        }
    }

    private static double? Parse(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private void AddPublished(Indicator indicator, string area, string period, double? value, int? count, DateTime now)
    {
        if (value is null)
        {
            return;
        }

        var year = int.Parse(period, CultureInfo.InvariantCulture);
        var v = new IndicatorValue
        {
            Id = Guid.NewGuid(),
            IndicatorId = indicator.Id,
            AreaId = area,
            Period = period,
            PeriodStart = new DateOnly(year, 1, 1),
            PeriodEnd = new DateOnly(year, 12, 31),
            Dimension = BreakdownDimension.All,
            Category = "",
            Count = count,
            Value = value,
            Origin = ValueOrigin.AsPublished,
            Note = "As published in DfE LAIT; the period is LAIT's own label",
            Revision = 1,
            UpdatedAt = now,
        };
        db.IndicatorValues.Add(v);
        added.Add(v);
        db.IndicatorValueRevisions.Add(FigureSubmissions.Revision(v, new Submitter("Demonstration content", null, true), now, "cheshire-east-indicators.csv", "First published"));
    }

    private void SeedDemonstration(Dictionary<string, Guid> owners, DateTime now)
    {
        var random = new Random(20261123);
        var neighbours = OutcomesReader.NeighbourIds;
        foreach (var d in DemoIndicators)
        {
            var indicator = new Indicator
            {
                Id = Guid.NewGuid(),
                Code = d.Code,
                Title = d.Title,
                Definition = d.Denominator is null ? $"{d.Numerator}." : $"{d.Numerator}, {(d.Type == IndicatorValueType.Proportion ? "as a percentage of" : $"per {d.Multiplier.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))}")} {char.ToLowerInvariant(d.Denominator[0])}{d.Denominator[1..]}.",
                Rationale = "Shows whether what partners do together is changing things for children and young people in Cheshire East.",
                NumeratorDefinition = d.Numerator,
                DenominatorDefinition = d.Denominator,
                Source = DemoSource,
                DataOwnerId = owners.GetValueOrDefault(d.Owner),
                ValueType = d.Type,
                Multiplier = d.Multiplier,
                DecimalPlaces = 1,
                Polarity = d.Polarity,
                PeriodType = d.Period,
                CiMethod = d.Type == IndicatorValueType.Proportion ? CiMethod.WilsonScore : CiMethod.Byar,
                ComparisonMethod = ComparisonMethod.ConfidenceInterval95,
                RbaKind = d.Rba,
                OutcomeNumbers = d.Outcomes,
                StatementNumbers = "",
                TargetValue = d.Target,
                TargetDate = d.Target is null ? null : new DateOnly(2027, 3, 31),
                IsPublished = true,
                IsDemonstration = true,
                UpdatedAt = now,
            };
            db.Indicators.Add(indicator);
            for (var y = 0; y < Years; y++)
            {
                var label = Periods.YearLabel(d.Period, FirstYear + y);
                Periods.TryParse(d.Period, label, out var start, out var end);
                var rate = Math.Max(0.0001, d.Rate + d.ChangePerYear * y);
                var ce = new Dictionary<(BreakdownDimension, string), (int Count, int Denominator)>();
                foreach (var (area, children) in LocalityChildren)
                {
                    var need = d.NeedRaises ? Need[area] : 2 - Need[area];
                    var localRate = d.Type == IndicatorValueType.Proportion ? Math.Clamp(rate * Math.Pow(need, 0.35), 0.001, 0.995) : rate * need;
                    var denominator = (int)Math.Round(children * d.Cohort * (1 + 0.004 * y) * (0.93 + 0.14 * random.NextDouble()));
                    var count = Draw(random, denominator, localRate, d.Type == IndicatorValueType.Proportion);
                    foreach (var (dimension, category, c, n) in Split(random, d, count, denominator))
                    {
                        Add(indicator, area, label, start, end, dimension, category, c, n, now);
                        var key = (dimension, category);
                        ce[key] = ce.TryGetValue(key, out var sum) ? (sum.Count + c, sum.Denominator + n) : (c, n);
                    }
                }

                foreach (var ((dimension, category), (c, n)) in ce)
                {
                    Add(indicator, AreaDemoSeeder.CheshireEast, label, start, end, dimension, category, c, n, now);
                }

                var boroughDenominator = ce[(BreakdownDimension.All, "")].Denominator;
                foreach (var (area, size, shift) in new[] { ("england", 160.0, 1.12), ("north-west", 21.0, 1.2) }.Concat(neighbours.Select((n, i) => (n, 0.8 + 0.1 * i, 0.85 + 0.03 * i))))
                {
                    var comparatorRate = d.Type == IndicatorValueType.Proportion ? Math.Clamp(rate * (d.NeedRaises ? shift : 2 - shift), 0.001, 0.995) : rate * (d.NeedRaises ? shift : 2 - shift);
                    var n = (int)Math.Round(boroughDenominator * size);
                    Add(indicator, area, label, start, end, BreakdownDimension.All, "", Draw(random, n, comparatorRate, d.Type == IndicatorValueType.Proportion), n, now);
                }
            }
        }
    }

    private static int Draw(Random random, int n, double p, bool proportion)
    {
        var mean = n * p;
        var sd = Math.Sqrt(proportion ? n * p * (1 - p) : mean);
        var z = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var count = (int)Math.Round(mean + z * sd);
        return Math.Clamp(count, 0, proportion ? n : int.MaxValue);
    }

    /// <summary>The figure for everyone and its breakdowns: each breakdown's groups add up exactly to the total.</summary>
    private static IEnumerable<(BreakdownDimension, string, int, int)> Split(Random random, Demo d, int count, int denominator)
    {
        yield return (BreakdownDimension.All, "", count, denominator);
        foreach (var (dimension, categories) in new[] { (BreakdownDimension.Sex, new[] { ("Female", 0.49, 0.95), ("Male", 0.51, 1.05) }) }.Concat(Extra(d.Extra)))
        {
            var remainingCount = count;
            var remainingDenominator = denominator;
            for (var i = 0; i < categories.Length; i++)
            {
                var (name, share, relative) = categories[i];
                int c, n;
                if (i == categories.Length - 1)
                {
                    (c, n) = (remainingCount, remainingDenominator);
                }
                else
                {
                    n = (int)Math.Round(denominator * share);
                    c = Math.Min(remainingCount, (int)Math.Round(count * share * relative + (random.NextDouble() - 0.5)));
                    if (d.Type == IndicatorValueType.Proportion)
                    {
                        c = Math.Min(c, n);
                        if (remainingCount - c > remainingDenominator - n)
                        {
                            c = remainingCount - (remainingDenominator - n);
                        }
                    }
                }

                remainingCount -= c;
                remainingDenominator -= n;
                yield return (dimension, name, c, n);
            }
        }
    }

    private static IEnumerable<(BreakdownDimension, (string, double, double)[])> Extra(BreakdownDimension extra) => extra switch
    {
        BreakdownDimension.AgeBand => [(extra, AgeBands.Select((b, i) => (b.Band, b.Share, AgeBandRelativeRisk[i])).ToArray())],
        BreakdownDimension.Send => [(extra, [("With SEND", 0.16, 0.55), ("Without SEND", 0.84, 1.08)])],
        BreakdownDimension.CaredFor => [(extra, [("Cared for", 0.008, 3.5), ("Not cared for", 0.992, 0.98)])],
        _ => [],
    };

    private void Add(Indicator indicator, string area, string period, DateOnly start, DateOnly end, BreakdownDimension dimension, string category, int count, int denominator, DateTime now)
    {
        int? n = indicator.ValueType == IndicatorValueType.Count ? null : denominator;
        var (figure, _, error) = Figures.Calculate(indicator, count, n, null, null);
        if (figure is null)
        {
            throw new InvalidOperationException($"Demonstration figure for {indicator.Code} {area} {period} is invalid: {error}");
        }

        var v = new IndicatorValue
        {
            Id = Guid.NewGuid(),
            IndicatorId = indicator.Id,
            AreaId = area,
            Period = period,
            PeriodStart = start,
            PeriodEnd = end,
            Dimension = dimension,
            Category = category,
            Count = count,
            Denominator = n,
            Value = figure.Value,
            Lower95 = figure.Lower95,
            Upper95 = figure.Upper95,
            Lower998 = figure.Lower998,
            Upper998 = figure.Upper998,
            Origin = figure.Origin,
            Revision = 1,
            UpdatedAt = now,
        };
        db.IndicatorValues.Add(v);
        added.Add(v);
        db.IndicatorValueRevisions.Add(FigureSubmissions.Revision(v, new Submitter("Demonstration content", null, true), now, null, "Demonstration data loaded"));
    }
}
