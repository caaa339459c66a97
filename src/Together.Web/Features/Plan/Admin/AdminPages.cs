using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Plan.Admin;

// Plan administration. The whole folder needs the Administrator policy (PlanFeature).

public sealed class IndexModel(TogetherDbContext db) : PageModel
{
    public IReadOnlyList<PlanPeriod> Periods { get; private set; } = [];

    public PlanPeriod? MadeLive { get; private set; }

    public async Task OnGetAsync(Guid? live, CancellationToken cancellationToken)
    {
        Periods = await db.PlanPeriods.AsNoTracking().OrderByDescending(p => p.StartsOn).ToListAsync(cancellationToken);
        MadeLive = Periods.FirstOrDefault(p => p.Id == live && p.Status == PlanPeriodStatus.Live);
    }
}

public sealed class PeriodModel(PlanReader reader, TogetherDbContext db) : PageModel
{
    public sealed record Item(PlanItemKind Kind, Guid Id, string Label, bool HasDraft);

    public PlanView Plan { get; private set; } = null!;

    public IReadOnlyList<Item> Items { get; private set; } = [];

    public string GroupTitle(PlanItemKind kind) => kind switch
    {
        PlanItemKind.Period => "Plan details",
        PlanItemKind.Outcome => "Outcomes",
        PlanItemKind.FocusArea => "Our focus",
        PlanItemKind.Principle => "TOGETHER",
        PlanItemKind.DifferenceStatement => "How we’ll know if we’ve made a difference",
        PlanItemKind.Behaviour => "Our behaviours",
        PlanItemKind.Belief => "We believe that…",
        _ => "Sections",
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await reader.ViewAsync(id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        var latest = await db.PlanRevisions.AsNoTracking()
            .Where(r => r.PeriodId == id)
            .GroupBy(r => new { r.ItemKind, r.ItemId })
            .Select(g => new { g.Key.ItemKind, g.Key.ItemId, Version = g.Max(r => r.Version) })
            .ToListAsync(cancellationToken);
        var drafts = await db.PlanRevisions.AsNoTracking()
            .Where(r => r.PeriodId == id && r.PublishedAt == null)
            .Select(r => new { r.ItemKind, r.ItemId, r.Version })
            .ToListAsync(cancellationToken);
        var pending = drafts.Where(d => latest.Any(l => l.ItemKind == d.ItemKind && l.ItemId == d.ItemId && l.Version == d.Version))
            .Select(d => (d.ItemKind, d.ItemId)).ToHashSet();
        Items = [.. plan.AllItems()
            .OrderBy(i => i.Kind == PlanItemKind.Period ? 0 : i.Kind == PlanItemKind.Section ? 1 : 2)
            .Select(i => new Item(i.Kind, i.Id, PlanItems.Label(i.Item), pending.Contains((i.Kind, i.Id))))];
        return Page();
    }
}

public sealed class EditModel(PlanReader reader, PlanEditor editor, UserManager<TogetherUser> users) : PageModel
{
    private static readonly string[] DateParts = ["day", "month", "year"];

    public PlanItemKind Kind { get; private set; }

    public Guid Id { get; private set; }

    public PlanView Plan { get; private set; } = null!;

    public string Label { get; private set; } = "";

    public string KindName => PlanItems.KindName(Kind);

    public IReadOnlyList<PlanField> Fields => PlanItems.Fields(Kind);

    /// <summary>What the form shows: the latest version, or what was typed when it had errors.</summary>
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public List<KeyValuePair<string, string>> Errors { get; private set; } = [];

    public PlanRevision? PendingDraft { get; private set; }

    public string FieldId(string name) =>
        Fields.FirstOrDefault(f => f.Name == name)?.Input switch
        {
            PlanFieldInput.Date => name + "-day",
            _ => name,
        };

