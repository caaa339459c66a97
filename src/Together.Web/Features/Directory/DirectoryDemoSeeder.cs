using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.ServiceDirectory;

/// <summary>
/// Demonstration directory: the category tree, the Cheshire East places, and around 300 made-up services across
/// every town and category. Every description says it is demonstration data; the metadata trail says so too.
/// </summary>
public sealed class DirectoryDemoSeeder(TogetherDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string DemoNote = "This is demonstration data: the service is not real.";

    public int Order => 300;

    private sealed record Provider(string Key, string Name, string Description, string? OwnerSlug, string Email, string Website);

    private static readonly Provider[] Providers =
    [
        new("hubs", "Cheshire East Family Hubs", "The council's family hubs: one place for families to get help, from pregnancy to age 19 (25 with SEND).", "cheshire-east-council", "familyhubs@demo.together.example", "https://demo.together.example/family-hubs"),
        new("libraries", "Cheshire East Libraries", "Libraries in every town with free activities for children and families.", "cheshire-east-council", "libraries@demo.together.example", "https://demo.together.example/libraries"),
        new("nhs", "Healthy Child Programme Cheshire East", "Health visitors and school nurses for children and young people aged 0 to 19.", "nhs-cheshire-and-merseyside", "healthychild@demo.together.example", "https://demo.together.example/healthy-child"),
        new("youth", "Riverside Youth Trust", "A youth charity running clubs and activities for young people aged 8 to 19.", "cheshire-east-cvs", "hello@riverside-youth.demo.together.example", "https://riverside-youth.demo.together.example"),
        new("wellbeing", "Wellbeing Together CIC", "Emotional wellbeing and counselling for children, young people and parents.", null, "talk@wellbeing.demo.together.example", "https://wellbeing.demo.together.example"),
        new("send", "SEND Family Voice Cheshire East", "A parent-led charity supporting families of children with special educational needs and disabilities.", null, "info@sendvoice.demo.together.example", "https://sendvoice.demo.together.example"),
        new("money", "Money Matters Advice", "Free, confidential advice about benefits, debt and budgeting.", null, "advice@moneymatters.demo.together.example", "https://moneymatters.demo.together.example"),
        new("food", "Open Door Food Network", "Community pantries, food banks and holiday meals across Cheshire East.", null, "help@opendoor.demo.together.example", "https://opendoor.demo.together.example"),
        new("safe", "Safe Homes Cheshire", "Confidential support for anyone affected by domestic abuse.", null, "support@safehomes.demo.together.example", "https://safehomes.demo.together.example"),
        new("sport", "Sports4All Cheshire", "Inclusive sport and physical activity for children and young people.", null, "play@sports4all.demo.together.example", "https://sports4all.demo.together.example"),
        new("careers", "Careers Connect Cheshire", "Careers advice, apprenticeships and help into work for 16 to 24 year olds.", "cheshire-college", "careers@careersconnect.demo.together.example", "https://careersconnect.demo.together.example"),
        new("carers", "Young Carers Cheshire East", "Support, breaks and friendship for young carers aged 5 to 18.", null, "youngcarers@demo.together.example", "https://youngcarers.demo.together.example"),
        new("police", "Cheshire Police Youth Engagement", "Prevention work with young people, including online safety and exploitation.", "cheshire-constabulary", "youthengagement@demo.together.example", "https://demo.together.example/police-youth"),
        new("littlesteps", "Little Steps Playgroups", "Community playgroups and baby groups run by volunteers.", null, "hello@littlesteps.demo.together.example", "https://littlesteps.demo.together.example"),
    ];

    private sealed record Venue(string Key, string Name, string Street);

    private static readonly Venue[] Venues =
    [
        new("hub", "{town} Family Hub", "Market Street"),
        new("library", "{town} Library", "Library Way"),
        new("leisure", "{town} Leisure Centre", "Park Road"),
        new("community", "{town} Community Centre", "Church Lane"),
        new("youth", "{town} Youth Centre", "Station Road"),
        new("health", "{town} Health Centre", "Victoria Avenue"),
    ];

    private sealed record Slot(string ByDay, string Opens, string Closes, string? Notes, ScheduleFrequency Frequency = ScheduleFrequency.Weekly);

    private sealed record Template(
        string Name, string Provider, string[] Categories, int? MinAge, int? MaxAge, double? Cost, string? CostText,
        string Venue, Slot[] Slots, string Description, string? Send, string[] Languages, bool Online = false, bool Phone = false, bool InPerson = true);

    private static readonly Template[] Templates =
    [
        new("Stay and play at {venue}", "hubs", ["stay-and-play"], 0, 5, null, null, "hub", [new("TU,TH", "09:30", "12:00", "term time")], "Drop in with your baby or young child for play, songs and a chat. Staff from the family hub are there if you want advice about feeding, sleep or behaviour.", "Quiet space and sensory toys available. Tell staff what your child needs.", ["pl"]),
        new("Baby and me group, {town}", "littlesteps", ["baby-groups"], 0, 1, 2, "£2 per session, first session free", "community", [new("WE", "10:00", "11:30", null)], "A friendly group for parents and babies under one. Baby massage, rhymes and time to meet other parents.", null, []),
        new("Rhyme time at {venue}", "libraries", ["early-years", "stay-and-play"], 0, 4, null, null, "library", [new("MO", "10:30", "11:00", null), new("FR", "10:30", "11:00", null)], "Songs and rhymes for babies and toddlers with their grown-ups. Helps with early talking and listening.", null, []),
        new("Health visitor clinic, {town}", "nhs", ["health-visiting", "health"], 0, 5, null, null, "health", [new("WE", "13:30", "15:30", null)], "Drop-in clinic to weigh your baby and talk to a health visitor about feeding, sleep, development or how you are feeling.", "Health visitors can refer children for developmental assessments.", ["pl", "ro"]),
        new("School nursing drop-in, {town}", "nhs", ["school-nursing", "sexual-health"], 11, 19, null, null, "health", [new("TH", "15:30", "17:00", "term time")], "Confidential drop-in for young people to talk to a school nurse about health, relationships, sexual health or worries.", null, []),
        new("Speech and language drop-in, {town}", "nhs", ["speech-and-language", "send"], 1, 7, null, null, "hub", [new("2TU", "09:30", "11:30", null, ScheduleFrequency.Monthly)], "Talk to a speech and language therapy assistant if you are worried about how your child talks or understands.", "Advice on communication needs, including for autistic children.", []),
        new("Youth club at {venue}", "youth", ["youth-clubs"], 11, 18, 1, "£1 per session", "youth", [new("MO,WE", "18:00", "20:30", null)], "A safe place to meet friends, play pool and games, cook, and talk to youth workers. Trips in the holidays.", "Youth workers trained in SEND. Quiet room available.", []),
        new("Junior youth club, {town}", "youth", ["youth-clubs"], 8, 12, 1, "£1 per session", "youth", [new("TH", "17:00", "18:30", "term time")], "Games, crafts and sport for 8 to 12 year olds with trained youth workers.", null, []),
        new("Inclusive swimming, {town}", "sport", ["sport", "short-breaks"], 4, 18, 3.5, "£3.50 per swim; carers free", "leisure", [new("SA", "09:00", "10:00", null)], "Relaxed swimming sessions with a quieter pool, extra staff and changing places toilets.", "For disabled children and young people and their families. Hoist and accessible changing available.", ["bsl"]),
        new("Saturday football, {town}", "sport", ["sport"], 6, 16, 2, "£2 per session", "leisure", [new("SA", "10:00", "12:00", null)], "Fun, friendly football for all abilities. Boots not needed; bring trainers and a drink.", null, []),
        new("Drama and music club, {town}", "youth", ["arts-and-music"], 8, 18, 4, "£4 per session, free for families on low incomes", "community", [new("TU", "17:30", "19:00", "term time")], "Acting, singing and making music together. We put on a show every summer.", null, []),
        new("Counselling for young people, {town}", "wellbeing", ["counselling", "mental-health"], 11, 25, null, null, "hub", [new("MO,TU,WE,TH,FR", "09:00", "17:00", "by appointment")], "Free, confidential one-to-one counselling for young people who are struggling with anxiety, low mood, stress or difficult feelings.", "Counsellors adapt sessions for neurodivergent young people.", ["ur"]),
        new("Worry busters group, {town}", "wellbeing", ["peer-support", "mental-health"], 8, 11, null, null, "community", [new("WE", "16:00", "17:00", "term time")], "A small group for primary school children who worry a lot, using games and stories to learn ways to cope.", null, []),
        new("Bereavement support, {town}", "wellbeing", ["bereavement"], 5, 18, null, null, "community", [new("-1TH", "16:00", "18:00", null, ScheduleFrequency.Monthly)], "Support for children and young people after someone important has died, and for their parents and carers.", null, []),
        new("SEND parent carer coffee morning, {town}", "send", ["send-advice", "peer-support"], 0, 25, null, null, "hub", [new("1FR", "10:00", "12:00", null, ScheduleFrequency.Monthly)], "Meet other parents and carers of children with SEND, get impartial advice about EHC plans, school and support.", "All of this service is about SEND.", []),
        new("Autism and ADHD family group, {town}", "send", ["autism-adhd", "send"], 4, 18, null, null, "community", [new("SA", "10:00", "12:00", "second Saturday of the month")], "Activities for neurodivergent children and a chance for parents to share tips and support. No diagnosis needed.", "Sensory-friendly room, visual timetable, ear defenders available.", []),
        new("Short breaks club, {town}", "send", ["short-breaks"], 5, 18, 5, "£5 per session; funded places available", "youth", [new("SA", "13:00", "16:00", null)], "Saturday activities for disabled children and young people, giving parents and carers a break.", "1:1 support available. Staff trained in medication and personal care.", []),
        new("Triple P parenting course, {town}", "hubs", ["parenting-courses"], 0, 12, null, null, "hub", [new("TU", "10:00", "12:00", "8 weeks, term time")], "A free 8-week course for parents and carers of children up to 12, on behaviour, routines and confidence.", null, ["pl", "ro", "ar"]),
        new("Parenting teenagers course, {town}", "hubs", ["parenting-courses"], 11, 18, null, null, "hub", [new("TH", "18:30", "20:30", "6 weeks")], "Evening course for parents and carers of teenagers: talking, boundaries, online life and staying calm.", null, []),
        new("Family support worker, {town}", "hubs", ["family-support", "parenting"], 0, 19, null, null, "hub", [new("MO,TU,WE,TH,FR", "09:00", "17:00", null)], "A family support worker can visit you at home to help with routines, school attendance, money worries or family relationships.", "Support up to age 25 for young people with SEND.", ["pl", "ro"]),
        new("Young carers club, {town}", "carers", ["young-carers"], 5, 18, null, null, "youth", [new("TU", "16:30", "18:30", "fortnightly, term time")], "Fun, breaks and friendship for children and young people who look after someone at home.", null, []),
        new("Homework club at {venue}", "libraries", ["tutoring"], 7, 16, null, null, "library", [new("MO,WE,TH", "15:30", "17:30", "term time")], "Free help with homework, computers and printing after school. Volunteers help with reading and maths.", "Reading pens and dyslexia-friendly books available.", []),
        new("Community pantry, {town}", "food", ["food", "money-and-housing"], null, null, 3.5, "£3.50 for 10 items or more", "community", [new("FR", "12:00", "14:00", null)], "Pick fresh, chilled and cupboard food for a small weekly membership. No referral needed.", null, ["pl", "ar"]),
        new("Money and benefits advice, {town}", "money", ["benefits-advice"], 16, null, null, null, "library", [new("TU", "10:00", "13:00", "appointments and drop-in")], "Free help to check you get everything you are entitled to, with debt and with budgeting. We can help fill in forms.", null, ["ur", "pl"]),
    ];

    private static readonly Template[] CountyWide =
    [
        new("Online counselling and chat for young people", "wellbeing", ["counselling", "mental-health"], 11, 25, null, null, "", [new("MO,TU,WE,TH,FR", "12:00", "22:00", null), new("SA,SU", "18:00", "22:00", null)], "Free, safe and anonymous online chat with a counsellor, and articles and forums written by young people.", null, [], Online: true, InPerson: false),
        new("Domestic abuse helpline", "safe", ["domestic-abuse"], 16, null, null, null, "", [new("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", null)], "Confidential phone and online support for anyone affected by domestic abuse. In an emergency always call 999.", null, ["pl", "ur", "ar"], Online: true, Phone: true, InPerson: false),
        new("Online safety for parents", "police", ["online-safety", "parenting"], 0, 18, null, null, "", [new("1WE", "19:00", "20:00", null, ScheduleFrequency.Monthly)], "A free online evening session on keeping children safe online: apps, gaming, sharing images and what to do if something goes wrong.", null, [], Online: true, InPerson: false),
        new("Exploitation support for young people", "police", ["exploitation", "safety"], 10, 18, null, null, "", [new("MO,TU,WE,TH,FR", "09:00", "17:00", null)], "Specialist workers help young people who are at risk of criminal or sexual exploitation, including county lines.", null, [], Phone: true, InPerson: true),
        new("SEND information and advice line", "send", ["send-advice"], 0, 25, null, null, "", [new("MO,TU,WE,TH", "09:30", "16:30", null)], "Impartial, confidential advice for parents and young people about SEND, EHC needs assessments and plans.", "All of this service is about SEND.", ["bsl"], Online: true, Phone: true, InPerson: false),
        new("Careers advice for 16 to 24 year olds", "careers", ["careers"], 16, 24, null, null, "", [new("MO,TU,WE,TH,FR", "09:00", "17:00", null)], "Careers advisers help you with CVs, applications, apprenticeships and finding work or training.", "Supported internships for young people with EHC plans.", [], Online: true, Phone: true, InPerson: false),
        new("Holiday activities and food programme", "food", ["food", "youth-activities"], 5, 16, null, null, "", [new("MO,TU,WE,TH,FR", "10:00", "14:00", "school holidays")], "Free holiday clubs with a healthy meal for children who get benefits-related free school meals.", "Places for children with SEND with extra support.", []),
        new("English classes for parents", "hubs", ["adult-learning"], 19, null, null, null, "", [new("WE", "09:30", "11:30", "term time")], "Free English (ESOL) classes for parents and carers, with a creche for children under five.", null, ["pl", "ro", "ar", "ur"], Online: true, InPerson: false),
    ];

    private static readonly Dictionary<string, string> LanguageNames = new()
    {
        ["en"] = "English", ["pl"] = "Polish", ["ro"] = "Romanian", ["ar"] = "Arabic", ["ur"] = "Urdu", ["bsl"] = "British Sign Language",
    };

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(2026);

        db.DirectoryPlaces.AddRange(CheshireEastPlaces.All());
        var taxonomy = new DirectoryTaxonomy
        {
            Id = FamilySupportTaxonomy.TaxonomyId,
            Name = FamilySupportTaxonomy.Name,
            Description = "Categories of support for children, young people and families in Cheshire East.",
            Version = "1.0",
        };
        db.DirectoryTaxonomies.Add(taxonomy);
        var order = 0;
        foreach (var term in FamilySupportTaxonomy.Terms)
        {
            db.DirectoryTaxonomyTerms.Add(new DirectoryTaxonomyTerm
            {
                Id = FamilySupportTaxonomy.TermId(term.Code),
                TaxonomyId = taxonomy.Id,
                ParentId = term.Parent is null ? null : FamilySupportTaxonomy.TermId(term.Parent),
                Code = term.Code,
                Name = term.Name,
                Description = term.Description,
                SortOrder = order++,
            });
        }

        var owners = await db.Organisations.ToDictionaryAsync(o => o.Slug, o => o.Id, cancellationToken);
        var organizations = new Dictionary<string, DirectoryOrganization>();
        foreach (var p in Providers)
        {
            var organization = new DirectoryOrganization
            {
                Id = Guid.NewGuid(),
                Name = p.Name,
                Description = p.Description + " " + DemoNote.Replace("the service is", "this organisation is", StringComparison.Ordinal),
                Email = p.Email,
                Website = p.Website,
                OwnerOrganisationId = p.OwnerSlug is not null && owners.TryGetValue(p.OwnerSlug, out var owner) ? owner : null,
                LastModified = now,
            };
            organizations[p.Key] = organization;
            db.DirectoryOrganizations.Add(organization);
        }

        var towns = CheshireEastPlaces.Towns.Take(12).ToList();
        var venues = new Dictionary<(string Town, string Venue), DirectoryLocation>();
        foreach (var (town, district, lat, lon) in towns)
        {
            var number = 1;
            foreach (var venue in Venues)
            {
                var location = new DirectoryLocation
                {
                    Id = Guid.NewGuid(),
                    LocationType = LocationType.Physical,
                    Name = venue.Name.Replace("{town}", town, StringComparison.Ordinal),
                    Latitude = Math.Round(lat + (random.NextDouble() - 0.5) * 0.02, 5),
                    Longitude = Math.Round(lon + (random.NextDouble() - 0.5) * 0.03, 5),
                    LastModified = now,
                };
                location.Addresses.Add(new DirectoryAddress
                {
                    Id = Guid.NewGuid(),
                    LocationId = location.Id,
                    Address1 = $"{number * 7} {venue.Street}",
                    City = town,
                    StateProvince = "Cheshire",
                    PostalCode = $"{district} {random.Next(1, 9)}{(char)('A' + random.Next(0, 20))}{(char)('A' + random.Next(0, 20))}",
                    Country = "GB",
                    AddressType = LocationType.Physical,
                });
                location.Accessibility.Add(new DirectoryAccessibility
                {
                    Id = Guid.NewGuid(),
                    LocationId = location.Id,
                    Description = venue.Key is "community" ? "Step-free entrance; accessible toilet; hearing loop at reception." : "Step-free access throughout; accessible toilet and baby change; lift to all floors.",
                    Details = venue.Key is "leisure" ? "Changing places toilet with hoist." : null,
                });
                venues[(town, venue.Key)] = location;
                db.DirectoryLocations.Add(location);
                number++;
            }
        }

        var services = new List<DirectoryService>();
        foreach (var (town, district, _, _) in towns)
        {
            foreach (var template in Templates)
            {
                var venue = venues[(town, template.Venue)];
                services.Add(Build(template, town, venue, organizations, random, now));
            }
        }

        var online = new DirectoryLocation { Id = Guid.NewGuid(), LocationType = LocationType.Virtual, Name = "Online and by phone", Description = "Available across Cheshire East.", LastModified = now };
        db.DirectoryLocations.Add(online);
        foreach (var template in CountyWide)
        {
            var location = template.InPerson ? venues[("Crewe", "hub")] : online;
            services.Add(Build(template, null, location, organizations, random, now));
        }

        db.DirectoryServices.AddRange(services);
        foreach (var service in services)
        {
            db.DirectoryMetadata.Add(new DirectoryMetadata
            {
                Id = Guid.NewGuid(),
                ResourceId = service.Id,
                ResourceType = "service",
                LastActionDate = now,
                LastActionType = "create",
                FieldName = "*",
                ReplacementValue = "demonstration data",
                UpdatedBy = "Demo content",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static DirectoryService Build(Template template, string? town, DirectoryLocation location, Dictionary<string, DirectoryOrganization> organizations, Random random, DateTime now)
    {
        var name = template.Name.Replace("{town}", town ?? "Cheshire East", StringComparison.Ordinal).Replace("{venue}", location.Name ?? "", StringComparison.Ordinal);
        var organization = organizations[template.Provider];
        var service = new DirectoryService
        {
            Id = Guid.NewGuid(),
            OrganizationId = organization.Id,
            Name = name,
            Description = template.Description + " " + DemoNote,
            Url = organization.Website,
            Email = organization.Email,
            // A few services show the other statuses so the directory and feed handle them.
            Status = random.Next(60) switch { 0 => ServiceStatus.TemporarilyClosed, 1 => ServiceStatus.Inactive, _ => ServiceStatus.Active },
            MinimumAge = template.MinAge,
            MaximumAge = template.MaxAge,
            EligibilityDescription = AgeRange.Describe(template.MinAge, template.MaxAge) + (town is null ? ", living in Cheshire East." : $", living in or near {town}."),
            ApplicationProcess = template.InPerson && !template.Online ? "Just turn up. You do not need to book or be referred." : "Contact the service by phone or online; you can refer yourself.",
            SendSupport = template.Send,
            DeliveredInPerson = template.InPerson,
            DeliveredOnline = template.Online,
            DeliveredByPhone = template.Phone,
            AssuredDate = now.Date.AddDays(-random.Next(5, 400)),
            AssurerEmail = "directory@demo.together.example",
            LastModified = now.AddMinutes(-random.Next(0, 60 * 24 * 200)),
        };
        if (service.Status == ServiceStatus.TemporarilyClosed)
        {
            service.Alert = "Closed for refurbishment until further notice. Please phone before travelling.";
        }

        var serviceAtLocation = new DirectoryServiceAtLocation { Id = Guid.NewGuid(), ServiceId = service.Id, LocationId = location.Id };
        service.ServiceAtLocations.Add(serviceAtLocation);
        foreach (var slot in template.Slots)
        {
            service.Schedules.Add(new DirectorySchedule
            {
                Id = Guid.NewGuid(),
                ServiceId = service.Id,
                Frequency = slot.Frequency,
                ByDay = slot.ByDay,
                OpensAt = slot.Opens,
                ClosesAt = slot.Closes,
                Notes = slot.Notes,
                AttendingType = template.InPerson ? "in_person" : "online",
                ValidFrom = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            });
        }

        service.CostOptions.Add(template.Cost is { } amount
            ? new DirectoryCostOption { Id = Guid.NewGuid(), ServiceId = service.Id, Option = "Per session", Amount = amount, AmountDescription = template.CostText }
            : new DirectoryCostOption { Id = Guid.NewGuid(), ServiceId = service.Id, Option = "Free", Amount = 0, AmountDescription = "Free" });
        service.Fees = template.CostText ?? "Free";

        foreach (var code in template.Languages.Prepend("en"))
        {
            service.Languages.Add(new DirectoryLanguage { Id = Guid.NewGuid(), ServiceId = service.Id, Code = code, Name = LanguageNames[code] });
        }

        service.ServiceAreas.Add(new DirectoryServiceArea
        {
            Id = Guid.NewGuid(),
            ServiceId = service.Id,
            Name = town ?? "Cheshire East",
            AreaId = town is null ? "cheshire-east" : Areas.AreaDemoSeeder.Slug(town),
        });
        service.Contacts.Add(new DirectoryContact { Id = Guid.NewGuid(), ServiceId = service.Id, Name = "Duty team", Title = "Service team", Email = organization.Email });
        service.Phones.Add(new DirectoryPhone { Id = Guid.NewGuid(), ServiceId = service.Id, Number = $"01270 {random.Next(100000, 999999)}", Type = "voice", Description = "Main number" });
        foreach (var code in template.Categories)
        {
            service.Attributes.Add(new DirectoryAttribute { Id = Guid.NewGuid(), ServiceId = service.Id, TaxonomyTermId = FamilySupportTaxonomy.TermId(code) });
        }

        return service;
    }
}
