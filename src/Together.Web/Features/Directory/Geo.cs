using System.Globalization;

namespace Together.Web.Features.ServiceDirectory;

/// <summary>A point on the WGS84 ellipsoid (latitude and longitude in degrees).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);

/// <summary>Distances on the Earth's surface for "nearest first" and "within N miles".</summary>
public static class Geo
{
    public const double MetresPerMile = 1609.344;
    private const double EarthRadiusMetres = 6_371_008.8; // IUGG mean radius

    /// <summary>Great-circle distance by the haversine formula; within 0.5% of the ellipsoidal distance, plenty for a directory.</summary>
    public static double DistanceMetres(GeoPoint a, GeoPoint b)
    {
        var lat1 = Radians(a.Latitude);
        var lat2 = Radians(b.Latitude);
        var dLat = lat2 - lat1;
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>A latitude/longitude box that contains every point within <paramref name="radiusMetres"/>, so an index can narrow the search first.</summary>
    public static (double MinLat, double MaxLat, double MinLon, double MaxLon) BoundingBox(GeoPoint centre, double radiusMetres)
    {
        var dLat = radiusMetres / EarthRadiusMetres * 180 / Math.PI;
        var cos = Math.Max(0.01, Math.Cos(Radians(centre.Latitude)));
        var dLon = dLat / cos;
        return (centre.Latitude - dLat, centre.Latitude + dLat, centre.Longitude - dLon, centre.Longitude + dLon);
    }

    /// <summary>"0.4 miles", "1 mile", "2.3 miles", "12 miles": one decimal place under ten miles, whole miles above.</summary>
    public static string Miles(double metres)
    {
        var miles = metres / MetresPerMile;
        if (miles < 0.1)
        {
            return "less than 0.1 miles";
        }

        var rounded = miles < 10 ? Math.Round(miles, 1, MidpointRounding.AwayFromZero) : Math.Round(miles, 0, MidpointRounding.AwayFromZero);
        var text = rounded.ToString(miles < 10 ? "0.#" : "0", CultureInfo.InvariantCulture);
        return text == "1" ? "1 mile" : text + " miles";
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
