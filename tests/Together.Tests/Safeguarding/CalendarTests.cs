using Together.Web.Infrastructure.Calendar;
using Together.Web.Features.Safeguarding;

namespace Together.Tests.Safeguarding;

public sealed class CalendarTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_sunday_matches_published_dates(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), EnglandAndWalesBankHolidays.EasterSunday(year));

    [Fact]
    public void The_2026_bank_holidays_are_the_gov_uk_list()
    {
        DateOnly[] expected =
        [
            new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 4), new(2026, 5, 25),
            new(2026, 8, 31), new(2026, 12, 25), new(2026, 12, 28),
        ];
        Assert.Equal(expected, EnglandAndWalesBankHolidays.For(2026).Order());
    }

    [Fact]
    public void Christmas_and_boxing_day_on_a_weekend_move_to_monday_and_tuesday()
    {
        var days = EnglandAndWalesBankHolidays.For(2027);
        Assert.Contains(new DateOnly(2027, 12, 27), days);
        Assert.Contains(new DateOnly(2027, 12, 28), days);
        Assert.DoesNotContain(new DateOnly(2027, 12, 25), days);
    }

    [Fact]
    public void Proclaimed_one_off_changes_are_included()
    {
        var days2022 = EnglandAndWalesBankHolidays.For(2022);
        Assert.Contains(new DateOnly(2022, 6, 2), days2022);
        Assert.Contains(new DateOnly(2022, 6, 3), days2022);
        Assert.Contains(new DateOnly(2022, 9, 19), days2022);
        Assert.DoesNotContain(new DateOnly(2022, 5, 30), days2022);
        Assert.Contains(new DateOnly(2023, 5, 8), EnglandAndWalesBankHolidays.For(2023));
        Assert.Contains(new DateOnly(2020, 5, 8), EnglandAndWalesBankHolidays.For(2020));
        Assert.DoesNotContain(new DateOnly(2020, 5, 4), EnglandAndWalesBankHolidays.For(2020));
    }

    [Fact]
    public void Severe_concerns_are_due_within_an_hour_even_at_the_weekend()
    {
        var saturdayNight = new DateTime(2026, 11, 28, 23, 30, 0, DateTimeKind.Utc);
        Assert.Equal(saturdayNight.AddHours(1), SafeguardingSla.DueAt(saturdayNight, 4));
        Assert.Equal(saturdayNight.AddHours(1), SafeguardingSla.DueAt(saturdayNight, 5));
    }

    [Fact]
    public void Other_concerns_are_due_at_the_same_time_the_next_working_day()
    {
        var monday = new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc), SafeguardingSla.DueAt(monday, 3));
        var friday = new DateTime(2026, 11, 27, 16, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2026, 11, 30, 16, 0, 0, DateTimeKind.Utc), SafeguardingSla.DueAt(friday, 3));
    }

    [Fact]
    public void A_concern_sent_at_the_weekend_is_due_by_the_end_of_monday()
    {
        var saturday = new DateTime(2026, 11, 28, 10, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), SafeguardingSla.DueAt(saturday, 3));
    }

    [Fact]
    public void Christmas_bank_holidays_and_the_weekend_are_skipped()
    {
        // Thursday 24 December 2026; Friday 25 and Monday 28 are bank holidays.
        var christmasEve = new DateTime(2026, 12, 24, 15, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2026, 12, 29, 15, 0, 0, DateTimeKind.Utc), SafeguardingSla.DueAt(christmasEve, 3));
    }

    [Fact]
    public void Uk_clock_time_is_kept_in_summer_time_across_a_bank_holiday_monday()
    {
        // Friday 1 May 2026 at 11:00 BST; Monday 4 May is the early May bank holiday.
        var friday = new DateTime(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2026, 5, 5, 10, 0, 0, DateTimeKind.Utc), SafeguardingSla.DueAt(friday, 2));
    }

    [Theory]
    [InlineData(35, "due in 35 minutes")]
    [InlineData(-120, "overdue by 2 hours")]
    [InlineData(-1, "overdue by 1 minute")]
    [InlineData(60 * 24 * 3, "due in 3 days")]
    public void Deadlines_read_as_plain_words(int minutes, string expected)
    {
        var now = new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
        Assert.Equal(expected, SafeguardingSla.Describe(now.AddMinutes(minutes), now));
    }
}