    public async Task<IActionResult> OnGetAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, id, cancellationToken))
        {
            return NotFound();
        }

        var item = Plan.Find(Kind, Id)!;
        var latest = await editor.LatestAsync(Kind, Id, cancellationToken);
        var content = latest is null ? Plan.Content(item) : PlanItems.Deserialize(latest.Content);
        PendingDraft = latest is { PublishedAt: null } ? latest : null;
        Show(content);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, id, cancellationToken))
        {
            return NotFound();
        }

        if (Plan.Period.Status == PlanPeriodStatus.Archived)
        {
            return Page();
        }

        var content = ReadForm();
        Errors = PlanItems.Validate(Kind, content);
        if (Errors.Count > 0)
        {
            // The layout marks the page title "Error:" from ModelState.
            foreach (var (field, message) in Errors)
            {
                ModelState.AddModelError(field, message);
            }

            return Page();
        }

        var author = await PlanAdmin.AuthorAsync(users, User);
        var revision = await editor.SaveDraftAsync(Kind, Id, Plan.Period.Id, content, author, cancellationToken: cancellationToken);
        return Redirect(PlanAdmin.PreviewUrl(revision.Id));
    }

    private async Task<bool> LoadAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        if (!PlanItems.TryParseSlug(kind, out var parsed) || await editor.FindAsync(parsed, id, cancellationToken) is not { } item)
        {
            return false;
        }

        Kind = parsed;
        Id = id;
        Plan = (await reader.ViewAsync(PlanEditor.PeriodOf(item), cancellationToken))!;
        Label = PlanItems.Label(Plan.Find(Kind, Id)!);
        return true;
    }

    private void Show(IReadOnlyDictionary<string, string> content)
    {
        foreach (var field in Fields)
        {
            var value = content.GetValueOrDefault(field.Name) ?? "";
            if (field.Input == PlanFieldInput.Date && PlanItems.ParseDate(value) is { } date)
            {
                Values[field.Name + "-day"] = date.Day.ToString(CultureInfo.InvariantCulture);
                Values[field.Name + "-month"] = date.Month.ToString(CultureInfo.InvariantCulture);
                Values[field.Name + "-year"] = date.Year.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                Values[field.Name] = value;
            }
        }
    }

    private SortedDictionary<string, string> ReadForm()
    {
        var content = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            switch (field.Input)
            {
                case PlanFieldInput.Date:
                    var parts = DateParts.Select(p => Request.Form[$"{field.Name}-{p}"].ToString().Trim()).ToArray();
                    Values[field.Name + "-day"] = parts[0];
                    Values[field.Name + "-month"] = parts[1];
                    Values[field.Name + "-year"] = parts[2];
                    content[field.Name] = parts.All(p => p.Length == 0)
                        ? ""
                        : int.TryParse(parts[0], out var d) && int.TryParse(parts[1], out var m) && int.TryParse(parts[2], out var y)
                            && y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
                            ? new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                            : "not a date";
                    break;
                case PlanFieldInput.FocusAreaNumbers or PlanFieldInput.StatementNumbers:
                    content[field.Name] = Values[field.Name] = PlanItems.FormatNumbers(PlanItems.ParseNumbers(string.Join(',', Request.Form[field.Name].ToArray())));
                    break;
                default:
                    // Browsers send CRLF; store LF so versions compare line by line.
                    var value = Request.Form[field.Name].ToString().ReplaceLineEndings("\n");
                    Values[field.Name] = value;
                    content[field.Name] = field.Input == PlanFieldInput.Text ? value.Trim() : value.TrimEnd();
                    break;
            }
        }

        return content;
    }
}

public sealed class PreviewModel(PlanReader reader, PlanEditor editor, TogetherDbContext db, UserManager<TogetherUser> users, IEnumerable<IOutcomePageSection> sections) : PageModel
{
    public PlanRevision Revision { get; private set; } = null!;

    public PlanView Plan { get; private set; } = null!;

    public string Label { get; private set; } = "";

    public OutcomePage? OutcomePage { get; private set; }

    public FocusAreaPage? FocusAreaPage { get; private set; }

    public bool Superseded { get; private set; }

    public bool CanPublish => Plan.Period.Status != PlanPeriodStatus.Archived && Revision.PublishedAt is null && !Superseded;

    public string? Published { get; private set; }

