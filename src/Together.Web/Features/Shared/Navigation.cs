namespace Together.Web.Features.Shared;

/// <summary>The service navigation. A section is current when the request path starts with its Path.</summary>
public static class Navigation
{
    public sealed record Item(string Text, string Path);

    public static readonly IReadOnlyList<Item> Items =
    [
        new("Our plan", "/plan"),
        new("Our difference", "/outcomes"),
        new("Have your say", "/have-your-say"),
        new("Find a service", "/services"),
        new("Meetings", "/meetings"),
        new("Youth Council", "/youth-council"),
        new("Contact us", "/contact"),
    ];

    public static bool IsCurrent(Item item, string? requestPath) =>
        requestPath is not null && (requestPath.Equals(item.Path, StringComparison.OrdinalIgnoreCase)
            || requestPath.StartsWith(item.Path + "/", StringComparison.OrdinalIgnoreCase));
}
