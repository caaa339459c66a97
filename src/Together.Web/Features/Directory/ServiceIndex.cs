using System.Collections.Concurrent;

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

/// <summary>
/// One match: the service, the service-at-location it was found through (when places matter), its distance and its
/// text rank, and its place in the index (name then id order).
/// </summary>
public readonly record struct IndexMatch(IndexedService Service, IndexedLink? Link, double? Distance, double Rank, int Position);

/// <summary>The matches in order (the first <c>wanted</c> of them at least, or all when there are fewer), and how many there are in all.</summary>
public sealed record IndexResult(IReadOnlyList<IndexMatch> Matches, int Total);

/// <summary>What keywords found, as index positions in ascending order with their rank (lower is better).</summary>
public sealed class TextMatches
{
    public TextMatches(IEnumerable<KeyValuePair<int, double>> ranks)
    {
        var sorted = ranks.OrderBy(r => r.Key).ToArray();
        Positions = sorted.Select(r => r.Key).ToArray();
        Ranks = sorted.Select(r => r.Value).ToArray();
    }

    public int[] Positions { get; }

    public double[] Ranks { get; }
}

/// <summary>
/// Every service's searchable facts, held in memory, so a search with filters reads no database rows: at 100,000
/// services the same filters in SQL cost about 60 ms a search (measured on 2 cores). The text part of a search still
/// comes from the database's full-text index (see ServiceSearch); this class applies the filters, the distance and
/// the order. It is read by many requests at once and never changed after it is built.
/// </summary>
public sealed class ServiceIndex
{
    private readonly IndexedService[] byName;
    private readonly Facts[] facts;
    // Every service's places in one array (in index order, each service's in link-id order): service i's are
    // places[placeStart[i]..placeStart[i + 1]], so distances are worked out without following a reference per place.
    private readonly PlaceFacts[] places;
    private readonly int[] placeStart;
    private readonly Dictionary<Guid, int> positions;
    private readonly Dictionary<Guid, int[]> byTerm;
    private readonly ConcurrentDictionary<string, Category> categories = new(StringComparer.Ordinal);
    private int categoryBytesKept;

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
        facts = byName.Select(Facts.Of).ToArray();
        placeStart = new int[byName.Length + 1];
        for (var i = 0; i < byName.Length; i++)
        {
            placeStart[i + 1] = placeStart[i] + byName[i].Links.Count;
        }

