using System.Globalization;
using System.Text.Json;

namespace Together.Web.Features.Plan;

public enum PlanFieldInput
{
    Text,
    TextArea,
    Markdown,
    Date,

    /// <summary>Checkboxes choosing focus areas or statements of the same period, stored as their numbers ("1, 4").</summary>
    FocusAreaNumbers,
    StatementNumbers,
}

public sealed record PlanField(string Name, string Label, PlanFieldInput Input, int MaxLength, string? Missing, string? Hint = null)
{
    public bool Required => Missing is not null;
}

/// <summary>
/// What can be edited on each kind of plan content, and how a revision's fields are read from and written to the rows.
/// Pure: no database, no web.
/// </summary>
public static class PlanItems
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static readonly IReadOnlyList<PlanItemKind> Kinds = Enum.GetValues<PlanItemKind>();

    public static string Slug(PlanItemKind kind) => kind switch
    {
        PlanItemKind.Period => "period",
        PlanItemKind.Outcome => "outcome",
        PlanItemKind.FocusArea => "focus-area",
        PlanItemKind.Principle => "principle",
        PlanItemKind.DifferenceStatement => "statement",
        PlanItemKind.Behaviour => "behaviour",
        PlanItemKind.Belief => "belief",
        PlanItemKind.Section => "section",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParseSlug(string? slug, out PlanItemKind kind)
    {
        foreach (var candidate in Kinds)
        {
            if (string.Equals(Slug(candidate), slug, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static string KindName(PlanItemKind kind) => kind switch
    {
        PlanItemKind.Period => "plan details",
        PlanItemKind.Outcome => "outcome",
        PlanItemKind.FocusArea => "focus area",
        PlanItemKind.Principle => "TOGETHER letter",
        PlanItemKind.DifferenceStatement => "\u201chow we\u2019ll know\u201d statement",
        PlanItemKind.Behaviour => "behaviour",
        PlanItemKind.Belief => "belief",
        PlanItemKind.Section => "section",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static IReadOnlyList<PlanField> Fields(PlanItemKind kind) => kind switch
    {
        PlanItemKind.Period =>
        [
            new("Title", "Title", PlanFieldInput.Text, 200, "Enter a title", "For example, Children and Young People's Plan 2024 to 2027"),
            new("StartsOn", "Starts on", PlanFieldInput.Date, 10, "Enter the date the plan starts", "For example, 1 4 2024"),
            new("EndsOn", "Ends on", PlanFieldInput.Date, 10, "Enter the date the plan ends", "For example, 31 3 2027"),
        ],
        PlanItemKind.Outcome =>
        [
            new("ShortTitle", "Short title", PlanFieldInput.Text, PlanLimits.ShortTitle, "Enter a short title", "A few words, for example \u201cSafe\u201d"),
            new("Statement", "Outcome statement", PlanFieldInput.TextArea, PlanLimits.Statement, "Enter the outcome statement", "The outcome in the plan's own words"),
            new("Summary", "In plain words for children", PlanFieldInput.TextArea, PlanLimits.Statement, "Enter the outcome in plain words", "Short sentences a child of 8 could read"),
            new("Body", "What this means and what we are doing", PlanFieldInput.Markdown, PlanLimits.Body, null),
            new("FocusAreas", "Focus areas this outcome relates to", PlanFieldInput.FocusAreaNumbers, 200, null),
            new("Statements", "\u201cHow we\u2019ll know\u201d statements this outcome relates to", PlanFieldInput.StatementNumbers, 200, null),
        ],
        PlanItemKind.FocusArea =>
        [
            new("Title", "Focus area", PlanFieldInput.TextArea, PlanLimits.Statement, "Enter the focus area"),
            new("Body", "What we will do", PlanFieldInput.Markdown, PlanLimits.Body, null),
        ],
        PlanItemKind.Principle =>
        [
            new("Letter", "Letter", PlanFieldInput.Text, 1, "Enter the letter", "One capital letter of TOGETHER"),
            new("Word", "Word or words", PlanFieldInput.Text, PlanLimits.ShortTitle, "Enter the word", "Starting with the letter, for example \u201cTeamwork\u201d"),
            new("Description", "What it means", PlanFieldInput.TextArea, PlanLimits.Statement, null, "Follows the word, for example \u201cwhen designing, delivering and evaluating individual support and services\u201d"),
        ],
        PlanItemKind.DifferenceStatement or PlanItemKind.Behaviour or PlanItemKind.Belief =>
        [
            new("Text", "Text", PlanFieldInput.TextArea, PlanLimits.Statement, "Enter the text"),
        ],
        PlanItemKind.Section =>
        [
            new("Title", "Heading", PlanFieldInput.Text, PlanLimits.ShortTitle, "Enter a heading"),
            new("Body", "Text", PlanFieldInput.Markdown, PlanLimits.Body, "Enter the text"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A short name for an item in lists and headings, for example "Outcome 2: Safe".</summary>
    public static string Label(object item) => item switch
    {
        PlanPeriod p => p.Title,
        Outcome o => $"Outcome {o.Number}: {o.ShortTitle}",
        FocusArea f => $"Focus area {f.Number}: {f.Title}",
        Principle p => $"{p.Letter}: {p.Word}",
        DifferenceStatement s => $"Statement {s.Number}: {s.Text}",
        Behaviour b => $"Behaviour {b.Number}: {b.Text}",
        Belief b => $"Belief {b.Number}: {b.Text}",
        PlanSection s => s.Title,
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };

    /// <summary>The editable fields of a row as they stand. Link fields are filled by the caller, who knows the period.</summary>
    public static SortedDictionary<string, string> Read(object item) => item switch
    {
        PlanPeriod p => new(StringComparer.Ordinal)
        {
            ["Title"] = p.Title,
            ["StartsOn"] = p.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["EndsOn"] = p.EndsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        },
        Outcome o => new(StringComparer.Ordinal) { ["ShortTitle"] = o.ShortTitle, ["Statement"] = o.Statement, ["Summary"] = o.Summary, ["Body"] = o.Body },
        FocusArea f => new(StringComparer.Ordinal) { ["Title"] = f.Title, ["Body"] = f.Body },
        Principle p => new(StringComparer.Ordinal) { ["Letter"] = p.Letter, ["Word"] = p.Word, ["Description"] = p.Description },
        DifferenceStatement s => new(StringComparer.Ordinal) { ["Text"] = s.Text },
        Behaviour b => new(StringComparer.Ordinal) { ["Text"] = b.Text },
        Belief b => new(StringComparer.Ordinal) { ["Text"] = b.Text },
        PlanSection s => new(StringComparer.Ordinal) { ["Title"] = s.Title, ["Body"] = s.Body },
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };

    /// <summary>Copies a revision's fields onto a row (links excepted). Unknown or missing fields leave the row as it is.</summary>
    public static void Apply(object item, IReadOnlyDictionary<string, string> content)
    {
        string Get(string name, string current) => content.TryGetValue(name, out var value) ? value : current;
        switch (item)
        {
            case PlanPeriod p:
                p.Title = Get("Title", p.Title);
                p.StartsOn = ParseDate(Get("StartsOn", "")) ?? p.StartsOn;
                p.EndsOn = ParseDate(Get("EndsOn", "")) ?? p.EndsOn;
                break;
            case Outcome o:
                o.ShortTitle = Get("ShortTitle", o.ShortTitle);
                o.Statement = Get("Statement", o.Statement);
                o.Summary = Get("Summary", o.Summary);
                o.Body = Get("Body", o.Body);
                break;
            case FocusArea f:
                f.Title = Get("Title", f.Title);
                f.Body = Get("Body", f.Body);
                break;
            case Principle p:
                p.Letter = Get("Letter", p.Letter);
                p.Word = Get("Word", p.Word);
                p.Description = Get("Description", p.Description);
                break;
            case DifferenceStatement s:
                s.Text = Get("Text", s.Text);
                break;
            case Behaviour b:
                b.Text = Get("Text", b.Text);
                break;
            case Belief b:
                b.Text = Get("Text", b.Text);
                break;
            case PlanSection s:
                s.Title = Get("Title", s.Title);
                s.Body = Get("Body", s.Body);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(item));
        }
    }

    /// <summary>Checks submitted content: field name to error message, in the order of the form.</summary>
    public static List<KeyValuePair<string, string>> Validate(PlanItemKind kind, IReadOnlyDictionary<string, string> content)
    {
        var errors = new List<KeyValuePair<string, string>>();
        foreach (var field in Fields(kind))
        {
            var value = content.GetValueOrDefault(field.Name) ?? "";
            if (field.Input == PlanFieldInput.Date)
            {
                if (value.Length == 0 && field.Required)
                {
                    errors.Add(new(field.Name, field.Missing!));
                }
                else if (value.Length > 0 && ParseDate(value) is null)
                {
                    errors.Add(new(field.Name, $"{field.Label} must be a real date"));
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(value) && field.Required)
            {
                errors.Add(new(field.Name, field.Missing!));
            }
            else if (value.Length > field.MaxLength)
            {
                errors.Add(new(field.Name, $"{field.Label} must be {field.MaxLength:N0} characters or fewer (you have {value.Length:N0})"));
            }
        }

        if (kind == PlanItemKind.Principle && content.GetValueOrDefault("Letter") is { Length: 1 } letter
            && content.GetValueOrDefault("Word") is { Length: > 0 } word
            && !word.StartsWith(letter, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new("Word", $"The word must start with the letter {letter}"));
        }

        if (kind == PlanItemKind.Period && ParseDate(content.GetValueOrDefault("StartsOn")) is { } starts
            && ParseDate(content.GetValueOrDefault("EndsOn")) is { } ends && ends <= starts)
        {
            errors.Add(new("EndsOn", "The end date must be after the start date"));
        }

        return errors;
    }

    public static DateOnly? ParseDate(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static IReadOnlyList<int> ParseNumbers(string? numbers) =>
        (numbers ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1)
            .Where(i => i > 0)
            .Distinct()
            .Order()
            .ToList();

    public static string FormatNumbers(IEnumerable<int> numbers) =>
        string.Join(", ", numbers.Distinct().Order().Select(n => n.ToString(CultureInfo.InvariantCulture)));

    public static string Serialize(IReadOnlyDictionary<string, string> content) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(content.ToDictionary(), StringComparer.Ordinal), Json);

    public static SortedDictionary<string, string> Deserialize(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [], StringComparer.Ordinal);
}
