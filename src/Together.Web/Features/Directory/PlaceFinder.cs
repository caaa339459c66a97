using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.ServiceDirectory;

public enum PlaceOutcome
{
    Found,
    /// <summary>Not a postcode shape (or empty): the person should retype it.</summary>
    Malformed,
    /// <summary>A valid shape we hold no location for.</summary>
    Unknown,
}

public sealed record PlaceResult(PlaceOutcome Outcome, string Query, GeoPoint? Point, string? Display, bool IsApproximate, string Message)
{
    public bool Found => Outcome == PlaceOutcome.Found;
}

/// <summary>Finds where a postcode, postcode district or town is, from the offline places table (no calls to outside services).</summary>
public interface IPlaceFinder
{
    Task<PlaceResult> FindAsync(string? text, bool allowTowns, CancellationToken cancellationToken = default);
}

/// <summary>
/// Places already looked up, so a search near a postcode does not read the table every time (measured under load: about
/// a twentieth of a search's time). Bounded, so looking up many different postcodes cannot fill the memory; emptied
/// when places change on this server (a postcode import, or a save that touches a place), and otherwise kept for
/// <see cref="Lifetime"/>, which is how soon other servers see an import.
/// </summary>
public sealed class PlaceCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private const int MaxPlaces = 20_000;

    private static long generation;
    private readonly MemoryCache places = new(new MemoryCacheOptions { SizeLimit = MaxPlaces });

    public static void Invalidate() => Interlocked.Increment(ref generation);

    public async Task<DirectoryPlace?> FindAsync(string key, Func<Task<DirectoryPlace?>> load)
    {
        var cacheKey = (Interlocked.Read(ref generation), key);
        if (places.TryGetValue(cacheKey, out DirectoryPlace? kept))
        {
            return kept;
        }

        var place = await load();
        places.Set(cacheKey, place, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return place;
    }

    public void Dispose() => places.Dispose();
}

public sealed class PlaceFinder(TogetherDbContext db, PlaceCache cache) : IPlaceFinder
{
    public async Task<PlaceResult> FindAsync(string? text, bool allowTowns, CancellationToken cancellationToken = default)
    {
        var query = (text ?? "").Trim();
        if (query.Length == 0)
        {
            return new(PlaceOutcome.Malformed, query, null, null, false, allowTowns ? "Enter a postcode or town" : "Enter a postcode");
        }

        if (query.Length > 60)
        {
            return new(PlaceOutcome.Malformed, query[..60], null, null, false, "A postcode or town must be 60 characters or fewer");
        }

        if (UkPostcode.IsFullPostcode(query))
        {
            var formatted = UkPostcode.Format(query);
            var exact = await FindKeyAsync(UkPostcode.Compact(query), cancellationToken);
            if (exact is not null)
            {
                return Found(query, exact, formatted, exact.IsApproximate);
            }

            var district = await FindKeyAsync(UkPostcode.District(query), cancellationToken);
            return district is not null
                ? new(PlaceOutcome.Found, query, new GeoPoint(district.Latitude, district.Longitude), formatted, true,
                    $"Distances are from the centre of the {district.Display} postcode district, so they are approximate.")
                : new(PlaceOutcome.Unknown, query, null, null, false, $"We do not know where {formatted} is. Check the postcode, or try a nearby town.");
        }

        if (UkPostcode.IsDistrict(query))
        {
            var district = await FindKeyAsync(UkPostcode.Compact(query), cancellationToken);
            return district is not null
                ? Found(query, district, district.Display, true)
                : new(PlaceOutcome.Unknown, query, null, null, false, $"We do not know where the {UkPostcode.Compact(query)} postcode area is. Try a full postcode or a nearby town.");
        }

        if (allowTowns && query.All(c => char.IsLetter(c) || c is ' ' or '-' or '\''))
        {
            var town = await FindKeyAsync(CheshireEastPlaces.TownKey(query), cancellationToken);
            return town is not null && town.Kind == PlaceKind.Town
                ? Found(query, town, town.Display, true)
                : new(PlaceOutcome.Unknown, query, null, null, false, $"We could not find a town called {query}. Try a postcode, or a town in Cheshire East such as Crewe or Macclesfield.");
        }

        return new(PlaceOutcome.Malformed, query, null, null, false,
            allowTowns ? "Enter a real postcode, like CW1 2BJ, or a town, like Crewe" : "Enter a real postcode, like CW1 2BJ");
    }

    private Task<DirectoryPlace?> FindKeyAsync(string key, CancellationToken cancellationToken) =>
        cache.FindAsync(key, () => db.DirectoryPlaces.AsNoTracking().FirstOrDefaultAsync(p => p.Key == key, cancellationToken));

    private static PlaceResult Found(string query, DirectoryPlace place, string display, bool approximate) =>
        new(PlaceOutcome.Found, query, new GeoPoint(place.Latitude, place.Longitude), display, approximate,
            approximate ? $"Distances are from the centre of {place.Display}, so they are approximate." : $"Distances are from {display}.");
}
