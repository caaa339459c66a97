namespace Together.Web.Features.Feedback;

/// <summary>Turns whatever path a form sent into the page it is about, so answers for one page are counted together.</summary>
public static class FeedbackPaths
{
    public static string Normalise(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "/";
        }

        var cut = path.Trim();
        // The query string and fragment can carry search terms or record ids; they are never stored.
        var end = cut.IndexOfAny(['?', '#']);
        if (end >= 0)
        {
            cut = cut[..end];
        }

        if (cut.Length == 0 || cut[0] != '/' || cut.StartsWith("//", StringComparison.Ordinal) || cut.Contains('\\'))
        {
            return "/";
        }

        // Addresses on this site are lower case and routing ignores case and a trailing slash.
        cut = cut.ToLowerInvariant();
        if (cut.Length > 1)
        {
            cut = cut.TrimEnd('/');
        }

        if (cut.Length > PageFeedback.PathMaxLength)
        {
            cut = cut[..PageFeedback.PathMaxLength];
        }

        return cut.Length == 0 ? "/" : cut;
    }
}

/// <summary>How useful one page was: the counts and the percentage of answers that said yes.</summary>
public sealed record PageUsefulness(string Path, int Yes, int No, int Comments)
{
    /// <summary>Whole per cent of yes answers among yes and no answers, rounded half up; null when nobody answered.</summary>
    public int? UsefulPercent => Yes + No == 0 ? null : (int)Math.Round(100.0 * Yes / (Yes + No), MidpointRounding.AwayFromZero);
}
