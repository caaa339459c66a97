using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Together.Web.Features.Shared;

/// <summary>Small helpers every form uses: reading typed text and finding a field's error.</summary>
public static class Forms
{
    /// <summary>
    /// Trims and turns Windows line endings into one character, so the length we check is the length the
    /// GOV.UK character count showed the person.
    /// </summary>
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var cleaned = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    private const string ErrorOrderKey = "together-error-order";

    /// <summary>
    /// Adds an error and remembers its place, so the error summary lists errors in the order the page added them
    /// (ModelState itself does not keep that order).
    /// </summary>
    public static void AddError(this PageModel page, string key, string message)
    {
        page.ModelState.AddModelError(key, message);
        if (page.HttpContext.Items[ErrorOrderKey] is not List<string> order)
        {
            order = [];
            page.HttpContext.Items[ErrorOrderKey] = order;
        }

        order.Add(key);
    }

    /// <summary>Every error on the page, in the order they were added.</summary>
    public static IEnumerable<(string Key, string Message)> ErrorsInOrder(HttpContext context, ModelStateDictionary modelState)
    {
        var order = context.Items[ErrorOrderKey] as List<string> ?? [];
        return modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .OrderBy(entry => order.IndexOf(entry.Key) is var i and >= 0 ? i : int.MaxValue)
            .SelectMany(entry => entry.Value!.Errors.Select(error => (entry.Key, error.ErrorMessage)));
    }

    public static string? ErrorFor(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The id of the input an error summary link points at: "From.Day" becomes "From-Day".</summary>
    public static string IdFor(string key) => key.Replace('.', '-');

    /// <summary>Only a path on this site may be used to send someone back, never another site ("//evil.example").</summary>
    public static bool IsLocalPath(string? path) =>
        !string.IsNullOrEmpty(path) && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'));
}

/// <summary>A GOV.UK textarea with a character count (Features/Shared/_CharacterCount.cshtml).</summary>
public sealed record CharacterCountField(string Name, string Label, string? Hint, string? Value, int MaxLength, string? Error, bool LabelIsHeading = false, int Rows = 5);

/// <summary>A GOV.UK date input (Features/Shared/_DateInput.cshtml).</summary>
public sealed record DateInputField(string Name, string Legend, string? Hint, DateField Value, string? Error);

/// <summary>GOV.UK pagination (Features/Shared/_Pagination.cshtml). Url builds the address of a page number.</summary>
public sealed record PageLinks(int Page, int TotalPages, Func<int, string> Url)
{
    public static int Count(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);
}
