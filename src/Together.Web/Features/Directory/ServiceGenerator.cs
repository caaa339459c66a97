using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.ServiceDirectory;

/// <summary>
/// Makes any number of realistic, clearly fictional services (for benchmarks and load tests) across every Cheshire East
/// town and every category, with venues, schedules, ages, costs, languages and SEND support, and stores them through
/// the importer (so they are checked like any feed). The same count and seed always give the same services.
/// </summary>
public sealed class ServiceGenerator(TogetherDbContext db, ServiceImport import)
{
    public const string Note = "Generated test data: this service is not real.";
    public const int MaxCount = 1_000_000;
    private const int VenuesPerTown = 40;

    private static readonly string[] Activities =
    [
        "Stay and play", "Baby massage", "Rhyme time", "Toddler group", "Speech and language drop-in", "Talking together group", "Youth club",
        "Junior youth club", "Homework club", "Football club", "Swimming lessons", "Dance class", "Drama club", "Music group", "Art club",
        "Parenting course", "Family support", "Counselling", "Wellbeing group", "Worry busters", "Young carers group", "SEND coffee morning",
        "Autism family group", "Short breaks club", "Money advice", "Community pantry", "Holiday club", "Breastfeeding support", "Dad's group",
        "Teen talk", "Coding club", "Scouts", "Cooking for families", "Reading buddies", "Forest school", "Bereavement support", "Sexual health clinic",
        "Careers advice", "Online safety session", "English classes for parents",
    ];

    private static readonly string[] Phrases =
    [
        "Drop in with your child for play, songs and a chat.", "Trained staff can give advice about speech, language and communication.",
        "A safe, friendly place to meet other families.", "Support for children and young people who are worried or feeling low.",
        "Games, sport and trips for young people, run by qualified youth workers.", "Help with routines, behaviour, sleep and confidence.",
        "Free and confidential support for parents and carers.", "Activities adapted for disabled children and those with additional needs.",
        "Practical help with money, benefits, food and housing.", "Sessions for babies, toddlers and pre-school children and their grown-ups.",
        "Help with reading, maths and homework after school.", "Learn new skills, make friends and have fun.",
    ];

    private static readonly string[] Streets = ["High Street", "Market Street", "Church Lane", "Station Road", "Park Road", "Mill Lane", "Victoria Street", "London Road", "School Lane", "King Street"];
    private static readonly string[] VenueKinds = ["Family Hub", "Library", "Community Centre", "Youth Centre", "Leisure Centre", "Health Centre", "Primary School", "Church Hall"];
    private static readonly string[] Languages = ["pl", "ro", "ar", "ur", "bsl", "pa", "bn"];
    private static readonly string[][] DayPatterns = [["MO"], ["TU"], ["WE"], ["TH"], ["FR"], ["SA"], ["TU", "TH"], ["MO", "WE", "FR"], ["MO", "TU", "WE", "TH", "FR"]];
    private static readonly (string Opens, string Closes)[] Times = [("09:00", "11:30"), ("09:30", "12:00"), ("10:00", "12:00"), ("13:00", "15:00"), ("15:30", "17:30"), ("16:00", "18:00"), ("18:00", "20:00"), ("09:00", "17:00")];
    private static readonly (int? Min, int? Max)[] AgeRanges = [(0, 1), (0, 4), (0, 5), (2, 5), (4, 11), (5, 16), (8, 12), (11, 18), (11, 25), (13, 19), (16, 24), (0, 19), (0, 25), (null, null), (16, null)];

