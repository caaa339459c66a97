namespace Together.Web.Features.Services;

/// <summary>
/// The shortlist lives in a cookie in the person's own browser (no account, nothing stored on the server), so it
/// works without JavaScript and disappears when they clear their cookies.
/// </summary>
public static class Shortlist
{
    public const string CookieName = "together-shortlist";
    public const int MaxItems = 30;

    public static List<Guid> Read(HttpRequest request) =>
        (request.Cookies[CookieName] ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => Guid.TryParseExact(v, "N", out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .Distinct()
            .Take(MaxItems)
            .ToList();

    public static void Write(HttpResponse response, IEnumerable<Guid> ids) =>
        response.Cookies.Append(CookieName, string.Join('.', ids.Distinct().Take(MaxItems).Select(id => id.ToString("N"))), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true, // the person asked for it; it holds only which public services they picked
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(90),
        });
}
