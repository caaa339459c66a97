using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Areas;

/// <summary>England, the North West, Cheshire East (GSS E06000049) with its towns, and its ten statistical neighbours (DfE LAIT, May 2025).</summary>
public sealed class AreaDemoSeeder(TogetherDbContext db) : IDemoSeeder
{
    public const string CheshireEast = "cheshire-east";

    public static readonly IReadOnlyList<string> Localities =
        ["Crewe", "Macclesfield", "Congleton", "Wilmslow", "Sandbach", "Poynton", "Nantwich", "Middlewich", "Knutsford", "Alsager", "Handforth", "Bollington"];

    public static readonly IReadOnlyList<string> StatisticalNeighbours =
    [
        "Gloucestershire", "Warwickshire", "North Yorkshire", "Warrington", "Wiltshire", "Hampshire",
        "Cheshire West and Chester", "Oxfordshire", "Worcestershire", "Leicestershire",
    ];

    public int Order => 0;

    public static string Slug(string name) =>
        string.Join('-', name.ToLowerInvariant().Split([' ', '\''], StringSplitOptions.RemoveEmptyEntries));

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        db.Areas.Add(new Area { Id = "england", Name = "England", Kind = AreaKind.Country, GssCode = "E92000001", SortOrder = 0 });
        db.Areas.Add(new Area { Id = "north-west", Name = "North West", Kind = AreaKind.Region, ParentId = "england", GssCode = "E12000002", SortOrder = 1 });
        db.Areas.Add(new Area { Id = CheshireEast, Name = "Cheshire East", Kind = AreaKind.LocalAuthority, ParentId = "north-west", GssCode = "E06000049", SortOrder = 2 });
        var order = 10;
        foreach (var town in Localities)
        {
            db.Areas.Add(new Area { Id = Slug(town), Name = town, Kind = AreaKind.Locality, ParentId = CheshireEast, SortOrder = order++ });
        }

        order = 100;
        foreach (var neighbour in StatisticalNeighbours)
        {
            db.Areas.Add(new Area { Id = Slug(neighbour), Name = neighbour, Kind = AreaKind.LocalAuthority, SortOrder = order++ });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