    public async Task<ImportReport> GenerateAsync(int count, int seed = 2026, CancellationToken cancellationToken = default)
    {
        if (count is < 1 or > MaxCount)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"count must be from 1 to {MaxCount:N0}");
        }

        await EnsureTaxonomyAsync(cancellationToken);
        return await import.ImportAsync(ServicesAsync(count, seed, cancellationToken), "service", "Service generator", cancellationToken);
    }

    private async Task EnsureTaxonomyAsync(CancellationToken cancellationToken)
    {
        if (await db.DirectoryTaxonomies.AnyAsync(t => t.Id == FamilySupportTaxonomy.TaxonomyId, cancellationToken))
        {
            return;
        }

        db.DirectoryTaxonomies.Add(new DirectoryTaxonomy
        {
            Id = FamilySupportTaxonomy.TaxonomyId,
            Name = FamilySupportTaxonomy.Name,
            Description = "Categories of support for children, young people and families in Cheshire East.",
            Version = "1.0",
        });
        var order = 0;
        foreach (var term in FamilySupportTaxonomy.Terms)
        {
            db.DirectoryTaxonomyTerms.Add(new DirectoryTaxonomyTerm
            {
                Id = FamilySupportTaxonomy.TermId(term.Code),
                TaxonomyId = FamilySupportTaxonomy.TaxonomyId,
                ParentId = term.Parent is null ? null : FamilySupportTaxonomy.TermId(term.Parent),
                Code = term.Code,
                Name = term.Name,
                Description = term.Description,
                SortOrder = order++,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async IAsyncEnumerable<ImportCandidate> ServicesAsync(int count, int seed, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var namespaceId = new Guid(0x5e7a1c00, 0, 0, [0, 0, 0, 0, 0, 0, 0, (byte)seed]);
        var towns = CheshireEastPlaces.Towns;
        var leaves = FamilySupportTaxonomy.Terms.Where(t => t.Parent is not null).ToList();
        var organizations = Enumerable.Range(0, 200)
            .Select(i => new OrukOrganization(ServiceCsv.Derived(namespaceId, "organization", i), $"Generated Provider {i + 1:000}", "A made-up organisation for testing. " + Note, $"provider{i + 1}@generated.together.example", null, null))
            .ToList();

        for (var n = 0; n < count; n++)
        {
            if (n % 1000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await Task.Yield();
            }

            var id = ServiceCsv.Derived(namespaceId, "service", n);
            var town = towns[random.Next(towns.Count)];
            var venue = random.Next(VenuesPerTown);
            var online = random.Next(10) == 0;
            var activity = Activities[random.Next(Activities.Length)];
            var (min, max) = AgeRanges[random.Next(AgeRanges.Length)];
            var organization = organizations[random.Next(organizations.Count)];
            var terms = leaves.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
            var free = random.Next(3) > 0;
            var amount = free ? 0 : random.Next(1, 9) * 0.5;

            var locationId = online ? ServiceCsv.Derived(namespaceId, "online", 0) : ServiceCsv.Derived(namespaceId, $"venue/{town.Town}", venue);
            // Venues scatter within about 4 km of the town centre; the same venue always has the same place.
            var venueRandom = new Random(HashCode.Combine(seed, town.Town.Length, town.Town[0], venue));
            var location = online
                ? new OrukLocation(locationId, "virtual", "Online and by phone", "Available across Cheshire East.", null, null, [], [])
                : new OrukLocation(
                    locationId, "physical", $"{town.Town} {VenueKinds[venue % VenueKinds.Length]} {venue / VenueKinds.Length + 1}", null,
                    Math.Round(town.Latitude + (venueRandom.NextDouble() - 0.5) * 0.07, 5), Math.Round(town.Longitude + (venueRandom.NextDouble() - 0.5) * 0.1, 5),
                    [new OrukAddress(ServiceCsv.Derived(locationId, "address", 0), locationId, null, $"{venue + 1} {Streets[venue % Streets.Length]}", null, town.Town, null, "Cheshire", $"{town.District} {venue % 9 + 1}AB", "GB", "physical")],
                    [new OrukAccessibility(ServiceCsv.Derived(locationId, "accessibility", 0), locationId, "Step-free access; accessible toilet.", null, null)]);

            var schedules = new List<OrukSchedule>();
            var scheduleCount = random.Next(1, 3);
            for (var s = 0; s < scheduleCount; s++)
            {
                var (opens, closes) = Times[random.Next(Times.Length)];
                schedules.Add(new OrukSchedule(
                    ServiceCsv.Derived(id, "schedule", s), id, null, "2026-01-01", null, null, "WEEKLY", null,
                    string.Join(',', DayPatterns[random.Next(DayPatterns.Length)]), null, "", opens, closes, online ? "online" : "in_person", random.Next(3) == 0 ? "term time" : null));
            }

            var languages = new List<OrukLanguage> { new(ServiceCsv.Derived(id, "language", 0), id, "English", "en", null) };
            if (random.Next(3) == 0)
            {
                var code = Languages[random.Next(Languages.Length)];
                languages.Add(new OrukLanguage(ServiceCsv.Derived(id, "language", 1), id, ServiceCsv.LanguageNames[code], code, null));
            }

            var description = $"{Phrases[random.Next(Phrases.Length)]} {Phrases[random.Next(Phrases.Length)]} {Note}";
            var service = new OrukService(
                id, organization.Id, $"{activity}, {town.Town} {n + 1}", description, null, organization.Email, random.Next(50) == 0 ? "temporarily closed" : "active",
                free ? "Free" : $"£{amount:0.00} per session", null, min, max, AgeRange.Describe(min, max) + ".", "Just turn up, or contact us to book.",
                "2026-10-01", null, null, "2026-11-01T09:00:00.000Z", organization)
            {
                Schedules = schedules,
                ServiceAreas = [new OrukServiceArea(ServiceCsv.Derived(id, "area", 0), id, town.Town, null)],
                ServiceAtLocations = [new OrukServiceAtLocation(ServiceCsv.Derived(id, "service_at_location", 0), id, locationId, null, location)],
                Languages = languages,
                CostOptions = [new OrukCostOption(ServiceCsv.Derived(id, "cost", 0), id, null, null, free ? "Free" : "Per session", amount, free ? "Free" : $"£{amount:0.00} per session", "GBP")],
                Phones = [new OrukPhone(ServiceCsv.Derived(id, "phone", 0), id, $"01270 {random.Next(100000, 999999)}", "voice", null)],
                Contacts = [],
                Attributes = terms.Select((t, i) => new OrukAttribute(ServiceCsv.Derived(id, "attribute", i), id, "service", FamilySupportTaxonomy.TermId(t.Code), null, null)).ToList(),
            };
            var send = terms.Any(t => t.Parent == "send") || random.Next(4) == 0 ? "Staff trained in SEND; quiet space available." : null;
            yield return new ImportCandidate(n + 1, service, new TogetherServiceExtension(send, !online, online, online && random.Next(2) == 0, null), []);
        }
    }
}
