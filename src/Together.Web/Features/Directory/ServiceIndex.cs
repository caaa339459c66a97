namespace Together.Web.Features.ServiceDirectory;

/// <summary>Where a service is offered: one service-at-location, with the place's coordinates when it has them.</summary>
public sealed record IndexedLink(Guid LinkId, LocationType LocationType, double? Latitude, double? Longitude);

/// <summary>What searching needs to know about one service, and nothing a person could be identified by.</summary>
public sealed record IndexedService(
    Guid Id,
    string Name,
    ServiceStatus Status,
    Guid OrganizationId,
    DateTime LastModified,
    int? MinimumAge,
    int? MaximumAge,
    bool SendSupport,
    bool InPerson,
    bool Online,
    bool ByPhone,
    bool Charged,
    IReadOnlyList<Guid> TermIds,
    IReadOnlyList<Guid> TaxonomyIds,
    IReadOnlyList<string> LanguageCodes,
    IReadOnlyList<DirectorySchedule> Schedules,
    IReadOnlyList<IndexedLink> Links);

/// <summary>One match: the service, the service-at-location it was found through (when places matter), its distance and its text rank.</summary>
public readonly record struct IndexMatch(IndexedService Service, IndexedLink? Link, double? Distance, double Rank);

/// <summary>
/// Every service's searchable facts, held in memory, so a search with filters reads no database rows: at 100,000
/// services the same filters in SQL cost about 60 ms a search (measured on 2 cores). The text part of a search still
/// comes from the database's full-text index (see ServiceSearch); this class applies the filters, the distance and
/// the order. It is read by many requests at once and never changed after it is built.
/// </summary>
public sealed class ServiceIndex
{
    private readonly IndexedService[] byName;
    private readonly Dictionary<Guid, int> positions;
    private readonly Dictionary<Guid, int[]> byTerm;

    public ServiceIndex(IEnumerable<IndexedService> services)
    {
        // Name then id: the order of a search without keywords or a place, and the tie-break everywhere else.
        byName = services
            .Select(s => s with { Links = s.Links.OrderBy(l => l.LinkId).ToArray() })
            .OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Id).ToArray();
        positions = new Dictionary<Guid, int>(byName.Length);
        var terms = new Dictionary<Guid, List<int>>();
        for (var i = 0; i < byName.Length; i++)
        {
            positions[byName[i].Id] = i;
            foreach (var term in byName[i].TermIds.Distinct())
            {
                if (!terms.TryGetValue(term, out var list))
                {
                    terms[term] = list = [];
                }

                list.Add(i);
            }
        }

