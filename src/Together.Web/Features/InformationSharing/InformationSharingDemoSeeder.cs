using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;
using Together.Web.Infrastructure.Files;

namespace Together.Web.Features.InformationSharing;

/// <summary>Two demo agreements: one in force with a signed copy, one under review, its review overdue.</summary>
public sealed class InformationSharingDemoSeeder(TogetherDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 420;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Slug, cancellationToken);
        var today = UkTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        Guid Org(string slug) => organisations.TryGetValue(slug, out var o) ? o.Id : organisations.Values.First().Id;
        var partners = organisations.Keys.ToList();

        var signed = PdfText.Document("DSA-2026-01 Early help information sharing agreement (signed copy)",
            ["## Parties", "Signed on behalf of each party. This is a demonstration document for the Together platform."]);
        var earlyHelp = new SharingAgreement
        {
            Id = Guid.NewGuid(),
            Reference = "DSA-2026-01",
            Title = "Early help: sharing information to offer families support sooner",
            Purpose = "So that a family who asks one partner for help gets a joined-up offer of early help, without having to tell their story again.",
            DataDescribed = "Names, addresses and dates of birth of family members; the help asked for; which services are already involved. Only with the family's agreement.",
            LawfulBasis = LawfulBasis.PublicTask,
            SpecialCategoryConditions = "Health information: Article 9(2)(h) and DPA 2018 Schedule 1 paragraph 2 (health or social care purposes).",
            ControllerRoles = "Each partner is an independent controller of the information it holds.",
            Dpia = DpiaOutcome.RisksMitigated,
            Retention = "Kept while the family is supported and for 6 years after, then securely deleted.",
            Security = "Shared only through secure email or the case management system; access limited to named practitioners.",
            ContactEmail = "information.governance@demo.together.example",
            StartDate = today.AddMonths(-8),
            ReviewDate = today.AddMonths(4),
            Status = AgreementStatus.Active,
            SignedCopy = signed,
            SignedCopySizeBytes = signed.LongLength,
            SignedCopyFileName = "DSA-2026-01-signed.pdf",
            CreatedAt = now,
            UpdatedAt = now,
        };
        var missing = new SharingAgreement
        {
            Id = Guid.NewGuid(),
            Reference = "DSA-2025-04",
            Title = "Children missing education: sharing between schools, the council and police",
            Purpose = "To find children who are missing from education quickly and make sure they are safe.",
            DataDescribed = "Names, dates of birth, last known addresses and school of children not attending; whether police have concerns.",
            LawfulBasis = LawfulBasis.LegalObligation,
            ControllerRoles = "Each partner is an independent controller.",
            Dpia = DpiaOutcome.NoHighRisk,
            Retention = "Until the child is back in education, then 1 year, then securely deleted.",
            Security = "Secure email between named leads only.",
            ContactEmail = "information.governance@demo.together.example",
            StartDate = today.AddYears(-2),
            ReviewDate = today.AddDays(-20),
            Status = AgreementStatus.UnderReview,
            CreatedAt = now,
            UpdatedAt = now,
        };
        foreach (var (agreement, slugs) in new[] { (earlyHelp, partners.Take(4)), (missing, partners.Skip(1).Take(3)) })
        {
            agreement.Parties.AddRange(slugs.Select(s => new SharingAgreementParty { AgreementId = agreement.Id, OrganisationId = Org(s) }));
            db.SharingAgreements.Add(agreement);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
