using Microsoft.Extensions.DependencyInjection;
using Together.Tests.Support;
using Together.Web.Features.ServiceDirectory;

namespace Together.Tests.ServiceDirectory;

/// <summary>Offline places: imported postcodes, district and town centres, and clear answers for the rest.</summary>
public sealed class PostcodeTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task Imported_postcodes_are_exact_and_the_rest_get_clear_answers()
    {
        const string onspd = "pcd,pcds,doterm,lat,long\n" +
            "\"CW1 2BJ\",\"CW1 2BJ\",\"\",\"53.098200\",\"-2.441900\"\n" +
            "\"CW1 9ZZ\",\"CW1 9ZZ\",\"200012\",\"53.1\",\"-2.4\"\n" +
            "\"GIR0AA\",\"GIR 0AA\",\"\",\"99.999999\",\"0.000000\"\n";
        using var scope = app.Services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<PostcodeImport>().ImportAsync(new StringReader(onspd), "test ONSPD");
        Assert.Equal(new PostcodeImportReport(1, 1, 1, 0), report);
        var places = scope.ServiceProvider.GetRequiredService<IPlaceFinder>();

        var exact = await places.FindAsync("cw1 2bj", allowTowns: true);
        Assert.True(exact.Found);
        Assert.False(exact.IsApproximate);
        Assert.Equal(new GeoPoint(53.0982, -2.4419), exact.Point);

        var district = await places.FindAsync("CW1 5AB", allowTowns: true);
        Assert.True(district.Found);
        Assert.True(district.IsApproximate);
        Assert.Contains("approximate", district.Message, StringComparison.Ordinal);

        var town = await places.FindAsync("Macclesfield", allowTowns: true);
        Assert.True(town.Found);
        Assert.True(town.IsApproximate);

        Assert.Equal(PlaceOutcome.Unknown, (await places.FindAsync("ZZ9 9ZZ", allowTowns: true)).Outcome);
        Assert.Equal(PlaceOutcome.Unknown, (await places.FindAsync("Atlantis", allowTowns: true)).Outcome);
        Assert.Equal(PlaceOutcome.Malformed, (await places.FindAsync("CW1 XYZ", allowTowns: true)).Outcome);
        Assert.Equal(PlaceOutcome.Malformed, (await places.FindAsync("Crewe", allowTowns: false)).Outcome);
        Assert.Equal(PlaceOutcome.Malformed, (await places.FindAsync("", allowTowns: true)).Outcome);
    }

    [Fact]
    public void British_national_grid_converts_to_latitude_and_longitude()
    {
        // Ordnance Survey's worked example point (A guide to coordinate systems in Great Britain, annex C),
        // E 651409.903, N 313177.270, near Norwich. The reference WGS84 position here is rounded; a postcode
        // centroid needs no better than tens of metres, so 25 m is the bar.
        var point = BritishNationalGrid.ToWgs84(651409.903, 313177.270);
        Assert.InRange(Geo.DistanceMetres(point, new GeoPoint(52.65800, 1.71626)), 0, 25);
    }
}