        byTerm = terms.ToDictionary(t => t.Key, t => t.Value.ToArray());
    }

    public int Count => byName.Length;

    /// <summary>Where a service sits in the index, for turning full-text hits (by service id) into positions.</summary>
    public bool TryGetPosition(Guid serviceId, out int position) => positions.TryGetValue(serviceId, out position);

    /// <summary>
    /// The matching services in order (text rank, then name and id), one entry per service. When <paramref name="places"/>
    /// is true, the closest of each service's places counts, and only services offered somewhere match (as when
    /// searching near a place or by opening time).
    /// </summary>
    /// <param name="textRanks">Positions of the services the keywords found, with their rank (lower is better); null when there are no keywords.</param>
    public List<IndexMatch> Services(ServiceFilter filter, IReadOnlyDictionary<int, double>? textRanks, bool places) =>
        Scan(filter, textRanks, places ? Mode.ClosestPlace : Mode.Service);

    /// <summary>The matching service-at-locations in order (nearest first when searching near a place, then text rank, name and link id).</summary>
    public List<IndexMatch> ServiceAtLocations(ServiceFilter filter, IReadOnlyDictionary<int, double>? textRanks) =>
        Scan(filter, textRanks, Mode.EveryPlace);

    private enum Mode
    {
        Service,
        ClosestPlace,
        EveryPlace,
    }

    // Plain loops over arrays: this runs for every search, over thousands of services at a time.
    private List<IndexMatch> Scan(ServiceFilter filter, IReadOnlyDictionary<int, double>? textRanks, Mode mode)
    {
        var check = Check.From(filter);
        var proximity = Proximity.From(filter);
        var matches = new List<IndexMatch>();
        foreach (var position in CandidatePositions(filter, textRanks))
        {
            var rank = 0d;
            if (textRanks is not null && !textRanks.TryGetValue(position, out rank))
            {
                continue;
            }

            var service = byName[position];
            if (!check.Matches(service))
            {
                continue;
            }

            if (mode == Mode.Service)
            {
                matches.Add(new IndexMatch(service, null, null, rank));
                continue;
            }

            IndexMatch? closest = null;
            var links = service.Links;
            for (var i = 0; i < links.Count; i++)
            {
                if (!proximity.Within(links[i], out var distance))
                {
                    continue;
                }

                if (mode == Mode.EveryPlace)
                {
                    matches.Add(new IndexMatch(service, links[i], distance, rank));
                }
                else if (closest is null || (distance ?? 0) < (closest.Value.Distance ?? 0))
                {
                    closest = new IndexMatch(service, links[i], distance, rank);
                }
            }

            if (closest is { } found)
            {
                matches.Add(found);
            }
        }

        return Sort(matches, filter.Near is not null, textRanks is not null);
    }

    /// <summary>
    /// The smallest set to test, in index order: the services in the chosen categories, else those the keywords found,
    /// else all.
    /// </summary>
    private IEnumerable<int> CandidatePositions(ServiceFilter filter, IReadOnlyDictionary<int, double>? textRanks)
    {
        if (filter.TermIds.Count > 0)
        {
            var lists = filter.TermIds.Distinct().Select(t => byTerm.GetValueOrDefault(t)).OfType<int[]>().ToList();
            var inTerms = lists.Count == 1 ? lists[0] : lists.SelectMany(l => l).Distinct().Order().ToArray();
            return textRanks is not null && textRanks.Count < inTerms.Length
                ? textRanks.Keys.Where(p => Array.BinarySearch(inTerms, p) >= 0).Order()
                : inTerms;
        }

        return textRanks is not null ? textRanks.Keys.Order() : Enumerable.Range(0, byName.Length);
    }

    /// <summary>Whether a place is within the search's radius, and how far it is, worked out once per search.</summary>
    private readonly struct Proximity
    {
        private readonly GeoPoint? near;
        private readonly double? limit;
        private readonly (double MinLat, double MaxLat, double MinLon, double MaxLon)? box;

        private Proximity(GeoPoint? near, double? limit)
        {
            this.near = near;
            this.limit = limit;
            box = near is { } centre && limit is { } radius ? Geo.BoundingBox(centre, radius) : null;
        }

        public static Proximity From(ServiceFilter filter) => new(filter.Near, filter.RadiusMetres);

        public bool Within(IndexedLink link, out double? distance)
        {
            distance = null;
            if (near is not { } point || link.Latitude is not { } lat || link.Longitude is not { } lon)
            {
                // Services without a place (online, phone) are "anywhere", so they stay in when searching near a place;
                // a physical place without coordinates cannot be shown to be near.
                return box is null || link.LocationType == LocationType.Virtual;
            }

            // The box contains the circle, so outside it is too far without working out the distance.
            if (box is { } b && (lat < b.MinLat || lat > b.MaxLat || lon < b.MinLon || lon > b.MaxLon))
            {
                return false;
            }

            distance = Geo.DistanceMetres(point, new GeoPoint(lat, lon));
            return limit is not { } most || distance <= most;
        }
    }

    private static List<IndexMatch> Sort(List<IndexMatch> matches, bool nearestFirst, bool ranked)
    {
        if (!nearestFirst && !ranked)
        {
            // Candidates come in index order (name, then id) and each service's places in link-id order already.
            return matches;
        }

        var order = nearestFirst
            ? matches.OrderBy(m => m.Distance ?? double.MaxValue).ThenBy(m => m.Rank)
            : matches.OrderBy(m => m.Rank);
        return order.ThenBy(m => m.Service.Name, StringComparer.Ordinal).ThenBy(m => m.Service.Id).ThenBy(m => m.Link?.LinkId).ToList();
    }

    /// <summary>The filters that do not depend on keywords or places, worked out once per search.</summary>
    private sealed class Check
    {
        private ServiceFilter filter = null!;
        private string? start, end, duringFrom, duringTo, openCode, openTime;
        private DateTime openLocal;
        private bool anySchedule;

        public static Check From(ServiceFilter filter)
        {
            // The chosen categories are not checked here: the candidates are only ever services in them.
            var check = new Check { filter = filter };
            check.start = filter.StartTime?.ToString("HH:mm");
            check.end = filter.EndTime?.ToString("HH:mm");
            check.duringFrom = filter.OpenDuring?.From.ToString("HH:mm");
            check.duringTo = filter.OpenDuring?.To.ToString("HH:mm");
            check.anySchedule = filter.Day is not null || check.start is not null || check.end is not null || check.duringFrom is not null;
            if (filter.OpenAt is { } at)
            {
                check.openLocal = OpeningTimes.ToLondon(at);
                check.openCode = ScheduleText.DayCodes[ScheduleText.DayIndex(check.openLocal.DayOfWeek)];
                check.openTime = check.openLocal.ToString("HH:mm");
            }

            return check;
        }

        public bool Matches(IndexedService s)
        {
            var f = filter;
            if (f.PublicOnly ? s.Status is not (ServiceStatus.Active or ServiceStatus.TemporarilyClosed) : f.LeaveOutDefunct && s.Status == ServiceStatus.Defunct)
            {
                return false;
            }

            if ((f.TaxonomyId is { } taxonomy && !s.TaxonomyIds.Contains(taxonomy))
                || (f.OrganizationId is { } organization && s.OrganizationId != organization)
                || (f.ModifiedAfter is { } after && s.LastModified < after))
            {
                return false;
            }

            // Age overlap (AgeRange.Overlaps): a missing limit on the service means no limit.
            if ((f.MinimumAge is { } min && s.MaximumAge is { } serviceMax && serviceMax < min)
                || (f.MaximumAge is { } max && s.MinimumAge is { } serviceMin && serviceMin > max))
            {
                return false;
            }

            if (anySchedule && !s.Schedules.Any(FitsTimes))
            {
                return false;
            }

            // Open now: the day and time first (cheap), then the schedule's full rule (dates, intervals, ordinals).
            if (openCode is not null
                && !(s.Schedules.Any(x => Contains(x.ByDay, openCode) && Before(x.OpensAt, openTime, orEqual: true) && Before(openTime, x.ClosesAt, orEqual: false))
                     && s.Schedules.Any(x => OpeningTimes.IsOpenAt(x, openLocal))))
            {
                return false;
            }

            if ((f.FreeOnly && s.Charged) || (f.SendOnly && !s.SendSupport)
                || (f.LanguageCode is { } language && !s.LanguageCodes.Contains(language)))
            {
                return false;
            }

            return !(f.InPerson || f.Online || f.ByPhone) || (f.InPerson && s.InPerson) || (f.Online && s.Online) || (f.ByPhone && s.ByPhone);
        }

        private bool FitsTimes(DirectorySchedule x) =>
            (filter.Day is null || Contains(x.ByDay, filter.Day))
            && (start is null || Before(start, x.OpensAt, orEqual: true))
            && (end is null || Before(x.ClosesAt, end, orEqual: true))
            && (duringFrom is null || (Before(x.OpensAt, duringTo, orEqual: false) && Before(duringFrom, x.ClosesAt, orEqual: false)));

        private static bool Contains(string? byDay, string code) => byDay is not null && byDay.Contains(code, StringComparison.Ordinal);

        // Times are "HH:mm" text, compared as text (as the database did); a missing time never matches.
        private static bool Before(string? a, string? b, bool orEqual) =>
            a is not null && b is not null && (orEqual ? string.CompareOrdinal(a, b) <= 0 : string.CompareOrdinal(a, b) < 0);
    }
}
