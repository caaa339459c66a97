using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Together.Web.Infrastructure.Safeguarding;

/// <summary>
/// Screens free text that members of the public send (page feedback, contact messages) for signs that someone may
/// be at risk, so a safeguarding lead sees it first and the author is shown where to get help now.
/// Implementations must be pure and fast: they run inside the request that stores the text.
/// </summary>
public interface IFreeTextScreen
{
    ScreenResult Screen(string text);
}

/// <summary>The outcome of screening one piece of text.</summary>
/// <param name="NeedsReview">True when a safeguarding lead must see the text before anyone else does.</param>
/// <param name="Concerns">Short, non-identifying labels for why (for example "self-harm"); empty when clear.</param>
public sealed record ScreenResult(bool NeedsReview, IReadOnlyList<string> Concerns)
{
    public static readonly ScreenResult Clear = new(false, []);

    public ScreeningStatus Status => NeedsReview ? ScreeningStatus.Flagged : ScreeningStatus.Clear;

    /// <summary>The concerns as one stored string, cut to fit the column.</summary>
    public string? ConcernsText => Concerns.Count == 0 ? null : Truncate(string.Join("; ", Concerns), ScreeningColumns.ConcernsMaxLength);

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}

/// <summary>Where a stored piece of free text stands with the safeguarding screen.</summary>
public enum ScreeningStatus
{
    /// <summary>Nothing to screen (no free text given).</summary>
    NotNeeded,
    Clear,
    /// <summary>Withheld from general views until a safeguarding lead has reviewed it.</summary>
    Flagged,
}

public static class ScreeningColumns
{
    public const int ConcernsMaxLength = 500;
}

/// <summary>The default screen until the safeguarding library is wired in: it flags nothing.</summary>
public sealed class FlagNothingScreen : IFreeTextScreen
{
    public ScreenResult Screen(string text) => ScreenResult.Clear;
}

public static class FreeTextScreenSetup
{
    /// <summary>Registers the default screen unless a real one has been registered first.</summary>
    public static IServiceCollection AddFreeTextScreen(this IServiceCollection services)
    {
        services.TryAddSingleton<IFreeTextScreen, FlagNothingScreen>();
        return services;
    }

    /// <summary>Screens every non-empty piece of text together; null when there was no text to screen.</summary>
    public static ScreenResult? ScreenAll(this IFreeTextScreen screen, params string?[] texts)
    {
        var given = texts.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        if (given.Count == 0)
        {
            return null;
        }

        var results = given.Select(t => screen.Screen(t!)).ToList();
        return new ScreenResult(results.Any(r => r.NeedsReview), [.. results.SelectMany(r => r.Concerns).Distinct()]);
    }
}