    public string PublicUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(long id, string? published, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Published = published switch
        {
            "now" => $"Version {Revision.Version} is published",
            "already" => $"Version {Revision.Version} was already published",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Plan.Period.Status == PlanPeriodStatus.Archived)
        {
            return Page();
        }

        var result = await editor.PublishAsync(id, await PlanAdmin.AuthorAsync(users, User), cancellationToken);
        return result switch
        {
            PublishResult.Superseded => Redirect(PlanAdmin.PreviewUrl(id)),
            PublishResult.AlreadyPublished => Redirect(PlanAdmin.PreviewUrl(id) + "?published=already"),
            _ => Redirect(PlanAdmin.PreviewUrl(id) + "?published=now"),
        };
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var revision = await db.PlanRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (revision is null || await reader.ViewAsync(revision.PeriodId, cancellationToken) is not { } plan || plan.Find(revision.ItemKind, revision.ItemId) is null)
        {
            return false;
        }

        Revision = revision;
        Plan = plan;
        Superseded = await db.PlanRevisions.AnyAsync(r => r.ItemKind == revision.ItemKind && r.ItemId == revision.ItemId && r.Version > revision.Version, cancellationToken);
        plan.ApplyDraft(revision);
        var item = plan.Find(revision.ItemKind, revision.ItemId)!;
        Label = PlanItems.Label(item);
        PublicUrl = PlanAdmin.PublicUrl(plan, revision.ItemKind, item);
        if (item is Outcome outcome)
        {
            OutcomePage = await OutcomePage.BuildAsync(plan, outcome, sections, cancellationToken);
        }
        else if (item is FocusArea focusArea)
        {
            FocusAreaPage = new FocusAreaPage(plan, focusArea);
        }

        return true;
    }
}

public sealed class HistoryModel(PlanReader reader, PlanEditor editor) : PageModel
{
    public PlanItemKind Kind { get; private set; }

    public Guid Id { get; private set; }

    public string Label { get; private set; } = "";

    public string KindName => PlanItems.KindName(Kind);

    public Guid PeriodId { get; private set; }

    public string PeriodTitle { get; private set; } = "";

    public IReadOnlyList<PlanRevision> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        if (!PlanItems.TryParseSlug(kind, out var parsed) || await editor.FindAsync(parsed, id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Kind = parsed;
        Id = id;
        var plan = (await reader.ViewAsync(PlanEditor.PeriodOf(item), cancellationToken))!;
        PeriodId = plan.Period.Id;
        PeriodTitle = plan.Period.Title;
        Label = PlanItems.Label(plan.Find(Kind, Id)!);
        Versions = await editor.HistoryAsync(Kind, Id, cancellationToken);
        return Page();
    }
}

public sealed class RevisionModel(PlanReader reader, PlanEditor editor, TogetherDbContext db, UserManager<TogetherUser> users) : PageModel
{
    public sealed record Change(PlanField Field, IReadOnlyList<DiffPart> Parts);

    public PlanRevision Revision { get; private set; } = null!;

    public PlanRevision? Previous { get; private set; }

    public string Label { get; private set; } = "";

    public IReadOnlyList<Change> Changes { get; private set; } = [];

    public bool CanRestore { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Restoring saves the old content as a new draft, so history only ever grows.</summary>
    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanRestore)
        {
            return Page();
        }

        var draft = await editor.SaveDraftAsync(
            Revision.ItemKind, Revision.ItemId, Revision.PeriodId, PlanItems.Deserialize(Revision.Content),
            await PlanAdmin.AuthorAsync(users, User), Revision.Version, cancellationToken);
        return Redirect(PlanAdmin.PreviewUrl(draft.Id));
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var revision = await db.PlanRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (revision is null || await reader.ViewAsync(revision.PeriodId, cancellationToken) is not { } plan || plan.Find(revision.ItemKind, revision.ItemId) is not { } item)
        {
            return false;
        }

