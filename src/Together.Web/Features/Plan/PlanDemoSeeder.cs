using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Plan;

/// <summary>
/// The Trust's two plans: 2019 to 2021 in its published words (now ended), and 2024 to 2027, which carries the same
/// outcomes, focus areas, TOGETHER and statements forward with refreshed text.
/// </summary>
public sealed class PlanDemoSeeder(TogetherDbContext db, PlanEditor editor, TimeProvider clock) : IDemoSeeder
{
    public const string PreviousSlug = "2019-2021";
    public const string CurrentSlug = "2024-2027";

    public int Order => 100;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var previous = new PlanPeriod
        {
            Id = Guid.NewGuid(),
            Slug = PreviousSlug,
            Title = "Children and Young People’s Plan 2019 to 2021",
            StartsOn = new DateOnly(2019, 1, 1),
            EndsOn = new DateOnly(2021, 12, 31),
            Status = PlanPeriodStatus.Archived,
            CreatedAt = now,
        };
        var current = new PlanPeriod
        {
            Id = Guid.NewGuid(),
            Slug = CurrentSlug,
            Title = "Children and Young People’s Plan 2024 to 2027",
            StartsOn = new DateOnly(2024, 4, 1),
            EndsOn = new DateOnly(2027, 3, 31),
            Status = PlanPeriodStatus.Live,
            CarriedForwardFromId = previous.Id,
            CreatedAt = now,
        };
        db.PlanPeriods.AddRange(previous, current);

        var oldOutcomes = Add(previous, null, PlanWords.Outcomes.Select((o, i) => new Outcome { Number = i + 1, ShortTitle = o.ShortTitle, Statement = o.Statement, Summary = o.Summary }));
        var newOutcomes = Add(current, oldOutcomes, PlanWords.Outcomes.Select((o, i) => new Outcome { Number = i + 1, ShortTitle = o.ShortTitle, Statement = o.Statement, Summary = o.Summary, Body = o.Body2024 }));
        var oldFocus = Add(previous, null, PlanWords.FocusAreas.Select((f, i) => new FocusArea { Number = i + 1, Title = f.Title }));
        var newFocus = Add(current, oldFocus, PlanWords.FocusAreas.Select((f, i) => new FocusArea { Number = i + 1, Title = f.Title, Body = f.Body2024 }));
        var oldStatements = Add(previous, null, PlanWords.Statements.Select((s, i) => new DifferenceStatement { Number = i + 1, Text = s }));
        var newStatements = Add(current, oldStatements, PlanWords.Statements.Select((s, i) => new DifferenceStatement { Number = i + 1, Text = s }));
        var oldPrinciples = Add(previous, null, PlanWords.Together.Select((p, i) => new Principle { Number = i + 1, Letter = p.Word[..1], Word = p.Word, Description = p.Description }));
        Add(current, oldPrinciples, PlanWords.Together.Select((p, i) => new Principle { Number = i + 1, Letter = p.Word[..1], Word = p.Word, Description = p.Description }));
        var oldBeliefs = Add(previous, null, PlanWords.Beliefs.Select((b, i) => new Belief { Number = i + 1, Text = b }));
        Add(current, oldBeliefs, PlanWords.Beliefs.Select((b, i) => new Belief { Number = i + 1, Text = b }));
        var oldBehaviours = Add(previous, null, PlanWords.Behaviours.Select((b, i) => new Behaviour { Number = i + 1, Text = b }));
        Add(current, oldBehaviours, PlanWords.Behaviours.Select((b, i) => new Behaviour { Number = i + 1, Text = b }));
        var oldSections = Add(previous, null, PlanWords.Sections2019.Select((s, i) => new PlanSection { Key = s.Key, SortOrder = i, Title = s.Title, Body = s.Body }));
        Add(current, null, PlanWords.Sections2024.Select((s, i) => new PlanSection
        {
            Key = s.Key,
            SortOrder = i,
            Title = s.Title,
            Body = s.Body,
            CarriedForwardFromId = oldSections.FirstOrDefault(o => o.Key == s.Key)?.Id,
        }));

        foreach (var (outcomes, focusAreas, statements) in new[] { (oldOutcomes, oldFocus, oldStatements), (newOutcomes, newFocus, newStatements) })
        {
            for (var i = 0; i < outcomes.Count; i++)
            {
                var (focusNumbers, statementNumbers) = PlanWords.Links[i];
                foreach (var n in focusNumbers)
                {
                    db.OutcomeLinks.Add(new OutcomeLink { Id = Guid.NewGuid(), OutcomeId = outcomes[i].Id, Target = OutcomeLinkTarget.FocusArea, TargetId = focusAreas[n - 1].Id });
                }

                foreach (var n in statementNumbers)
                {
                    db.OutcomeLinks.Add(new OutcomeLink { Id = Guid.NewGuid(), OutcomeId = outcomes[i].Id, Target = OutcomeLinkTarget.DifferenceStatement, TargetId = statements[n - 1].Id });
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await editor.RecordFirstVersionsAsync(previous.Id, PlanAuthor.Trust, cancellationToken);
        await editor.RecordFirstVersionsAsync(current.Id, PlanAuthor.Trust, cancellationToken);
    }

    private List<T> Add<T>(PlanPeriod period, IReadOnlyList<T>? carriedFrom, IEnumerable<T> items)
        where T : class, IPlanItem
    {
        var list = items.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            item.Id = Guid.NewGuid();
            item.PeriodId = period.Id;
            if (carriedFrom is not null && item.CarriedForwardFromId is null)
            {
                item.CarriedForwardFromId = carriedFrom[i].Id;
            }

            db.Add(item);
        }

        return list;
    }
}
