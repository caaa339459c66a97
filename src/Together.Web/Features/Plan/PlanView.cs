namespace Together.Web.Features.Plan;

/// <summary>
/// Everything in one plan period, read without tracking, ready to show. A preview is the same view with one draft
/// laid over it in memory, so the preview and the public page are made by the same partials.
/// </summary>
public sealed class PlanView
{
    public required PlanPeriod Period { get; init; }
    public required IReadOnlyList<Outcome> Outcomes { get; init; }
    public required IReadOnlyList<FocusArea> FocusAreas { get; init; }
    public required IReadOnlyList<Principle> Principles { get; init; }
    public required IReadOnlyList<DifferenceStatement> Statements { get; init; }
    public required IReadOnlyList<Behaviour> Behaviours { get; init; }
    public required IReadOnlyList<Belief> Beliefs { get; init; }
    public required IReadOnlyList<PlanSection> Sections { get; init; }
    public required List<OutcomeLink> Links { get; init; }

    /// <summary>Where this period's pages live: "/plan" for the live plan, "/plan/2019-2021" for another.</summary>
    public required string BasePath { get; init; }

    public bool IsPreview { get; private set; }

    public bool HasEnded => Period.Status == PlanPeriodStatus.Archived;

    public PlanSection? Section(string key) => Sections.FirstOrDefault(s => s.Key == key);

    public Outcome? Outcome(int number) => Outcomes.FirstOrDefault(o => o.Number == number);

    public FocusArea? FocusArea(int number) => FocusAreas.FirstOrDefault(f => f.Number == number);

    public IEnumerable<FocusArea> FocusAreasFor(Outcome outcome) =>
        FocusAreas.Where(f => Links.Any(l => l.OutcomeId == outcome.Id && l.Target == OutcomeLinkTarget.FocusArea && l.TargetId == f.Id));

    public IEnumerable<DifferenceStatement> StatementsFor(Outcome outcome) =>
        Statements.Where(s => Links.Any(l => l.OutcomeId == outcome.Id && l.Target == OutcomeLinkTarget.DifferenceStatement && l.TargetId == s.Id));

    public IEnumerable<Outcome> OutcomesFor(FocusArea focusArea) =>
        Outcomes.Where(o => Links.Any(l => l.OutcomeId == o.Id && l.Target == OutcomeLinkTarget.FocusArea && l.TargetId == focusArea.Id));

    public IEnumerable<Outcome> OutcomesFor(DifferenceStatement statement) =>
        Outcomes.Where(o => Links.Any(l => l.OutcomeId == o.Id && l.Target == OutcomeLinkTarget.DifferenceStatement && l.TargetId == statement.Id));

    public string Url(string page = "") => BasePath + page;

    public string OutcomeUrl(Outcome outcome) => $"{BasePath}/outcomes/{outcome.Number}";

    public string FocusAreaUrl(FocusArea focusArea) => $"{BasePath}/focus-areas/{focusArea.Number}";

    /// <summary>The row a revision belongs to, if it is in this period.</summary>
    public object? Find(PlanItemKind kind, Guid id) => kind switch
    {
        PlanItemKind.Period => Period.Id == id ? Period : null,
        PlanItemKind.Outcome => Outcomes.FirstOrDefault(i => i.Id == id),
        PlanItemKind.FocusArea => FocusAreas.FirstOrDefault(i => i.Id == id),
        PlanItemKind.Principle => Principles.FirstOrDefault(i => i.Id == id),
        PlanItemKind.DifferenceStatement => Statements.FirstOrDefault(i => i.Id == id),
        PlanItemKind.Behaviour => Behaviours.FirstOrDefault(i => i.Id == id),
        PlanItemKind.Belief => Beliefs.FirstOrDefault(i => i.Id == id),
        PlanItemKind.Section => Sections.FirstOrDefault(i => i.Id == id),
        _ => null,
    };

    /// <summary>Lays a draft over this (untracked) view so it shows as it would once published. Nothing is saved.</summary>
    public void ApplyDraft(PlanRevision revision)
    {
        var item = Find(revision.ItemKind, revision.ItemId) ?? throw new InvalidOperationException("The draft belongs to another plan period.");
        var content = PlanItems.Deserialize(revision.Content);
        PlanItems.Apply(item, content);
        if (item is Outcome outcome)
        {
            ReplaceLinks(outcome, content);
        }

        IsPreview = true;
    }

    internal void ReplaceLinks(Outcome outcome, IReadOnlyDictionary<string, string> content)
    {
        Links.RemoveAll(l => l.OutcomeId == outcome.Id);
        Links.AddRange(LinksFor(outcome, content, FocusAreas, Statements));
    }

    /// <summary>The links an outcome's content asks for, by the numbers of focus areas and statements in its period.</summary>
    public static IEnumerable<OutcomeLink> LinksFor(Outcome outcome, IReadOnlyDictionary<string, string> content, IEnumerable<FocusArea> focusAreas, IEnumerable<DifferenceStatement> statements)
    {
        var focusNumbers = PlanItems.ParseNumbers(content.GetValueOrDefault("FocusAreas"));
        var statementNumbers = PlanItems.ParseNumbers(content.GetValueOrDefault("Statements"));
        foreach (var focusArea in focusAreas.Where(f => focusNumbers.Contains(f.Number)))
        {
            yield return new OutcomeLink { Id = Guid.NewGuid(), OutcomeId = outcome.Id, Target = OutcomeLinkTarget.FocusArea, TargetId = focusArea.Id };
        }

        foreach (var statement in statements.Where(s => statementNumbers.Contains(s.Number)))
        {
            yield return new OutcomeLink { Id = Guid.NewGuid(), OutcomeId = outcome.Id, Target = OutcomeLinkTarget.DifferenceStatement, TargetId = statement.Id };
        }
    }

    /// <summary>An item's editable fields as they stand in this view, links included.</summary>
    public SortedDictionary<string, string> Content(object item)
    {
        var content = PlanItems.Read(item);
        if (item is Outcome outcome)
        {
            content["FocusAreas"] = PlanItems.FormatNumbers(FocusAreasFor(outcome).Select(f => f.Number));
            content["Statements"] = PlanItems.FormatNumbers(StatementsFor(outcome).Select(s => s.Number));
        }

        return content;
    }

    /// <summary>Every editable item in the period, in the order the plan shows them.</summary>
    public IEnumerable<(PlanItemKind Kind, Guid Id, object Item)> AllItems()
    {
        yield return (PlanItemKind.Period, Period.Id, Period);
        foreach (var s in Sections.Where(s => s.Key is PlanSectionKeys.Vision or PlanSectionKeys.Introduction))
        {
            yield return (PlanItemKind.Section, s.Id, s);
        }

        foreach (var b in Beliefs)
        {
            yield return (PlanItemKind.Belief, b.Id, b);
        }

        foreach (var o in Outcomes)
        {
            yield return (PlanItemKind.Outcome, o.Id, o);
        }

        foreach (var s in Sections.Where(s => s.Key is not (PlanSectionKeys.Vision or PlanSectionKeys.Introduction)))
        {
            yield return (PlanItemKind.Section, s.Id, s);
        }

        foreach (var p in Principles)
        {
            yield return (PlanItemKind.Principle, p.Id, p);
        }

        foreach (var f in FocusAreas)
        {
            yield return (PlanItemKind.FocusArea, f.Id, f);
        }

        foreach (var s in Statements)
        {
            yield return (PlanItemKind.DifferenceStatement, s.Id, s);
        }

        foreach (var b in Behaviours)
        {
            yield return (PlanItemKind.Behaviour, b.Id, b);
        }
    }
}