        Revision = revision;
        Label = PlanItems.Label(item);
        Previous = await db.PlanRevisions.AsNoTracking()
            .Where(r => r.ItemKind == revision.ItemKind && r.ItemId == revision.ItemId && r.Version < revision.Version)
            .OrderByDescending(r => r.Version)
            .FirstOrDefaultAsync(cancellationToken);
        var before = Previous is null ? new SortedDictionary<string, string>() : PlanItems.Deserialize(Previous.Content);
        var after = PlanItems.Deserialize(revision.Content);
        Changes = [.. PlanItems.Fields(revision.ItemKind)
            .Where(f => TextDiff.Changed(before.GetValueOrDefault(f.Name), after.GetValueOrDefault(f.Name)))
            .Select(f => new Change(f, TextDiff.Words(before.GetValueOrDefault(f.Name), after.GetValueOrDefault(f.Name))))];
        var latest = await editor.LatestAsync(revision.ItemKind, revision.ItemId, cancellationToken);
        var latestPublished = await db.PlanRevisions.AsNoTracking()
            .Where(r => r.ItemKind == revision.ItemKind && r.ItemId == revision.ItemId && r.PublishedAt != null)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);
        // Restoring the version that is already live, or the draft already on top, would change nothing.
        CanRestore = plan.Period.Status != PlanPeriodStatus.Archived && revision.Id != latest?.Id && revision.Id != latestPublished?.Id;
        return true;
    }
}

public sealed class MakeLiveModel(TogetherDbContext db, PlanEditor editor) : PageModel
{
    public PlanPeriod Period { get; private set; } = null!;

    public PlanPeriod? CurrentLive { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // A repeated submit finds the period already live and changes nothing.
        await editor.MakeLiveAsync(id, cancellationToken);
        return Redirect($"/admin/plan?live={id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var period = await db.PlanPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (period is null)
        {
            return false;
        }

        Period = period;
        CurrentLive = await db.PlanPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Status == PlanPeriodStatus.Live, cancellationToken);
        return true;
    }
}

public sealed class NewPeriodModel(TogetherDbContext db, PlanEditor editor, UserManager<TogetherUser> users) : PageModel
{
    public PlanPeriod From { get; private set; } = null!;

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? StartYear { get; set; }

    [BindProperty]
    public string? EndYear { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(Guid? from, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(from, cancellationToken))
        {
            return NotFound();
        }

        StartYear = From.EndsOn.Year.ToString(CultureInfo.InvariantCulture);
        EndYear = (From.EndsOn.Year + 3).ToString(CultureInfo.InvariantCulture);
        Title = $"Children and Young People’s Plan {StartYear} to {EndYear}";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? from, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(from, cancellationToken))
        {
            return NotFound();
        }

        Title = Title?.Trim();
        if (string.IsNullOrEmpty(Title))
        {
            Errors["Title"] = "Enter a title";
        }
        else if (Title.Length > 200)
        {
            Errors["Title"] = "Title must be 200 characters or fewer";
        }

        var start = ParseYear(StartYear, "StartYear", "the year it starts");
        var end = ParseYear(EndYear, "EndYear", "the year it ends");
        if (start is not null && end is not null && end <= start)
        {
            Errors["EndYear"] = "The year it ends must be after the year it starts";
        }

        var slug = $"{start}-{end}";
        if (Errors.Count == 0 && await db.PlanPeriods.AnyAsync(p => p.Slug == slug, cancellationToken))
        {
            Errors["StartYear"] = $"There is already a plan for {start} to {end}";
        }

        if (Errors.Count > 0)
        {
            foreach (var (field, message) in Errors)
            {
                ModelState.AddModelError(field, message);
            }

            return Page();
        }

        var period = await editor.StartPeriodAsync(
            From.Id, slug, Title!, new DateOnly(start!.Value, 4, 1), new DateOnly(end!.Value, 3, 31),
            await PlanAdmin.AuthorAsync(users, User), cancellationToken);
        return Redirect(PlanAdmin.PeriodUrl(period.Id));
    }

    private int? ParseYear(string? value, string field, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Errors[field] = $"Enter {name}";
            return null;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            Errors[field] = $"Enter {name} as 4 digits, for example 2027";
            return null;
        }

        return year;
    }

    private async Task<bool> LoadAsync(Guid? from, CancellationToken cancellationToken)
    {
        var period = from is null
            ? await db.PlanPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Status == PlanPeriodStatus.Live, cancellationToken)
            : await db.PlanPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == from, cancellationToken);
        if (period is null)
        {
            return false;
        }

        From = period;
        return true;
    }
}
