using Together.Web.Features.ServiceDirectory;

namespace Together.Tests.ServiceDirectory;

/// <summary>The in-memory search index's filters, distances and order, with known answers.</summary>
public sealed class ServiceIndexTests
{
    private static readonly GeoPoint Crewe = new(53.0979, -2.4410);
    private static readonly Guid Speech = Guid.NewGuid();
    private static readonly Guid Youth = Guid.NewGuid();

    private static IndexedService Service(
        string name, IndexedLink[]? links = null, Guid[]? terms = null, int? min = null, int? max = null,
        ServiceStatus status = ServiceStatus.Active, bool charged = false, DirectorySchedule[]? schedules = null) =>
        new(Guid.NewGuid(), name, status, Guid.Empty, new DateTime(2026, 11, 1), min, max, false, true, false, false, charged,
            terms ?? [], [], ["en"], schedules ?? [], links ?? []);

    private static IndexedLink At(double latitude, double longitude) => new(Guid.NewGuid(), LocationType.Physical, latitude, longitude);

    private static IndexedLink Online() => new(Guid.NewGuid(), LocationType.Virtual, null, null);

    [Fact]
    public void Near_a_place_results_are_nearest_first_within_the_radius_and_online_services_count_as_anywhere()
    {
        var far = Service("Far club", [At(53.35, -2.13)]); // Macclesfield, about 30 km away
        var next = Service("Next door club", [At(53.0985, -2.4420)]);
        var mile = Service("A mile away club", [At(53.1120, -2.4410)]);
        var online = Service("Online club", [Online()]);
        var noCoordinates = Service("Somewhere club", [new IndexedLink(Guid.NewGuid(), LocationType.Physical, null, null)]);
        var nowhere = Service("Nowhere club");
        var index = new ServiceIndex([far, next, mile, online, noCoordinates, nowhere]);

        var found = index.Services(new ServiceFilter { Near = Crewe, RadiusMetres = 5 * Geo.MetresPerMile }, null, places: true).Matches;

        Assert.Equal(["Next door club", "A mile away club", "Online club"], found.Select(m => m.Service.Name));
        Assert.InRange(found[1].Distance!.Value, 1_500, 1_600);
        Assert.Null(found[2].Distance);
    }

    [Fact]
    public void A_service_in_two_places_is_one_result_at_its_closer_place_but_two_service_at_locations()
    {
        var closer = At(53.0985, -2.4420);
        var twoPlaces = Service("Two places", [At(53.1120, -2.4410), closer]);
        var index = new ServiceIndex([twoPlaces]);
        var filter = new ServiceFilter { Near = Crewe, RadiusMetres = 10_000 };

        var services = index.Services(filter, null, places: true).Matches;
        var links = index.ServiceAtLocations(filter, null).Matches;

        Assert.Equal(closer.LinkId, Assert.Single(services).Link!.LinkId);
        Assert.Equal([closer.LinkId, twoPlaces.Links.Single(l => l != closer).LinkId], links.Select(m => m.Link!.LinkId));
    }

    [Fact]
    public void Keyword_results_are_in_rank_order_then_by_name_and_only_services_the_keywords_found_match()
    {
        var index = new ServiceIndex([Service("Bravo"), Service("Alpha"), Service("Charlie"), Service("Delta")]);
        int Position(string name) => Enumerable.Range(0, index.Count).Single(p => index.Services(new ServiceFilter(), null, false).Matches[p].Service.Name == name);
        var ranks = new TextMatches(new Dictionary<int, double> { [Position("Charlie")] = -5, [Position("Bravo")] = -1, [Position("Alpha")] = -1 });

        var found = index.Services(new ServiceFilter(), ranks, places: false).Matches;

        Assert.Equal(["Charlie", "Alpha", "Bravo"], found.Select(m => m.Service.Name));
        Assert.Equal(["Alpha", "Bravo", "Charlie", "Delta"], index.Services(new ServiceFilter(), null, false).Matches.Select(m => m.Service.Name));
    }

    [Fact]
    public void Filters_combine_category_age_overlap_cost_and_status()
    {
        var index = new ServiceIndex(
        [
            Service("Speech for under fives", terms: [Speech], min: 0, max: 5),
            Service("Speech for any age", terms: [Speech]),
            Service("Speech for teenagers", terms: [Speech], min: 13, max: 19),
            Service("Youth club for toddlers", terms: [Youth], min: 0, max: 4),
            Service("Speech, paid", terms: [Speech], min: 2, max: 4, charged: true),
            Service("Speech, closed for good", terms: [Speech], status: ServiceStatus.Defunct),
            Service("Speech, closed for now", terms: [Speech], status: ServiceStatus.TemporarilyClosed),
        ]);

        var found = index.Services(
            new ServiceFilter { TermIds = [Speech], MinimumAge = 3, MaximumAge = 3, FreeOnly = true, PublicOnly = true }, null, places: false).Matches;

        Assert.Equal(["Speech for any age", "Speech for under fives", "Speech, closed for now"], found.Select(m => m.Service.Name));
    }

