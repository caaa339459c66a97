using Together.Web.Features.ServiceDirectory;

namespace Together.Tests.ServiceDirectory;

/// <summary>The directory's plain logic, with known answers.</summary>
public sealed class DirectoryLogicTests
{
    private static DirectorySchedule Weekly(string byDay, string opens, string closes, string? notes = null) =>
        new() { Frequency = ScheduleFrequency.Weekly, ByDay = byDay, OpensAt = opens, ClosesAt = closes, Notes = notes };

    [Theory]
    [InlineData("TU,TH", "09:30", "12:00", "term time", "Tuesdays and Thursdays, 9:30am to 12 noon, term time")]
    [InlineData("MO,TU,WE,TH,FR", "09:00", "17:00", null, "Monday to Friday, 9am to 5pm")]
    [InlineData("SA", "10:00", "11:30", null, "Saturdays, 10am to 11:30am")]
    [InlineData("MO,WE,FR", "13:00", "15:30", null, "Mondays, Wednesdays and Fridays, 1pm to 3:30pm")]
    [InlineData("MO,TU,WE,TH,FR,SA,SU", "00:00", "12:00", null, "Every day, midnight to 12 noon")]
    public void Weekly_schedules_read_as_sentences(string byDay, string opens, string closes, string? notes, string expected) =>
        Assert.Equal(expected, ScheduleText.Sentence(Weekly(byDay, opens, closes, notes)));

    [Fact]
    public void Monthly_and_fortnightly_schedules_read_as_sentences()
    {
        Assert.Equal("The first Saturday of the month, 10am to 1pm",
            ScheduleText.Sentence(new DirectorySchedule { Frequency = ScheduleFrequency.Monthly, ByDay = "1SA", OpensAt = "10:00", ClosesAt = "13:00" }));
        Assert.Equal("The last Thursday of the month, 4pm to 6pm",
            ScheduleText.Sentence(new DirectorySchedule { Frequency = ScheduleFrequency.Monthly, ByDay = "-1TH", OpensAt = "16:00", ClosesAt = "18:00" }));
        Assert.Equal("Every other Tuesday, 6:30pm to 8pm",
            ScheduleText.Sentence(new DirectorySchedule { Frequency = ScheduleFrequency.Weekly, Interval = 2, ByDay = "TU", OpensAt = "18:30", ClosesAt = "20:00" }));
    }

