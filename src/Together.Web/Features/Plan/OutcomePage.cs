namespace Together.Web.Features.Plan;

/// <summary>What an outcome's page shows: the outcome in its plan, and any sections other features add.</summary>
public sealed record OutcomePage(PlanView Plan, Outcome Outcome, IReadOnlyList<OutcomePageSectionContent> Sections)
{
    public static async Task<OutcomePage> BuildAsync(PlanView plan, Outcome outcome, IEnumerable<IOutcomePageSection> sections, CancellationToken cancellationToken)
    {
        var contents = new List<OutcomePageSectionContent>();
        foreach (var section in sections.OrderBy(s => s.Order))
        {
            if (await section.BuildAsync(outcome, plan, cancellationToken) is { } content)
            {
                contents.Add(content);
            }
        }

        return new OutcomePage(plan, outcome, contents);
    }

    public Outcome? Previous => Plan.Outcomes.LastOrDefault(o => o.Number < Outcome.Number);

    public Outcome? Next => Plan.Outcomes.FirstOrDefault(o => o.Number > Outcome.Number);
}

/// <summary>A focus area's page: the focus area and the outcomes it serves.</summary>
public sealed record FocusAreaPage(PlanView Plan, FocusArea FocusArea);
