using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Governance;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Outcomes.TurnTheCurve;

/// <summary>
/// Demonstration content: which indicators back each "how we'll know" statement, and turn-the-curve plans for four
/// indicators (three published, one still a draft) whose actions are in the governance action log.
/// </summary>
public sealed class TurnTheCurveDemoSeeder(TogetherDbContext db, TimeProvider clock) : IDemoSeeder
{
    /// <summary>After the indicators (200) and governance (400).</summary>
    public int Order => 450;

    /// <summary>The statements (1–7 of the plan) each indicator helps answer.</summary>
    public static readonly IReadOnlyDictionary<string, string> StatementLinks = new Dictionary<string, string>
    {
        ["CYP-D03"] = "1", ["CYP-D08"] = "1,4", ["CYP-D13"] = "1",
        ["CYP-D05"] = "2", ["CYP-D11"] = "2", ["CYP-D16"] = "2", ["CYP-D19"] = "2", ["CYP-EYFS-GLD"] = "2",
        ["CYP-REREF"] = "3", ["CYP-D02"] = "3,5", ["CYP-D24"] = "3",
        ["CYP-CPP"] = "4", ["CYP-D06"] = "4", ["CYP-D07"] = "4", ["CYP-D09"] = "4",
        ["CYP-LAC"] = "5", ["CYP-D01"] = "5", ["CYP-D04"] = "5,7",
        ["CYP-ATT8"] = "6", ["CYP-PA"] = "6", ["CYP-D20"] = "6", ["CYP-D22"] = "6",
        ["CYP-NEET"] = "7", ["CYP-NEET-NK"] = "7", ["CYP-CL-EET"] = "7", ["CYP-D21"] = "7",
    };

    private sealed record DemoAction(string Title, string Organisation, string Owner, string Email, int DueInDays, ActionStatus Status, params string[] Updates);

    private sealed record DemoPlan(string Code, bool Publish, string Story, string Partners, string WhatWorks, DemoAction[] Actions);

