namespace Together.Web.Features.Accounts;

/// <summary>A GOV.UK text input with its label, hint and inline error (rendered by _TextField.cshtml). Passwords are never echoed back.</summary>
public sealed record TextField(string Name, string Label, string? Value, string Type = "text", string? Autocomplete = null)
{
    public string? Hint { get; init; }

    public string? LabelClass { get; init; }

    public string? InputClass { get; init; }

    public string? InputMode { get; init; }
}
