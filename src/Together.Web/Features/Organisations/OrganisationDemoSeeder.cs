using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Organisations;

/// <summary>The Trust's partners: council, NHS, police, schools, college, voluntary sector, youth justice and the Youth Council.</summary>
public sealed class OrganisationDemoSeeder(TogetherDbContext db) : IDemoSeeder
{
    public static readonly IReadOnlyList<(string Slug, string Name, OrganisationKind Kind)> Partners =
    [
        ("cheshire-east-council", "Cheshire East Council", OrganisationKind.Council),
        ("nhs-cheshire-and-merseyside", "NHS Cheshire and Merseyside", OrganisationKind.Nhs),
        ("mid-cheshire-hospitals", "Mid Cheshire Hospitals NHS Foundation Trust", OrganisationKind.Nhs),
        ("cheshire-constabulary", "Cheshire Constabulary", OrganisationKind.Police),
        ("cheshire-east-schools-forum", "Cheshire East Schools (primary and secondary headteachers)", OrganisationKind.School),
        ("cheshire-college", "Cheshire College South and West", OrganisationKind.College),
        ("cheshire-east-cvs", "Cheshire East Community and Voluntary Services", OrganisationKind.VoluntaryAndCommunity),
        ("cheshire-youth-justice", "Cheshire Youth Justice Services", OrganisationKind.YouthJustice),
        ("youth-council", "Cheshire East Youth Council", OrganisationKind.YouthCouncil),
    ];

    public int Order => 1;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var (slug, name, kind) in Partners)
        {
            db.Organisations.Add(new Organisation { Id = Guid.NewGuid(), Slug = slug, Name = name, Kind = kind });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