    private static readonly DemoPlan[] Plans =
    [
        new("CYP-D11", true,
            """
            Fewer than two in three young people referred to children's mental health services are seen within four weeks. Referrals rose sharply after 2020 and have stayed high, while the number of clinicians has not kept pace.

            Young people told the Youth Council that the wait is the hardest part: *"You are told someone will call, and then nothing happens for weeks."* Schools see the same young people again and again while they wait.
            """,
            """
            NHS Cheshire and Merseyside: commissions the service and agrees the waiting-time standard
            Cheshire East Council: school mental health support teams and early help
            Cheshire East CVS: open-access wellbeing groups while young people wait
            Youth Council: checks that what changes is what young people asked for
            """,
            """
            - A single front door with one conversation, so nobody is bounced between services (the THRIVE framework).
            - Support while waiting: a named contact and a check-in every two weeks.
            - Mental health support teams in schools see milder needs sooner, which frees specialist time.
            """,
            [
                new("Agree a single front door for referrals with one triage conversation", "nhs-cheshire-and-merseyside", "Priya Shah", "priya.shah@demo.together.example", 21, ActionStatus.InProgress, "Draft pathway agreed by the clinical leads; going to the board in January."),
                new("Offer every young person waiting a named contact and a fortnightly check-in", "cheshire-east-cvs", "Sam Okafor", "partner@demo.together.example", 45, ActionStatus.Open),
                new("Extend mental health support teams to the 12 secondary schools not yet covered", "cheshire-east-council", "Helen Baker", "helen.baker@demo.together.example", 160, ActionStatus.Open),
            ]),
        new("CYP-D24", true,
            """
            Only just over half of annual reviews of education, health and care plans are completed on time. When a review is late, changes to a child's support are late too, and families tell us they have to chase.

            The number of plans has grown every year, and the same small team holds every review.
            """,
            """
            Cheshire East Council: SEND casework team, owns the review process
            Cheshire East Schools Forum: schools hold most review meetings
            NHS Cheshire and Merseyside: health advice for reviews
            """,
            """
            - Schools lead the review meeting and send the paperwork within two weeks; the council team checks and finalises.
            - A shared calendar of reviews due in the next 12 weeks, so nobody is surprised.
            """,
            [
                new("Publish a 12-week calendar of reviews due to every school's SENCO", "cheshire-east-council", "Helen Baker", "helen.baker@demo.together.example", 14, ActionStatus.Open),
                new("Train SENCOs to lead reviews and return paperwork within two weeks", "cheshire-east-schools-forum", "Mark Ellis", "mark.ellis@demo.together.example", 60, ActionStatus.InProgress, "First two training sessions held, 41 SENCOs attended."),
            ]),
        new("CYP-D06", true,
            """
            Children go missing from home more often in Crewe and Macclesfield than elsewhere in the borough, and a small number of children go missing many times. Each episode is a risk of harm, including exploitation.
            """,
            """
            Cheshire Constabulary: takes missing reports and shares them the same day
            Cheshire East Council: return home interviews and the exploitation team
            Cheshire Youth Justice Service: works with children known to both services
            """,
            """
            - A return home interview within 72 hours, by someone the child trusts.
            - A daily briefing between police and children's services about children who went missing overnight.
            """,
            [
                new("Start a daily missing-children briefing between police and children's services", "cheshire-constabulary", "Chris Doyle", "police@demo.together.example", -40, ActionStatus.Done, "Daily briefing running since September."),
                new("Offer every child a return home interview within 72 hours", "cheshire-east-council", "Helen Baker", "helen.baker@demo.together.example", 30, ActionStatus.InProgress, "84% within 72 hours in October."),
            ]),
        new("CYP-D13", false,
            """
            Most young people say they have someone to talk to when they are worried, but one in six do not. Young carers and young people in care are less likely to say they do.
            """,
            """
            Cheshire East CVS: youth clubs and detached youth work
            Youth Council: peer listening in schools
            """,
            "",
            [
                new("Map where young people can drop in to talk after school, by town", "cheshire-east-cvs", "Sam Okafor", "partner@demo.together.example", 90, ActionStatus.Open),
            ]),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Code, cancellationToken);
        foreach (var (code, statements) in StatementLinks)
        {
            if (indicators.TryGetValue(code, out var indicator) && string.IsNullOrEmpty(indicator.StatementNumbers))
            {
                indicator.StatementNumbers = statements;
            }
        }

        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Slug, o => o.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        foreach (var demo in Plans)
        {
            if (!indicators.TryGetValue(demo.Code, out var indicator))
            {
                continue;
            }

            var plan = new TurnTheCurvePlan
            {
                Id = Guid.NewGuid(),
                IndicatorId = indicator.Id,
                Story = demo.Story.Trim(),
                Partners = demo.Partners.Trim(),
                WhatWorks = demo.WhatWorks.Trim(),
                DraftUpdatedAt = now.AddDays(-14),
                DraftUpdatedBy = "Demonstration content",
            };
            db.TurnTheCurvePlans.Add(plan);
            if (demo.Publish)
            {
                plan.PublishedStory = plan.Story;
                plan.PublishedPartners = plan.Partners;
                plan.PublishedWhatWorks = plan.WhatWorks;
                plan.PublishedAt = now.AddDays(-10);
                plan.PublishedBy = "Demonstration content";
                plan.PublishedVersion = 1;
                db.TurnTheCurvePublications.Add(new TurnTheCurvePublication
                {
                    Id = Guid.NewGuid(), PlanId = plan.Id, Version = 1, PublishedAt = plan.PublishedAt.Value, PublishedBy = plan.PublishedBy,
                    Story = plan.Story, Partners = plan.Partners, WhatWorks = plan.WhatWorks,
                });
            }

            foreach (var a in demo.Actions)
            {
                if (!organisations.TryGetValue(a.Organisation, out var organisationId))
                {
                    continue;
                }

                var action = new BoardAction
                {
                    Id = Guid.NewGuid(),
                    TurnTheCurvePlanId = plan.Id,
                    Title = a.Title,
                    OwnerOrganisationId = organisationId,
                    OwnerName = a.Owner,
                    OwnerEmail = a.Email,
                    DueDate = today.AddDays(a.DueInDays),
                    Status = a.Status,
                    CreatedAt = now.AddDays(-14),
                    ClosedAt = a.Status is ActionStatus.Done or ActionStatus.Dropped ? now.AddDays(-3) : null,
                };
                action.Updates.AddRange(a.Updates.Select((text, n) => new ActionUpdate { Id = Guid.NewGuid(), ActionId = action.Id, At = now.AddDays(-7 + n), By = a.Owner, Text = text }));
                db.BoardActions.Add(action);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
