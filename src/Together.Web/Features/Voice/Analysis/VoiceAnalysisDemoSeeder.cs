using Microsoft.EntityFrameworkCore;
using Together.Statistics;
using Together.Web.Features.Outcomes;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Voice.Analysis;

/// <summary>
/// Demo analysis of the two closed demo consultations: a codebook each, the generated free-text answers tagged (by the
/// same keyword suggestions staff use), a few publishable quotes, and the "I feel safe in my area" statement feeding a
/// demonstration indicator. Everything here is demo content, like the responses it analyses.
/// </summary>
public sealed class VoiceAnalysisDemoSeeder(TogetherDbContext db, IndicatorFeed feed, TimeProvider clock) : IDemoSeeder
{
    public const string SafeIndicatorCode = "CYP-V01";
    public const string PublishedSlug = "getting-help-with-how-you-feel";
    public const string ClosedSlug = "support-for-send-families";

    public int Order => 510;

    /// <summary>The demo codebook: name, description and keywords (the generated answers use these words).</summary>
    public static readonly (string Name, string Description, string Keywords)[] DemoThemes =
    [
        ("Free and cheap things to do", "Activities that cost little or nothing, in term time and the holidays.", "cost, free, cheaper, cheap"),
        ("Transport", "Getting there and back: buses, lifts, distance.", "bus, transport"),
        ("Safe places to meet", "Somewhere warm, dry, lit and safe to spend time with friends.", "safer, warm, lighting, meet friends"),
        ("Someone to talk to", "A trusted adult, and help with how you feel without a long wait.", "talk to, mental health, waits"),
        ("Knowing what's on", "Finding out what clubs and activities there are.", "nobody knows, what's on"),
        ("Young people deciding", "Young people helping to decide what services do.", "decide"),
        ("More kinds of activity", "Sports and activities beyond football.", "sports, climbing, dance"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var slug in new[] { PublishedSlug, ClosedSlug })
        {
            var consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
            if (consultation is null)
            {
                continue;
            }

            var texts = await (from a in db.ResponseAnswers
                               join r in db.SurveyResponses on a.ResponseId equals r.Id
                               where r.ConsultationId == consultation.Id && a.QuestionId == "q5" && !a.Flagged
                               orderby r.SubmittedAt, a.Id
                               select new TextAnswer(a.Id, a.Value)).ToListAsync(cancellationToken);
            var quoted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, description, keywords) in DemoThemes)
            {
                var theme = new ConsultationTheme { Id = Guid.NewGuid(), ConsultationId = consultation.Id, Name = name, Description = description, Keywords = keywords, CreatedAt = consultation.ClosesAt.AddDays(3) };
                db.ConsultationThemes.Add(theme);
                var suggestions = ThemeSuggestions.SuggestAnswers(name, theme.KeywordList, texts, new HashSet<Guid>());
                foreach (var s in suggestions)
                {
                    db.AnswerThemes.Add(new AnswerTheme { AnswerId = s.AnswerId, ThemeId = theme.Id, TaggedBy = "Demonstration content", TaggedAt = consultation.ClosesAt.AddDays(4) });
                }

                // One quote for each theme, never the same words twice.
                var quote = suggestions.Select(s => texts.First(t => t.Id == s.AnswerId)).FirstOrDefault(t => quoted.Add(t.Text));
                if (quote is not null)
                {
                    db.PublishableQuotes.Add(new PublishableQuote { AnswerId = quote.Id, ConsultationId = consultation.Id, MarkedBy = "Demonstration content", MarkedAt = consultation.ClosesAt.AddDays(5) });
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await SeedIndicatorLinkAsync(now, cancellationToken);
    }

    /// <summary>"% of young people who say they feel safe in their area", fed by the published consultation's matrix statement.</summary>
    private async Task SeedIndicatorLinkAsync(DateTime now, CancellationToken cancellationToken)
    {
        var consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Slug == PublishedSlug, cancellationToken);
        if (consultation is null || await db.Indicators.AnyAsync(i => i.Code == SafeIndicatorCode, cancellationToken))
        {
            return;
        }

        var owner = await db.Organisations.Where(o => o.Slug == "cheshire-east-council").Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
        var indicator = new Indicator
        {
            Id = Guid.NewGuid(),
            Code = SafeIndicatorCode,
            Title = "Young people who say they feel safe in their area (Have your say)",
            Definition = "Young people answering 'agree' or 'strongly agree' to \"I feel safe in my area\" in a Have your say consultation, as a percentage of those who answered it.",
            Rationale = "What young people tell the Trust directly about feeling safe, alongside the schools lifestyle survey.",
            NumeratorDefinition = "Young people who agree or strongly agree that they feel safe in their area",
            DenominatorDefinition = "Young people who answered the statement",
            Source = OutcomesDemoSeeder.DemoSource,
            DataOwnerId = owner,
            ValueType = IndicatorValueType.Proportion,
            Multiplier = 100,
            DecimalPlaces = 1,
            Polarity = Polarity.HighIsGood,
            PeriodType = PeriodType.AcademicYear,
            CiMethod = CiMethod.WilsonScore,
            ComparisonMethod = ComparisonMethod.ConfidenceInterval95,
            RbaKind = RbaKind.BetterOff,
            OutcomeNumbers = "2",
            IsPublished = true,
            IsDemonstration = true,
            UpdatedAt = now,
        };
        db.Indicators.Add(indicator);
        var opened = DateOnly.FromDateTime(consultation.OpensAt);
        var firstYear = opened.Month >= 9 ? opened.Year : opened.Year - 1;
        var link = new QuestionIndicatorLink
        {
            Id = Guid.NewGuid(), ConsultationId = consultation.Id, QuestionId = "q4", MatrixRow = 0, YesValues = "agree,strongly-agree", IndicatorId = indicator.Id,
            AreaId = Areas.AreaDemoSeeder.CheshireEast, Period = Periods.YearLabel(PeriodType.AcademicYear, firstYear), CreatedBy = "Demonstration content", CreatedAt = now,
        };
        db.QuestionIndicatorLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        var result = await feed.SendAsync(link, "Demonstration content", cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The demo indicator link could not send its figure: " + string.Join("; ", result.Errors));
        }
    }
}