    [Fact]
    public void Open_now_uses_uk_local_time_on_both_sides_of_the_clock_change()
    {
        // Clocks go back at 02:00 BST on Sunday 25 October 2026 (01:00 UTC).
        var sundayMornings = new[] { Weekly("SU", "09:00", "10:00") };

        // A week before, in British Summer Time: 08:30 UTC is 09:30 in the UK.
        Assert.True(OpeningTimes.IsOpen(sundayMornings, new DateTimeOffset(2026, 10, 18, 8, 30, 0, TimeSpan.Zero)));
        Assert.False(OpeningTimes.IsOpen(sundayMornings, new DateTimeOffset(2026, 10, 18, 9, 30, 0, TimeSpan.Zero)));

        // On the day the clocks change, after the change: 08:30 UTC is 08:30 GMT (not open yet); 09:30 UTC is 09:30 GMT.
        Assert.False(OpeningTimes.IsOpen(sundayMornings, new DateTimeOffset(2026, 10, 25, 8, 30, 0, TimeSpan.Zero)));
        Assert.True(OpeningTimes.IsOpen(sundayMornings, new DateTimeOffset(2026, 10, 25, 9, 30, 0, TimeSpan.Zero)));

        // Spring forward on 29 March 2026: 09:15 BST is 08:15 UTC.
        Assert.True(OpeningTimes.IsOpen(sundayMornings, new DateTimeOffset(2026, 3, 29, 8, 15, 0, TimeSpan.Zero)));
        Assert.False(OpeningTimes.IsOpen(sundayMornings, new DateTimeOffset(2026, 3, 29, 9, 15, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Open_now_respects_closing_time_validity_and_monthly_ordinals()
    {
        var schedule = Weekly("TU", "09:30", "12:00");
        var tuesday = new DateTimeOffset(2026, 11, 24, 11, 59, 0, TimeSpan.Zero); // GMT, so local time is the same
        Assert.True(OpeningTimes.IsOpen([schedule], tuesday));
        Assert.False(OpeningTimes.IsOpen([schedule], tuesday.AddMinutes(1))); // closes at 12:00 exactly
        Assert.False(OpeningTimes.IsOpen([schedule], tuesday.AddDays(1)));

        schedule.ValidTo = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.False(OpeningTimes.IsOpen([schedule], tuesday));

        var firstSaturday = new DirectorySchedule { Frequency = ScheduleFrequency.Monthly, ByDay = "1SA", OpensAt = "10:00", ClosesAt = "13:00" };
        Assert.True(OpeningTimes.OccursOn(firstSaturday, new DateOnly(2026, 11, 7)));
        Assert.False(OpeningTimes.OccursOn(firstSaturday, new DateOnly(2026, 11, 14)));
        var lastThursday = new DirectorySchedule { Frequency = ScheduleFrequency.Monthly, ByDay = "-1TH" };
        Assert.True(OpeningTimes.OccursOn(lastThursday, new DateOnly(2026, 11, 26)));
        Assert.False(OpeningTimes.OccursOn(lastThursday, new DateOnly(2026, 11, 19)));
    }

    [Theory]
    [InlineData(0, 5, 4.0, 11.0, true)]     // 0–5 overlaps 4–11
    [InlineData(10, 16, 4.0, 11.0, true)]   // 10–16 overlaps 4–11
    [InlineData(12, 18, 4.0, 11.0, false)]  // starts after the range
    [InlineData(0, 3, 4.0, 11.0, false)]    // ends before the range
    [InlineData(null, null, 4.0, 11.0, true)] // no limits
    [InlineData(16, null, 17.0, null, true)]
    [InlineData(null, 5, 6.0, null, false)]
    public void Age_ranges_match_when_they_overlap(int? serviceMin, int? serviceMax, double? wantedMin, double? wantedMax, bool expected) =>
        Assert.Equal(expected, AgeRange.Overlaps(serviceMin, serviceMax, wantedMin, wantedMax));

    [Fact]
    public void Distances_match_known_values_and_read_in_miles()
    {
        // London (Charing Cross) to Paris (Notre-Dame) is about 343.5 km along a great circle.
        var london = new GeoPoint(51.5074, -0.1278);
        var paris = new GeoPoint(48.8566, 2.3522);
        Assert.InRange(Geo.DistanceMetres(london, paris), 343_000, 344_000);
        Assert.Equal(0, Geo.DistanceMetres(london, london), 6);

        Assert.Equal("2.3 miles", Geo.Miles(2.3 * Geo.MetresPerMile));
        Assert.Equal("1 mile", Geo.Miles(1609));
        Assert.Equal("12 miles", Geo.Miles(12.4 * Geo.MetresPerMile));
        Assert.Equal("less than 0.1 miles", Geo.Miles(100));

        var box = Geo.BoundingBox(london, 10_000);
        Assert.True(Geo.DistanceMetres(london, new GeoPoint(box.MaxLat, london.Longitude)) >= 9_999);
        Assert.True(Geo.DistanceMetres(london, new GeoPoint(london.Latitude, box.MaxLon)) >= 9_999);
    }

    [Theory]
    [InlineData("cw1 2bj", true, "CW1 2BJ")]
    [InlineData("SK10 1AA", true, "SK10 1AA")]
    [InlineData("EC1A1BB", true, "EC1A 1BB")]
    [InlineData("CW1", false, "CW1")]
    [InlineData("CW1 2B", false, "CW12B")]
    [InlineData("12345", false, "12345")]
    public void Postcodes_are_recognised_and_formatted(string text, bool isFull, string formatted)
    {
        Assert.Equal(isFull, UkPostcode.IsFullPostcode(text));
        Assert.Equal(formatted, UkPostcode.Format(text));
    }

    [Fact]
    public void Did_you_mean_suggests_close_vocabulary_words_only()
    {
        var vocabulary = new HashSet<string> { "swimming", "counselling", "youth", "club", "football" };

        Assert.Equal("swimming", SearchText.DidYouMean(SearchText.Tokens("swiming"), vocabulary));
        Assert.Equal("youth club", SearchText.DidYouMean(SearchText.Tokens("yuoth club"), vocabulary));
        Assert.Equal("counselling", SearchText.DidYouMean(SearchText.Tokens("counseling"), vocabulary));
        Assert.Null(SearchText.DidYouMean(SearchText.Tokens("football"), vocabulary));
        Assert.Null(SearchText.DidYouMean(SearchText.Tokens("xylophone"), vocabulary));
    }

    [Fact]
    public void Keywords_never_pass_query_syntax_to_the_full_text_index()
    {
        var tokens = SearchText.Tokens("youth NEAR(club) OR \"drama\" -music*");
        Assert.Equal(["youth", "near", "club", "or", "drama", "music"], tokens);
        Assert.Equal("\"youth\" \"near\" \"club\" \"or\" \"drama\" \"music\"", SearchText.Fts5Query(tokens));
    }

    [Theory]
    [InlineData("page=-1", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("per_page=100000", "per_page")]
    [InlineData("per_page=0", "per_page")]
    [InlineData("taxonomy_id=123", "taxonomy_id")]
    [InlineData("proximity=abc&postcode=CW1", "proximity")]
    [InlineData("proximity=5000", "proximity")]
    [InlineData("postcode=NOT A POSTCODE", "postcode")]
    [InlineData("modified_after=yesterday", "modified_after")]
    [InlineData("modified_after=2026-13-45", "modified_after")]
    [InlineData("minimum_age=-3", "minimum_age")]
    [InlineData("minimum_age=10&maximum_age=5", "minimum_age")]
    [InlineData("day=Funday", "day")]
    [InlineData("start_time=25:00", "start_time")]
    [InlineData("format=xml", "format")]
    public void Bad_parameters_are_named_with_their_rule(string query, string parameter)
    {
        var values = query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => (string?)p[1]);
        var (parsed, problem) = OrukParameters.Parse(values);
        Assert.Null(parsed);
        Assert.Equal(parameter, problem!.Parameter);
        Assert.False(string.IsNullOrWhiteSpace(problem.Rule));
    }

    [Fact]
    public void Good_parameters_become_a_filter()
    {
        var (parsed, problem) = OrukParameters.Parse(new Dictionary<string, string?>
        {
            ["page"] = "2", ["per_page"] = "200", ["day"] = "Tuesday", ["start_time"] = "09:00", ["minimum_age"] = "4",
            ["modified_after"] = "2026-11-01T09:00:00+01:00", ["postcode"] = "cw1 2bj", ["proximity"] = "1500.5",
        });
        Assert.Null(problem);
        Assert.Equal(2, parsed!.Page);
        Assert.Equal(200, parsed.PerPage);
        Assert.Equal("TU", parsed.Filter.Day);
        Assert.Equal(new TimeOnly(9, 0), parsed.Filter.StartTime);
        Assert.Equal(4, parsed.Filter.MinimumAge);
        Assert.Equal(new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc), parsed.Filter.ModifiedAfter);
        Assert.Equal(1500.5, parsed.Proximity);
    }
}