        places = byName.SelectMany(s => s.Links).Select(PlaceFacts.Of).ToArray();
    }

    /// <summary>Memory for the kept category lists, at most (each is 4 bytes a service in it and 1 bit a service in the index).</summary>
    public const int MaxKeptCategoryBytes = 16 * 1024 * 1024;

    public int Count => byName.Length;

    /// <summary>Where a service sits in the index, for turning full-text hits (by service id) into positions.</summary>
    public bool TryGetPosition(Guid serviceId, out int position) => positions.TryGetValue(serviceId, out position);

    /// <summary>
    /// The matching services in order (text rank, then name and id), one entry per service. When <paramref name="places"/>
    /// is true, the closest of each service's places counts, and only services offered somewhere match (as when
    /// searching near a place or by opening time). At least the first <paramref name="wanted"/> are in order.
    /// </summary>
    /// <param name="text">What the keywords found; null when there are no keywords.</param>
    public IndexResult Services(ServiceFilter filter, TextMatches? text, bool places, int wanted = int.MaxValue) =>
        Scan(filter, text, places ? Mode.ClosestPlace : Mode.Service, wanted);

    /// <summary>The matching service-at-locations in order (nearest first when searching near a place, then text rank, name and link id).</summary>
    public IndexResult ServiceAtLocations(ServiceFilter filter, TextMatches? text, int wanted = int.MaxValue) =>
        Scan(filter, text, Mode.EveryPlace, wanted);

    private enum Mode
    {
        Service,
        ClosestPlace,
        EveryPlace,
    }

    // Plain loops over arrays: this runs for every search, over thousands of services at a time. The compact facts are
    // tried first, so most services that cannot match are turned away without reading the rest of their record.
    private IndexResult Scan(ServiceFilter filter, TextMatches? text, Mode mode, int wanted)
    {
        var check = Check.From(filter);
        var proximity = Proximity.From(filter);
        var quick = QuickCheck.From(filter, usePlaces: mode != Mode.Service);
        var found = new Collector(wanted, nearestFirst: filter.Near is not null, ranked: text is not null);

        void Consider(int position, double rank)
        {
            if (!quick.Passes(in facts[position]) || (!check.TakesAll && !check.Matches(byName[position])))
            {
                return;
            }

            if (mode == Mode.Service)
            {
                found.Add(new IndexMatch(byName[position], null, null, rank, position));
                return;
            }

            var (first, end) = (placeStart[position], placeStart[position + 1]);
            var closest = -1;
            double? closestDistance = null;
            for (var i = first; i < end; i++)
            {
                if (!proximity.Within(in places[i], out var distance))
                {
                    continue;
                }

                if (mode == Mode.EveryPlace)
                {
                    found.Add(new IndexMatch(byName[position], byName[position].Links[i - first], distance, rank, position));
                }
                else if (closest < 0 || (distance ?? 0) < (closestDistance ?? 0))
                {
                    (closest, closestDistance) = (i, distance);
                }
            }

            if (closest >= 0)
            {
                found.Add(new IndexMatch(byName[position], byName[position].Links[closest - first], closestDistance, rank, position));
            }
        }

        // The candidates, in index order: the services found by the keywords that are in the chosen categories (each
        // looked up in the categories' bit set), else those in the categories, else those found, else all.
        var inTerms = filter.TermIds.Count > 0 ? CategoryOf(filter.TermIds) : null;
        if (inTerms is not null && text is not null)
        {
            var (bits, hits) = (inTerms.Bits, text.Positions);
            for (var j = 0; j < hits.Length; j++)
            {
                if ((bits[hits[j] >> 6] & (1UL << hits[j])) != 0)
                {
                    Consider(hits[j], text.Ranks[j]);
                }
            }
        }
        else if (inTerms is not null)
        {
            foreach (var position in inTerms.Positions)
            {
                Consider(position, 0);
            }
        }
        else if (text is not null)
        {
            for (var j = 0; j < text.Positions.Length; j++)
            {
                Consider(text.Positions[j], text.Ranks[j]);
            }
        }
        else
        {
            for (var position = 0; position < byName.Length; position++)
            {
                Consider(position, 0);
            }
        }

        return found.Result();
    }

    /// <summary>The services in any of these categories: their positions in index order, and as a bit set.</summary>
    private sealed record Category(int[] Positions, ulong[] Bits)
    {
        public int Bytes => (Positions.Length * sizeof(int)) + (Bits.Length * sizeof(ulong));
    }

    /// <summary>The services in any of these categories; kept, as the same few category choices recur.</summary>
    private Category CategoryOf(IReadOnlyList<Guid> termIds)
    {
        var key = string.Join(',', termIds.Order());
        if (categories.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var positions = termIds.Distinct().Select(t => byTerm.GetValueOrDefault(t)).OfType<int[]>().SelectMany(l => l).Distinct().Order().ToArray();
        var bits = new ulong[(byName.Length + 63) / 64];
        foreach (var position in positions)
        {
            bits[position >> 6] |= 1UL << position;
        }

        var category = new Category(positions, bits);
        // Bounded by size: only so many category choices exist, but the key comes from the request.
        if (Volatile.Read(ref categoryBytesKept) + category.Bytes <= MaxKeptCategoryBytes && categories.TryAdd(key, category))
        {
            Interlocked.Add(ref categoryBytesKept, category.Bytes);
        }

        return category;
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

        public bool Within(in PlaceFacts place, out double? distance)
        {
            distance = null;
            if (near is not { } point || !place.Located)
            {
                // Services without a place (online, phone) are "anywhere", so they stay in when searching near a place;
                // a physical place without coordinates cannot be shown to be near.
                return box is null || place.Virtual;
            }

            var (lat, lon) = (place.Latitude, place.Longitude);
            // The box contains the circle, so outside it is too far without working out the distance.
            if (box is { } b && (lat < b.MinLat || lat > b.MaxLat || lon < b.MinLon || lon > b.MaxLon))
            {
                return false;
            }

            distance = Geo.DistanceMetres(point, new GeoPoint(lat, lon));
            return limit is not { } most || distance <= most;
        }
    }

    /// <summary>
    /// Keeps what a page of results needs while the matches are found: the count, and the first <c>wanted</c> in order.
    /// A search near a town can match thousands of services; only a page or so is shown, so only that many are kept
    /// (a list of every match was most of a search's memory, and large enough to need the collector's large-object heap).
    /// </summary>
    private sealed class Collector
    {
        // Past this many wanted, every match is kept and sorted once (streaming everything, or a very deep page).
        private const int MostKeptInAHeap = 5_000;

        private readonly int wanted;
        private readonly Comparison<IndexMatch>? compare;
        private readonly PriorityQueue<IndexMatch, IndexMatch>? worstFirst;
        private readonly List<IndexMatch> kept = [];
        private int total;

        public Collector(int wanted, bool nearestFirst, bool ranked)
        {
            this.wanted = Math.Max(wanted, 0);
            if (!nearestFirst && !ranked)
            {
                // Candidates come in index order (name, then id) and each service's places in link-id order already.
                return;
            }

            // Nearest first (places with no distance last), then rank, then the index order (name, id), then the place.
            compare = (a, b) =>
            {
                var order = nearestFirst ? (a.Distance ?? double.MaxValue).CompareTo(b.Distance ?? double.MaxValue) : 0;
                order = order != 0 ? order : a.Rank.CompareTo(b.Rank);
                order = order != 0 ? order : a.Position.CompareTo(b.Position);
                return order != 0 ? order : Nullable.Compare(a.Link?.LinkId, b.Link?.LinkId);
            };
            if (this.wanted <= MostKeptInAHeap)
            {
                var order = compare;
                worstFirst = new PriorityQueue<IndexMatch, IndexMatch>(this.wanted + 1, Comparer<IndexMatch>.Create((a, b) => order(b, a)));
            }
        }

        public void Add(IndexMatch match)
        {
            total++;
            if (worstFirst is not null)
            {
                if (worstFirst.Count < wanted)
                {
                    worstFirst.Enqueue(match, match);
                }
                else if (wanted > 0 && compare!(match, worstFirst.Peek()) < 0)
                {
                    worstFirst.EnqueueDequeue(match, match);
                }
            }
            else if (compare is not null || kept.Count < wanted)
            {
                kept.Add(match);
            }
        }

        public IndexResult Result()
        {
            if (worstFirst is not null)
            {
                var best = new IndexMatch[worstFirst.Count];
                for (var i = best.Length - 1; i >= 0; i--)
                {
                    best[i] = worstFirst.Dequeue();
                }

                return new IndexResult(best, total);
            }

            if (compare is not null)
            {
                kept.Sort(compare);
            }

            return new IndexResult(kept, total);
        }
    }

    /// <summary>One place, packed: its coordinates (NaN when it has none) and whether it is online or by phone.</summary>
    private readonly record struct PlaceFacts(double Latitude, double Longitude, bool Virtual)
    {
        public bool Located => !double.IsNaN(Latitude);

        public static PlaceFacts Of(IndexedLink link) => link.Latitude is { } lat && link.Longitude is { } lon
            ? new PlaceFacts(lat, lon, link.LocationType == LocationType.Virtual)
            : new PlaceFacts(double.NaN, double.NaN, link.LocationType == LocationType.Virtual);
    }

    /// <summary>The facts most searches filter on, packed together so scanning thousands of services stays in the CPU's cache.</summary>
    private readonly record struct Facts(ServiceStatus Status, short MinimumAge, short MaximumAge, bool Anywhere, bool Located, float MinLat, float MaxLat, float MinLon, float MaxLon)
    {
        /// <summary>An age limit the service does not have.</summary>
        public const short NoLimit = short.MinValue;

        private static short Age(int? age) => age is { } years ? (short)Math.Clamp(years, short.MinValue + 1, short.MaxValue) : NoLimit;

        public static Facts Of(IndexedService s)
        {
            var located = s.Links.Where(l => l.Latitude is not null && l.Longitude is not null).ToList();
            return new Facts(
                s.Status, Age(s.MinimumAge), Age(s.MaximumAge),
                s.Links.Any(l => l.LocationType == LocationType.Virtual && (l.Latitude is null || l.Longitude is null)),
                located.Count > 0,
                located.Count > 0 ? (float)located.Min(l => l.Latitude!.Value) : 0, located.Count > 0 ? (float)located.Max(l => l.Latitude!.Value) : 0,
                located.Count > 0 ? (float)located.Min(l => l.Longitude!.Value) : 0, located.Count > 0 ? (float)located.Max(l => l.Longitude!.Value) : 0);
        }
    }

    /// <summary>
    /// A first, cheap test on the packed facts: status, age overlap and whether any of the service's places could be in
    /// the search's box. It only ever turns away services the full checks would turn away too.
    /// </summary>
    private readonly struct QuickCheck
    {
        // Packed coordinates are single precision (about half a metre); widen the box so rounding never turns a place away.
        private const double Slack = 0.0001;
        private readonly bool publicOnly, leaveOutDefunct, boxed;
        private readonly double? minimumAge, maximumAge;
        private readonly double minLat, maxLat, minLon, maxLon;

        private QuickCheck(ServiceFilter filter, bool usePlaces)
        {
            publicOnly = filter.PublicOnly;
            leaveOutDefunct = filter.LeaveOutDefunct;
            minimumAge = filter.MinimumAge;
            maximumAge = filter.MaximumAge;
            if (usePlaces && filter.Near is { } near && filter.RadiusMetres is { } radius)
            {
                boxed = true;
                (minLat, maxLat, minLon, maxLon) = Geo.BoundingBox(near, radius);
                (minLat, maxLat, minLon, maxLon) = (minLat - Slack, maxLat + Slack, minLon - Slack, maxLon + Slack);
            }
        }

        public static QuickCheck From(ServiceFilter filter, bool usePlaces) => new(filter, usePlaces);

        public bool Passes(in Facts f)
        {
            if (publicOnly ? f.Status is not (ServiceStatus.Active or ServiceStatus.TemporarilyClosed) : leaveOutDefunct && f.Status == ServiceStatus.Defunct)
            {
                return false;
            }

            // Age overlap (AgeRange.Overlaps): a missing limit on the service means no limit.
            if ((minimumAge is { } min && f.MaximumAge != Facts.NoLimit && f.MaximumAge < min)
                || (maximumAge is { } max && f.MinimumAge != Facts.NoLimit && f.MinimumAge > max))
            {
                return false;
            }

            return !boxed || f.Anywhere || (f.Located && f.MaxLat >= minLat && f.MinLat <= maxLat && f.MaxLon >= minLon && f.MinLon <= maxLon);
        }
    }

    /// <summary>The filters that do not depend on keywords or places, worked out once per search.</summary>
    private sealed class Check
    {
        private ServiceFilter filter = null!;
        private string? start, end, duringFrom, duringTo, openCode, openTime;
        private DateTime openLocal;
        private bool anySchedule;

        /// <summary>Nothing to check here, so the service's full record need not be read.</summary>
        public bool TakesAll { get; private set; }

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

            check.TakesAll = filter.TaxonomyId is null && filter.OrganizationId is null && filter.ModifiedAfter is null && !check.anySchedule
                && check.openCode is null && !filter.FreeOnly && !filter.SendOnly && filter.LanguageCode is null
                && !(filter.InPerson || filter.Online || filter.ByPhone);
            return check;
        }

        public bool Matches(IndexedService s)
        {
            // Status and ages have already been checked on the packed facts (QuickCheck), which always comes first.
            var f = filter;
            if ((f.TaxonomyId is { } taxonomy && !s.TaxonomyIds.Contains(taxonomy))
                || (f.OrganizationId is { } organization && s.OrganizationId != organization)
                || (f.ModifiedAfter is { } after && s.LastModified < after))
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
