using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.ServiceDirectory;

public sealed record PostcodeImportReport(int Imported, int SkippedTerminated, int SkippedNoLocation, int SkippedMalformed);

/// <summary>
/// Loads postcode centroids from the ONS Postcode Directory (ONSPD/NSPL: columns pcds, lat, long, doterm) or from
/// OS Code-Point Open (no header: postcode, quality, eastings, northings, …; converted from the British National Grid).
/// Replaces the previously imported postcodes in one transaction; the district and town centres stay.
/// </summary>
public sealed class PostcodeImport(TogetherDbContext db)
{
    private const int BatchSize = 5000;

    public async Task<PostcodeImportReport> ImportAsync(TextReader reader, string source, CancellationToken cancellationToken = default)
    {
        var line = await reader.ReadLineAsync(cancellationToken) ?? throw new InvalidDataException("The file is empty.");
        var fields = CsvLine.Split(line);
        var first = fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        int postcodeColumn, latColumn = -1, lonColumn = -1, eastingColumn = -1, northingColumn = -1, terminatedColumn;
        var hasHeader = first.Contains("pcds") || first.Contains("pcd") || first.Contains("postcode");
        if (hasHeader)
        {
            postcodeColumn = IndexOfAny(first, "pcds", "pcd", "postcode");
            latColumn = IndexOfAny(first, "lat", "latitude");
            lonColumn = IndexOfAny(first, "long", "longitude");
            eastingColumn = IndexOfAny(first, "oseast1m", "eastings");
            northingColumn = IndexOfAny(first, "osnrth1m", "northings");
            terminatedColumn = IndexOfAny(first, "doterm");
            if ((latColumn < 0 || lonColumn < 0) && (eastingColumn < 0 || northingColumn < 0))
            {
                throw new InvalidDataException("The header needs latitude and longitude columns (lat, long) or eastings and northings.");
            }
        }
        else
        {
            // Code-Point Open: Postcode, Positional_quality_indicator, Eastings, Northings, ...
            postcodeColumn = 0;
            eastingColumn = 2;
            northingColumn = 3;
            terminatedColumn = -1;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.DirectoryPlaces.Where(p => p.Kind == PlaceKind.Postcode).ExecuteDeleteAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        int imported = 0, terminated = 0, noLocation = 0, malformed = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<DirectoryPlace>(BatchSize);
        if (hasHeader)
        {
            line = await reader.ReadLineAsync(cancellationToken);
            fields = line is null ? [] : CsvLine.Split(line);
        }

        while (line is not null)
        {
            string? Field(int index) => index >= 0 && index < fields.Count ? fields[index] : null;
            var postcode = Field(postcodeColumn) ?? "";
            if (!UkPostcode.IsFullPostcode(postcode) || !seen.Add(UkPostcode.Compact(postcode)))
            {
                malformed++;
            }
            else if (!string.IsNullOrWhiteSpace(Field(terminatedColumn)))
            {
                terminated++;
            }
            else if (Location(Field(latColumn), Field(lonColumn), Field(eastingColumn), Field(northingColumn)) is not { } point)
            {
                noLocation++;
            }
            else
            {
                batch.Add(new DirectoryPlace
                {
                    Key = UkPostcode.Compact(postcode),
                    Display = UkPostcode.Format(postcode),
                    Kind = PlaceKind.Postcode,
                    Latitude = Math.Round(point.Latitude, 6),
                    Longitude = Math.Round(point.Longitude, 6),
                    IsApproximate = false,
                    Source = source.Length > 50 ? source[..50] : source,
                });
                imported++;
                if (batch.Count == BatchSize)
                {
                    await FlushAsync(batch, cancellationToken);
                }
            }

            line = await reader.ReadLineAsync(cancellationToken);
            fields = line is null ? [] : CsvLine.Split(line);
        }

        await FlushAsync(batch, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // The old postcodes were removed without the change tracker, and the new ones are only visible from now.
        PlaceCache.Invalidate();
        return new PostcodeImportReport(imported, terminated, noLocation, malformed);
    }

    private async Task FlushAsync(List<DirectoryPlace> batch, CancellationToken cancellationToken)
    {
        db.DirectoryPlaces.AddRange(batch);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        batch.Clear();
    }

    private static GeoPoint? Location(string? latText, string? lonText, string? eastingText, string? northingText)
    {
        if (double.TryParse(latText, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(lonText, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
        {
            // ONSPD marks postcodes with no grid reference with latitude 99.999999.
            return lat is >= 49 and <= 61 && lon is >= -9 and <= 3 ? new GeoPoint(lat, lon) : null;
        }

        if (double.TryParse(eastingText, NumberStyles.Float, CultureInfo.InvariantCulture, out var easting)
            && double.TryParse(northingText, NumberStyles.Float, CultureInfo.InvariantCulture, out var northing)
            && easting > 0 && northing > 0)
        {
            return BritishNationalGrid.ToWgs84(easting, northing);
        }

        return null;
    }

    private static int IndexOfAny(List<string> header, params string[] names) =>
        names.Select(name => header.IndexOf(name)).FirstOrDefault(i => i >= 0, -1);
}

/// <summary>Splits one line of CSV (RFC 4180 quoting; the postcode files have no line breaks inside fields).</summary>
public static class CsvLine
{
    public static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}

/// <summary>
/// British National Grid (OSGB36 eastings and northings) to WGS84 latitude and longitude: inverse transverse Mercator
/// on the Airy 1830 ellipsoid, then a Helmert transformation (Ordnance Survey, "A guide to coordinate systems in
/// Great Britain"); accurate to a few metres, plenty for postcode centroids.
/// </summary>
public static class BritishNationalGrid
{
    public static GeoPoint ToWgs84(double easting, double northing)
    {
        const double a = 6377563.396, b = 6356256.909, f0 = 0.9996012717;
        const double lat0 = 49 * Math.PI / 180, lon0 = -2 * Math.PI / 180, n0 = -100000, e0 = 400000;
        var e2 = 1 - (b * b) / (a * a);
        var n = (a - b) / (a + b);
        double lat = lat0, m = 0;
        do
        {
            lat = (northing - n0 - m) / (a * f0) + lat;
            var ma = (1 + n + 5.0 / 4 * n * n + 5.0 / 4 * n * n * n) * (lat - lat0);
            var mb = (3 * n + 3 * n * n + 21.0 / 8 * n * n * n) * Math.Sin(lat - lat0) * Math.Cos(lat + lat0);
            var mc = (15.0 / 8 * n * n + 15.0 / 8 * n * n * n) * Math.Sin(2 * (lat - lat0)) * Math.Cos(2 * (lat + lat0));
            var md = 35.0 / 24 * n * n * n * Math.Sin(3 * (lat - lat0)) * Math.Cos(3 * (lat + lat0));
            m = b * f0 * (ma - mb + mc - md);
        }
        while (Math.Abs(northing - n0 - m) >= 0.00001);

        var sin = Math.Sin(lat);
        var nu = a * f0 / Math.Sqrt(1 - e2 * sin * sin);
        var rho = a * f0 * (1 - e2) / Math.Pow(1 - e2 * sin * sin, 1.5);
        var eta2 = nu / rho - 1;
        var tan = Math.Tan(lat);
        var sec = 1 / Math.Cos(lat);
        var vii = tan / (2 * rho * nu);
        var viii = tan / (24 * rho * nu * nu * nu) * (5 + 3 * tan * tan + eta2 - 9 * tan * tan * eta2);
        var ix = tan / (720 * rho * Math.Pow(nu, 5)) * (61 + 90 * tan * tan + 45 * Math.Pow(tan, 4));
        var x = sec / nu;
        var xi = sec / (6 * nu * nu * nu) * (nu / rho + 2 * tan * tan);
        var xii = sec / (120 * Math.Pow(nu, 5)) * (5 + 28 * tan * tan + 24 * Math.Pow(tan, 4));
        var xiia = sec / (5040 * Math.Pow(nu, 7)) * (61 + 662 * tan * tan + 1320 * Math.Pow(tan, 4) + 720 * Math.Pow(tan, 6));
        var de = easting - e0;
        var phi = lat - vii * de * de + viii * Math.Pow(de, 4) - ix * Math.Pow(de, 6);
        var lambda = lon0 + x * de - xi * Math.Pow(de, 3) + xii * Math.Pow(de, 5) - xiia * Math.Pow(de, 7);

        // OSGB36 geodetic to cartesian, Helmert to WGS84, back to geodetic on GRS80.
        var sinPhi = Math.Sin(phi);
        var nuA = a / Math.Sqrt(1 - e2 * sinPhi * sinPhi);
        var x1 = nuA * Math.Cos(phi) * Math.Cos(lambda);
        var y1 = nuA * Math.Cos(phi) * Math.Sin(lambda);
        var z1 = (1 - e2) * nuA * sinPhi;
        const double tx = 446.448, ty = -125.157, tz = 542.060, s = -20.4894e-6;
        const double rx = 0.1502 / 3600 * Math.PI / 180, ry = 0.2470 / 3600 * Math.PI / 180, rz = 0.8421 / 3600 * Math.PI / 180;
        var x2 = tx + (1 + s) * x1 - rz * y1 + ry * z1;
        var y2 = ty + rz * x1 + (1 + s) * y1 - rx * z1;
        var z2 = tz - ry * x1 + rx * y1 + (1 + s) * z1;
        const double a2 = 6378137.000, b2 = 6356752.3141;
        var e22 = 1 - (b2 * b2) / (a2 * a2);
        var p = Math.Sqrt(x2 * x2 + y2 * y2);
        var latW = Math.Atan2(z2, p * (1 - e22));
        for (var i = 0; i < 10; i++)
        {
            var nuW = a2 / Math.Sqrt(1 - e22 * Math.Sin(latW) * Math.Sin(latW));
            latW = Math.Atan2(z2 + e22 * nuW * Math.Sin(latW), p);
        }

        return new GeoPoint(latW * 180 / Math.PI, Math.Atan2(y2, x2) * 180 / Math.PI);
    }
}

/// <summary>The "import-postcodes FILE" command: loads an ONSPD or Code-Point Open CSV into the places table.</summary>
public static class PostcodeImportCommand
{
    public static async Task<int> RunAsync(WebApplication app, string? file)
    {
        if (string.IsNullOrWhiteSpace(file) || !File.Exists(file))
        {
            await Console.Error.WriteLineAsync("Usage: import-postcodes FILE   (an ONS Postcode Directory CSV with pcds, lat, long columns, or an OS Code-Point Open CSV)");
            return 2;
        }

        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        try
        {
            using var reader = new StreamReader(file);
            var report = await scope.ServiceProvider.GetRequiredService<PostcodeImport>().ImportAsync(reader, Path.GetFileName(file));
            Console.WriteLine($"Imported {report.Imported:N0} postcodes. Skipped {report.SkippedTerminated:N0} terminated, {report.SkippedNoLocation:N0} without a location and {report.SkippedMalformed:N0} malformed or repeated rows.");
            return 0;
        }
        catch (InvalidDataException error)
        {
            await Console.Error.WriteLineAsync($"Nothing was imported: {error.Message}");
            return 1;
        }
    }
}
