using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Voice;

/// <summary>
/// One open consultation and two closed ones with generated responses. Every generated response is marked
/// IsDemo and comes from a fixed random seed, so the demo is the same every time.
/// </summary>
public sealed class VoiceDemoSeeder(TogetherDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string OpenSlug = "better-places-for-young-people";

    public int Order => 500;

    private static readonly List<SurveyOption> Agree =
    [
        new("strongly-disagree", "Strongly disagree", "No, not at all"), new("disagree", "Disagree", "No"), new("neither", "Neither agree nor disagree", "Not sure"),
        new("agree", "Agree", "Yes"), new("strongly-agree", "Strongly agree", "Yes, a lot"),
    ];

    public static SurveyDefinition YouthOfferSurvey() => new()
    {
        Pages =
        [
            new SurveyPage
            {
                Id = "p1",
                Title = "Youth clubs",
                Questions =
                [
                    new SurveyQuestion
                    {
                        Id = "q1", Type = QuestionType.SingleChoice, Required = true,
                        Text = "Have you been to a youth club or youth group in the last year?", EasyReadText = "In the last year, have you been to a youth club?",
                        Options = [new("yes", "Yes"), new("no", "No"), new("not-sure", "I'm not sure")],
                    },
                ],
            },
            new SurveyPage
            {
                Id = "p2",
                Title = "What stops you",
                Questions =
                [
                    new SurveyQuestion
                    {
                        Id = "q2", Type = QuestionType.MultipleChoice,
                        Text = "What stops you going to a youth club or group?", EasyReadText = "Why do you not go?",
                        ShowIf = new SurveyCondition("q1", ConditionOperator.Is, "no"),
                        Options = [new("too-far", "It is too far away", "Too far"), new("dont-know", "I don't know where one is", "I don't know where"), new("cost", "It costs too much", "Costs too much"), new("times", "It is not open when I am free", "Wrong times"), new("not-safe", "I would not feel safe going", "I would not feel safe"), new("not-for-me", "It's not for people like me", "Not for me")],
                    },
                ],
            },
            new SurveyPage
            {
                Id = "p3",
                Title = "Things to do",
                Questions =
                [
                    new SurveyQuestion
                    {
                        Id = "q3", Type = QuestionType.Rating, Required = true,
                        Text = "How good are the things to do for young people where you live?", EasyReadText = "Are there good things to do where you live?",
                        Options = [new("1", "Very poor", "Very bad"), new("2", "Poor", "Bad"), new("3", "OK", "OK"), new("4", "Good", "Good"), new("5", "Very good", "Very good")],
                    },
                ],
            },
            new SurveyPage
            {
                Id = "p4",
                Title = "How you feel about your area",
                Questions =
                [
                    new SurveyQuestion
                    {
                        Id = "q4", Type = QuestionType.Matrix,
                        Text = "How much do you agree with each of these?", EasyReadText = "Is this true for you?",
                        Rows = ["I feel safe in my area", "There is an adult I can talk to if I am worried", "Adults listen to what young people say"],
                        Options = Agree,
                    },
                ],
            },
            new SurveyPage
            {
                Id = "p5",
                Title = "Making your area better",
                Questions =
                [
                    new SurveyQuestion
                    {
                        Id = "q5", Type = QuestionType.LongText,
                        Text = "What one thing would make your area better for young people?", EasyReadText = "What would make where you live better?",
                        Hint = "Please do not write your name or anyone else's.",
                    },
                ],
            },
            new SurveyPage
            {
                Id = "p6",
                Title = "Evenings at a youth club",
                Questions =
                [
                    new SurveyQuestion
                    {
                        Id = "q6", Type = QuestionType.Number, Min = 0, Max = 7,
                        Text = "If there was a youth club near you, how many evenings a week would you go?", EasyReadText = "How many nights a week would you go to a youth club?",
                        Hint = "A number from 0 to 7",
                    },
                ],
            },
            new SurveyPage
            {
                // Shown together on one screen: both are optional and quick.
                Id = "p7",
                Title = "About you",
                Questions =
                [
                    new SurveyQuestion { Id = "q7", Type = QuestionType.AgeBand, AboutYou = true, Text = "How old are you?", Hint = "This helps us check we have heard from all ages." },
                    new SurveyQuestion { Id = "q8", Type = QuestionType.Locality, AboutYou = true, Text = "Which town do you live in or nearest to?", EasyReadText = "Where do you live?" },
                ],
            },
        ],
    };

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var owner = await db.Organisations.OrderBy(o => o.Name).Select(o => o.Id).FirstAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(20261123);

        var open = Add(OpenSlug, "Better places for young people", "We want to know what there is to do where you live, what stops you joining in, and what would make your area better. It takes about 5 minutes.",
            Audience.Children8To12 | Audience.YoungPeople13To17, "3, 4", owner, now.AddDays(-10), now.AddDays(40), ConsultationStatus.Open, YouthOfferSurvey());
        _ = open;

        var mentalHealth = Add("getting-help-with-how-you-feel", "Getting help with how you feel", "We asked young people where they would go for help with their mental health and what gets in the way.",
            Audience.YoungPeople13To17 | Audience.YoungAdults18To25, "3", owner, now.AddDays(-150), now.AddDays(-90), ConsultationStatus.ResultsPublished, YouthOfferSurvey());
        var sendParents = Add("support-for-send-families", "Support for families of children with SEND", "We asked parents and carers of children with special educational needs and disabilities what support works and what is missing.",
            Audience.ParentsAndCarers, "6", owner, now.AddDays(-120), now.AddDays(-60), ConsultationStatus.Closed, YouthOfferSurvey());

        foreach (var (consultation, version, count) in new[] { mentalHealth, sendParents }.Select((c, i) => (c.Consultation, c.Version, 240 + (i * 110))))
        {
            for (var n = 0; n < count; n++)
            {
                var response = new SurveyResponse
                {
                    Id = Guid.NewGuid(),
                    ConsultationId = consultation.Id,
                    SurveyVersionId = version.Id,
                    DraftKeyHash = ResponseJourneys.Hash($"demo-{consultation.Slug}-{n}"),
                    EasyRead = random.NextDouble() < 0.15,
                    SubmittedAt = consultation.OpensAt.AddMinutes(random.Next((int)(consultation.ClosesAt - consultation.OpensAt).TotalMinutes)),
                    IsDemo = true,
                };
                db.SurveyResponses.Add(response);
                void Answer(string q, string value) => db.ResponseAnswers.Add(new ResponseAnswer { Id = Guid.NewGuid(), ResponseId = response.Id, QuestionId = q, Value = value });
                var went = random.NextDouble() < 0.42 ? "yes" : random.NextDouble() < 0.8 ? "no" : "not-sure";
                Answer("q1", went);
                if (went == "no")
                {
                    foreach (var reason in Barriers.Where(_ => random.NextDouble() < 0.3))
                    {
                        Answer("q2", reason);
                    }
                }

                Answer("q3", Math.Clamp((int)Math.Round(2.8 + (random.NextDouble() * 2.4) - 1.0), 1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture));
                for (var row = 0; row < 3; row++)
                {
                    if (random.NextDouble() < 0.9)
                    {
                        Answer("q4", $"{row}={Agree[Math.Clamp(random.Next(5) + (row == 0 ? 1 : 0) - (row == 2 ? 1 : 0), 0, 4)].Value}");
                    }
                }

                if (random.NextDouble() < 0.45)
                {
                    Answer("q5", DemoComments[random.Next(DemoComments.Length)]);
                }

                if (random.NextDouble() < 0.8)
                {
                    Answer("q6", random.Next(0, 5).ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                if (random.NextDouble() < 0.85)
                {
                    Answer("q7", SurveyDefinition.AgeBands[consultation.Audiences.HasFlag(Audience.ParentsAndCarers) ? 4 : random.Next(2, 4)].Value);
                }

                if (random.NextDouble() < 0.8)
                {
                    Answer("q8", SurveyDefinition.Localities[random.Next(12)].Value);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly string[] Barriers = ["too-far", "dont-know", "cost", "times", "not-safe", "not-for-me"];

    private static readonly string[] DemoComments =
    [
        "More things to do in the evenings that don't cost anything.",
        "A bus that actually runs after 6 so I can get to the youth club in town.",
        "Somewhere warm and dry to meet friends that isn't the shops.",
        "Better lighting in the park so it feels safer walking home.",
        "Someone to talk to at school who isn't a teacher.",
        "Shorter waits to see someone about mental health.",
        "Sports that aren't just football, like climbing or dance.",
        "Let young people help decide what the youth club does.",
        "Cheaper activities in the holidays.",
        "Tell us what's on, because nobody knows about the clubs.",
    ];

    private (Consultation Consultation, SurveyVersion Version) Add(string slug, string title, string summary, Audience audiences, string planLinks, Guid owner, DateTime opens, DateTime closes, ConsultationStatus status, SurveyDefinition survey)
    {
        var consultation = new Consultation
        {
            Id = Guid.NewGuid(), Slug = slug, Title = title, Summary = summary, Audiences = audiences, PlanLinks = planLinks, OwnerOrganisationId = owner,
            OpensAt = opens, ClosesAt = closes, ResultsExpectedBy = DateOnly.FromDateTime(closes.AddDays(60)), Status = status, CreatedAt = opens.AddDays(-14), IsDemo = true,
        };
        db.Consultations.Add(consultation);
        var version = new SurveyVersion { Id = Guid.NewGuid(), ConsultationId = consultation.Id, Number = 1, DefinitionJson = survey.ToJson(), CreatedAt = consultation.CreatedAt };
        db.SurveyVersions.Add(version);
        return (consultation, version);
    }
}
