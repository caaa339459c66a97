namespace Together.Web.Features.ServiceDirectory;

/// <summary>
/// The Trust's category tree for family support, published as an ORUK taxonomy. Ids are fixed (derived from the codes)
/// so links and feeds stay stable between installations.
/// </summary>
public static class FamilySupportTaxonomy
{
    public static readonly Guid TaxonomyId = Guid.Parse("6b3c7d2e-8f41-4a5b-9c0d-1e2f3a4b5c6d");
    public const string Name = "Together family support categories";

    public sealed record Term(string Code, string Name, string Description, string? Parent);

    public static readonly IReadOnlyList<Term> Terms =
    [
        new("early-years", "Early years and childcare", "Support for babies, toddlers and pre-school children and their families.", null),
        new("stay-and-play", "Stay and play", "Sessions where parents and carers play with their young children and meet others.", "early-years"),
        new("childcare", "Childcare and nurseries", "Nurseries, childminders and funded childcare places.", "early-years"),
        new("baby-groups", "Baby groups", "Groups for parents and babies under one.", "early-years"),
        new("health", "Health", "Health services for children, young people and families.", null),
        new("health-visiting", "Health visiting", "Health visitors support families with children under five.", "health"),
        new("school-nursing", "School nursing", "School nurses support the health of children at school.", "health"),
        new("sexual-health", "Sexual health", "Confidential sexual health advice and clinics for young people.", "health"),
        new("speech-and-language", "Speech and language", "Help with talking, listening and understanding.", "health"),
        new("mental-health", "Mental health and wellbeing", "Support with feelings, worries and emotional wellbeing.", null),
        new("counselling", "Counselling", "Talking therapy with a trained counsellor.", "mental-health"),
        new("peer-support", "Peer support", "Groups to meet people with similar experiences.", "mental-health"),
        new("bereavement", "Bereavement", "Support after someone has died.", "mental-health"),
        new("send", "SEND (special educational needs and disabilities)", "Support for children and young people with special educational needs and disabilities and their families.", null),
        new("short-breaks", "Short breaks", "Activities and care that give disabled children fun and their carers a break.", "send"),
        new("send-advice", "SEND information and advice", "Impartial advice about SEND support, EHC plans and school.", "send"),
        new("autism-adhd", "Autism and ADHD support", "Support for neurodivergent children and young people and their families.", "send"),
        new("youth-activities", "Youth activities", "Things to do for young people.", null),
        new("youth-clubs", "Youth clubs", "Safe places to meet friends and try new things.", "youth-activities"),
        new("sport", "Sport and physical activity", "Sports clubs, swimming and being active.", "youth-activities"),
        new("arts-and-music", "Arts and music", "Drama, music, art and creative activities.", "youth-activities"),
        new("volunteering", "Volunteering", "Ways to help others and gain experience.", "youth-activities"),
        new("parenting", "Parenting and family support", "Help with being a parent or carer and with family life.", null),
        new("parenting-courses", "Parenting courses", "Courses for parents and carers.", "parenting"),
        new("family-support", "Family support", "Practical and emotional support for families.", "parenting"),
        new("young-carers", "Young carers", "Support for children and young people who look after someone.", "parenting"),
        new("money-and-housing", "Money and housing", "Help with money, food, benefits and housing.", null),
        new("benefits-advice", "Benefits and debt advice", "Free advice about benefits, debt and budgeting.", "money-and-housing"),
        new("food", "Food support", "Food banks, community pantries and holiday meals.", "money-and-housing"),
        new("housing", "Housing", "Help with housing problems and homelessness.", "money-and-housing"),
        new("safety", "Staying safe", "Help to stay safe at home, online and in the community.", null),
        new("domestic-abuse", "Domestic abuse", "Confidential support for anyone affected by domestic abuse.", "safety"),
        new("online-safety", "Online safety", "Help to stay safe online.", "safety"),
        new("exploitation", "Exploitation and county lines", "Support for young people at risk of being exploited.", "safety"),
        new("education-and-training", "Education and training", "Learning, tutoring, careers and skills.", null),
        new("tutoring", "Homework and tutoring", "Help with schoolwork.", "education-and-training"),
        new("careers", "Careers and jobs", "Advice about careers, apprenticeships and jobs.", "education-and-training"),
        new("adult-learning", "Learning for parents", "Courses for parents and carers, including English.", "education-and-training"),
    ];

    /// <summary>A stable id for a term code (name-based, so every installation and test gets the same ids).</summary>
    public static Guid TermId(string code)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("together-taxonomy-term:" + code));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5 style
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}

/// <summary>
/// Postcode districts and towns of Cheshire East at their town centres, for distance search without an online lookup.
/// These are approximate (a district covers many streets); import the ONS Postcode Directory for exact postcodes.
/// </summary>
public static class CheshireEastPlaces
{
    public static readonly IReadOnlyList<(string District, string Town, double Latitude, double Longitude)> Districts =
    [
        ("CW1", "Crewe", 53.0979, -2.4416),
        ("CW2", "Crewe (south) and Shavington", 53.0805, -2.4500),
        ("CW3", "Audlem", 52.9893, -2.5073),
        ("CW4", "Holmes Chapel", 53.2005, -2.3573),
        ("CW5", "Nantwich", 53.0676, -2.5218),
        ("CW10", "Middlewich", 53.1921, -2.4430),
        ("CW11", "Sandbach", 53.1445, -2.3633),
        ("CW12", "Congleton", 53.1632, -2.2131),
        ("SK9", "Wilmslow and Handforth", 53.3269, -2.2310),
        ("SK10", "Macclesfield (north) and Bollington", 53.2700, -2.1250),
        ("SK11", "Macclesfield (south)", 53.2480, -2.1330),
        ("SK12", "Poynton", 53.3490, -2.1230),
        ("WA16", "Knutsford", 53.3030, -2.3740),
        ("ST7", "Alsager", 53.0960, -2.3050),
    ];

    public static readonly IReadOnlyList<(string Town, string District, double Latitude, double Longitude)> Towns =
    [
        ("Crewe", "CW1", 53.0979, -2.4416),
        ("Macclesfield", "SK11", 53.2587, -2.1270),
        ("Congleton", "CW12", 53.1632, -2.2131),
        ("Wilmslow", "SK9", 53.3269, -2.2310),
        ("Sandbach", "CW11", 53.1445, -2.3633),
        ("Poynton", "SK12", 53.3490, -2.1230),
        ("Nantwich", "CW5", 53.0676, -2.5218),
        ("Middlewich", "CW10", 53.1921, -2.4430),
        ("Knutsford", "WA16", 53.3030, -2.3740),
        ("Alsager", "ST7", 53.0960, -2.3050),
        ("Handforth", "SK9", 53.3480, -2.2140),
        ("Bollington", "SK10", 53.2950, -2.1070),
        ("Holmes Chapel", "CW4", 53.2005, -2.3573),
        ("Audlem", "CW3", 52.9893, -2.5073),
    ];

    public static string TownKey(string name) => string.Join(' ', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static IEnumerable<DirectoryPlace> All()
    {
        foreach (var (district, town, lat, lon) in Districts)
        {
            yield return new DirectoryPlace { Key = district, Display = district, Kind = PlaceKind.District, Latitude = lat, Longitude = lon, IsApproximate = true, Source = "Town centre (approximate)" };
        }

        foreach (var (town, _, lat, lon) in Towns)
        {
            yield return new DirectoryPlace { Key = TownKey(town), Display = town, Kind = PlaceKind.Town, Latitude = lat, Longitude = lon, IsApproximate = true, Source = "Town centre (approximate)" };
        }
    }
}
