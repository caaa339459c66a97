using Together.Web.Infrastructure.Calendar;
using Together.Web.Features.Governance;

namespace Together.Tests.Governance;

public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData("2020-05-08")] // VE Day 75: early May moved from Monday 4 May
    [InlineData("2022-06-02")] // Platinum Jubilee: spring bank holiday moved
    [InlineData("2022-06-03")] // Platinum Jubilee: extra day
    [InlineData("2022-09-19")] // State Funeral of Queen Elizabeth II
    [InlineData("2023-05-08")] // Coronation of King Charles III
    [InlineData("2019-04-19")] // Good Friday
    [InlineData("2019-04-22")] // Easter Monday
    [InlineData("2024-03-29")] // Good Friday
    [InlineData("2025-04-21")] // Easter Monday
    [InlineData("2027-03-26")] // Good Friday
    [InlineData("2028-04-17")] // Easter Monday
    [InlineData("2021-12-27")] // Christmas Day on a Saturday: substitute Monday
    [InlineData("2021-12-28")] // Boxing Day on a Sunday: substitute Tuesday
    [InlineData("2022-12-27")] // Christmas Day on a Sunday: substitute Tuesday
    [InlineData("2022-01-03")] // New Year's Day on a Saturday: substitute Monday
    [InlineData("2023-01-02")] // New Year's Day on a Sunday: substitute Monday
    [InlineData("2026-12-28")] // Boxing Day on a Saturday: substitute Monday
    [InlineData("2027-12-27")] // Christmas Day on a Saturday
    [InlineData("2027-12-28")]
    [InlineData("2026-08-31")] // Summer bank holiday
    [InlineData("2026-05-25")] // Spring bank holiday
    [InlineData("2026-05-04")] // Early May bank holiday
    public void Known_bank_holidays_are_holidays(string date) =>
        Assert.True(EnglandAndWalesBankHolidays.IsBankHoliday(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2020-05-04")] // the Monday that VE Day replaced
    [InlineData("2022-05-30")] // the last Monday in May 2022, replaced by the jubilee
    [InlineData("2021-12-25")] // the Saturday itself is not counted as the holiday
    [InlineData("2026-12-26")]
    [InlineData("2023-05-01")] // early May 2023 was still a holiday…
    public void Replaced_or_weekend_dates_are_handled(string date)
    {
        var day = DateOnly.Parse(date);
        var expected = date == "2023-05-01";
        Assert.Equal(expected, EnglandAndWalesBankHolidays.IsBankHoliday(day));
    }

    [Fact]
    public void Every_year_has_eight_holidays_except_the_special_years()
    {
        for (var year = 2019; year <= 2028; year++)
        {
            var expected = year switch { 2022 => 10, 2023 => 9, _ => 8 };
            Assert.Equal(expected, EnglandAndWalesBankHolidays.For(year).Count);
            Assert.All(EnglandAndWalesBankHolidays.For(year), d => Assert.True(d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{d} is at a weekend"));
        }
    }

    [Theory]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2020, "2020-04-12")]
    [InlineData(2021, "2021-04-04")]
    [InlineData(2022, "2022-04-17")]
    [InlineData(2023, "2023-04-09")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    public void Easter_is_computed(int year, string sunday) =>
        Assert.Equal(DateOnly.Parse(sunday), EnglandAndWalesBankHolidays.EasterSunday(year));

    [Fact]
    public void Later_years_follow_the_rules_with_weekend_substitutes()
    {
        // 2033: Christmas Day is a Sunday, so the substitute is Tuesday 27 December (Boxing Day keeps Monday 26).
        Assert.True(EnglandAndWalesBankHolidays.IsBankHoliday(new DateOnly(2033, 12, 27)));
        Assert.False(EnglandAndWalesBankHolidays.IsBankHoliday(new DateOnly(2033, 12, 25)));
    }

    [Fact]
    public void Clear_days_exclude_the_day_of_publication_and_the_day_of_the_meeting()
    {
        // Wednesday 2 December to Thursday 10 December 2026: Thu 3, Fri 4, Mon 7, Tue 8, Wed 9.
        Assert.Equal(5, WorkingDays.ClearWorkingDaysBetween(new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 10)));
        Assert.Equal(new DateOnly(2026, 12, 2), WorkingDays.LatestPublicationDate(new DateOnly(2026, 12, 10), 5));
    }

    [Fact]
    public void Weekends_do_not_count()
    {
        // Meeting Monday 16 November 2026: clear days Mon 9 to Fri 13. Publishing on Sunday 8 still leaves five
        // (the day of publication is excluded anyway); publishing on Monday 9 leaves only four.
        Assert.Equal(new DateOnly(2026, 11, 8), WorkingDays.LatestPublicationDate(new DateOnly(2026, 11, 16), 5));
        Assert.Equal(4, WorkingDays.ClearWorkingDaysBetween(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 16)));
    }

    [Fact]
    public void Bank_holidays_do_not_count()
    {
        // Meeting Thursday 4 June 2026 — Spring bank holiday Monday 25 May is skipped:
        // clear days Wed 3, Tue 2, Mon 1, Fri 29, Thu 28 May, so publish by Wednesday 27 May.
        Assert.Equal(new DateOnly(2026, 5, 27), WorkingDays.LatestPublicationDate(new DateOnly(2026, 6, 4), 5));
        // Meeting Wednesday 30 December 2026: Tue 29, Thu 24, Wed 23, Tue 22, Mon 21 (25 and 28 are holidays), so publish by Sunday 20.
        Assert.Equal(new DateOnly(2026, 12, 20), WorkingDays.LatestPublicationDate(new DateOnly(2026, 12, 30), 5));
        // Meeting Tuesday 20 September 2022, the day after the State Funeral: Fri 16, Thu 15, Wed 14, Tue 13, Mon 12 → publish by Sunday 11.
        Assert.Equal(new DateOnly(2022, 9, 11), WorkingDays.LatestPublicationDate(new DateOnly(2022, 9, 20), 5));
    }

    [Fact]
    public void The_latest_publication_date_is_the_last_day_that_leaves_enough_clear_days()
    {
        for (var meeting = new DateOnly(2019, 2, 1); meeting < new DateOnly(2028, 12, 1); meeting = meeting.AddDays(3))
        {
            var latest = WorkingDays.LatestPublicationDate(meeting, 5);
            Assert.Equal(5, WorkingDays.ClearWorkingDaysBetween(latest, meeting));
            Assert.Equal(4, WorkingDays.ClearWorkingDaysBetween(latest.AddDays(1), meeting));
        }
    }
}