    [Fact]
    public void Day_and_time_filters_need_one_schedule_that_fits_them_all()
    {
        DirectorySchedule Weekly(string byDay, string opens, string closes) =>
            new() { Frequency = ScheduleFrequency.Weekly, ByDay = byDay, OpensAt = opens, ClosesAt = closes };
        var index = new ServiceIndex(
        [
            Service("Tuesday mornings", schedules: [Weekly("TU,TH", "09:30", "12:00")]),
            Service("Tuesday evenings", schedules: [Weekly("TU", "18:00", "20:00")]),
            // Open on Tuesdays and in the mornings, but never on a Tuesday morning.
            Service("Split", schedules: [Weekly("TU", "18:00", "20:00"), Weekly("MO", "09:00", "12:00")]),
            Service("No times"),
        ]);

        var oruk = index.Services(new ServiceFilter { Day = "TU", StartTime = new TimeOnly(9, 0), EndTime = new TimeOnly(12, 30) }, null, false).Matches;
        var during = index.Services(new ServiceFilter { Day = "TU", OpenDuring = (new TimeOnly(11, 0), new TimeOnly(13, 0)) }, null, false).Matches;

        Assert.Equal(["Tuesday mornings"], oruk.Select(m => m.Service.Name));
        Assert.Equal(["Tuesday mornings"], during.Select(m => m.Service.Name));
    }

    [Fact]
    public void Open_now_follows_the_schedules_whole_rule_in_uk_time()
    {
        var firstSaturdays = new DirectorySchedule { Frequency = ScheduleFrequency.Monthly, ByDay = "1SA", OpensAt = "10:00", ClosesAt = "13:00" };
        var index = new ServiceIndex([Service("First Saturdays", [At(53.1, -2.44)], schedules: [firstSaturdays])]);

        // 7 November 2026 is the first Saturday; 14 November is not. 10:30 UTC is 10:30 in the UK in November.
        var first = index.Services(new ServiceFilter { OpenAt = new DateTimeOffset(2026, 11, 7, 10, 30, 0, TimeSpan.Zero) }, null, places: true).Matches;
        var second = index.Services(new ServiceFilter { OpenAt = new DateTimeOffset(2026, 11, 14, 10, 30, 0, TimeSpan.Zero) }, null, places: true).Matches;

        Assert.Single(first);
        Assert.Empty(second);
    }

    [Fact]
    public void Asking_for_only_the_first_page_gives_the_same_first_results_and_total_as_ordering_them_all()
    {
        var random = new Random(7);
        var services = Enumerable.Range(0, 500)
            .Select(i => Service($"Club {i:000}", [At(53.0979 + random.NextDouble() * 0.05, -2.4410 + random.NextDouble() * 0.05)], min: random.Next(0, 10)))
            .ToList();
        var index = new ServiceIndex(services);
        var text = new TextMatches(Enumerable.Range(0, index.Count).Where(p => p % 3 != 0).Select(p => KeyValuePair.Create(p, (double)-(p % 7))));
        var filter = new ServiceFilter { Near = Crewe, RadiusMetres = 4_000, MaximumAge = 6 };

        // Nearest first, ranked, both, and neither (index order); the first page and the first two pages.
        (bool Places, TextMatches? Keywords, int Wanted)[] cases =
            [(true, text, 20), (true, text, 40), (true, null, 20), (true, null, 40), (false, text, 20), (false, text, 40), (false, null, 20), (false, null, 40)];
        foreach (var (places, keywords, wanted) in cases)
        {
            var all = index.Services(filter with { Near = places ? Crewe : null }, keywords, places, wanted: int.MaxValue);
            var first = index.Services(filter with { Near = places ? Crewe : null }, keywords, places, wanted);

            Assert.Equal(all.Total, first.Total);
            Assert.True(all.Total > 100);
            Assert.Equal(all.Matches.Take(wanted).Select(m => (m.Service.Name, m.Distance)), first.Matches.Take(wanted).Select(m => (m.Service.Name, m.Distance)));
        }

        var links = index.ServiceAtLocations(filter, text, wanted: 20);
        Assert.Equal(index.ServiceAtLocations(filter, text).Matches.Take(20), links.Matches.Take(20));
    }

    [Fact]
    public void Keywords_and_categories_together_find_exactly_the_services_with_both()
    {
        // 200 services, so positions run across several 64-bit words of the category bit set.
        var services = Enumerable.Range(0, 200)
            .Select(i => Service($"Group {i:000}", terms: i % 5 == 0 ? [Speech] : i % 7 == 0 ? [Youth] : []))
            .ToList();
        var index = new ServiceIndex(services);
        var found = Enumerable.Range(0, index.Count).Where(p => p % 3 == 0).ToList();
        var text = new TextMatches(found.Select(p => KeyValuePair.Create(p, 0.0)));

        var result = index.Services(new ServiceFilter { TermIds = [Speech, Youth] }, text, places: false);

        var expected = services.Select((s, i) => (s.Name, i)).Where(x => x.i % 3 == 0 && (x.i % 5 == 0 || x.i % 7 == 0)).Select(x => x.Name).Order();
        Assert.Equal(expected, result.Matches.Select(m => m.Service.Name).Order());
        Assert.Equal(expected.Count(), result.Total);
        Assert.Contains(result.Matches, m => m.Position >= 128);
    }

    [Fact]
    public void Kept_keyword_results_are_bounded_by_how_many_services_they_found_in_all()
    {
        var directory = new IndexedDirectory(new ServiceIndex([]), maxKeptPositions: 10);
        TextMatches Found(int count) => new(Enumerable.Range(0, count).Select(p => KeyValuePair.Create(p, 0.0)));

        directory.KeepTextRanks("club", Found(6));
        Assert.True(directory.TryGetTextRanks("club", out _));

        // Keeping this as well would hold 12 positions: the earlier results are dropped to make room.
        directory.KeepTextRanks("youth", Found(6));
        Assert.False(directory.TryGetTextRanks("club", out _));
        Assert.True(directory.TryGetTextRanks("youth", out _));

        // A result larger than the whole allowance is not kept at all.
        directory.KeepTextRanks("the", Found(11));
        Assert.False(directory.TryGetTextRanks("the", out _));
    }
}
