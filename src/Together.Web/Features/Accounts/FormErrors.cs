using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Together.Web.Features.Accounts;

/// <summary>One message in the GOV.UK error summary: the field it links to and what to do.</summary>
public sealed record FormError(string Field, string Message);

/// <summary>Reads ModelState in the order the fields appear on the page, for the error summary and inline messages.</summary>
public static class FormErrors
{
    public static IReadOnlyList<FormError> Summary(ModelStateDictionary modelState, params string[] fieldOrder)
    {
        var errors = new List<FormError>();
        var keys = fieldOrder.Concat(modelState.Keys.Where(k => !fieldOrder.Contains(k, StringComparer.Ordinal)).Order(StringComparer.Ordinal));
        foreach (var key in keys)
        {
            if (modelState.TryGetValue(key, out var entry))
            {
                errors.AddRange(entry.Errors.Select(e => new FormError(key.Length == 0 ? fieldOrder.FirstOrDefault() ?? "" : key, e.ErrorMessage)));
            }
        }

        return errors;
    }

    /// <summary>The first message for a field, or null when the field is fine.</summary>
    public static string? For(ModelStateDictionary modelState, string field) =>
        modelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
