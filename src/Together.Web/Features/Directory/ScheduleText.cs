using System.Globalization;

namespace Together.Web.Features.ServiceDirectory;

/// <summary>Turns RFC 5545 style schedules into plain sentences, e.g. "Tuesdays and Thursdays, 9:30am to 12 noon, term time".</summary>
public static class ScheduleText
{
    public static readonly IReadOnlyList<string> DayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static string Sentence(DirectorySchedule schedule)
    {
        var parts = new List<string>();
        var when = Days(schedule);
        if (when.Length > 0)
        {
            parts.Add(when);
        }

        var times = Times(schedule.OpensAt, schedule.ClosesAt);
        if (times.Length > 0)
        {
            parts.Add(times);
        }

        if (!string.IsNullOrWhiteSpace(schedule.Notes))
        {
            parts.Add(schedule.Notes.Trim());
        }

        var sentence = string.Join(", ", parts);
        if (schedule.ValidTo is { } until)
        {
            sentence += $" (until {until.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))})";
        }

        if (sentence.Length == 0)
        {
            return schedule.Description ?? "";
        }

        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    /// <summary>MO,TU,WE,TH,FR is "Monday to Friday"; TU,TH is "Tuesdays and Thursdays"; 1SA (monthly) is "the first Saturday of the month".</summary>
    public static string Days(DirectorySchedule schedule)
    {
        var rules = ParseByDay(schedule.ByDay);
        if (schedule.Frequency == ScheduleFrequency.Monthly)
        {
            var monthly = rules.Select(r => r.Ordinal switch
            {
                0 => "every " + DayNames[r.Day],
                -1 => "the last " + DayNames[r.Day] + " of the month",
                _ => $"the {Ordinal(r.Ordinal)} {DayNames[r.Day]} of the month",
            }).ToList();
            var monthDays = (schedule.ByMonthDay ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(d => int.TryParse(d, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0)
                .Where(n => n is >= 1 and <= 31)
                .Select(n => $"the {n}{Suffix(n)} of the month");
            monthly.AddRange(monthDays);
            return JoinAnd(monthly);
        }

        var days = rules.Select(r => r.Day).Distinct().Order().ToList();
        if (days.Count == 0)
        {
            return "";
        }

        if (days.Count == 7)
        {
            return "every day";
        }

        if (schedule.Interval is > 1)
        {
            var every = schedule.Interval == 2 ? "every other " : $"every {Ordinal(schedule.Interval.Value)} ";
            return every + JoinAnd(days.Select(d => DayNames[d]).ToList());
        }

        // Three or more consecutive days read as a range.
        if (days.Count >= 3 && days[^1] - days[0] == days.Count - 1)
        {
            return $"{DayNames[days[0]]} to {DayNames[days[^1]]}";
        }

        return JoinAnd(days.Select(d => DayNames[d] + "s").ToList());
    }

    /// <summary>"9:30am to 12 noon", "1pm to 3:30pm"; empty when no times are given.</summary>
    public static string Times(string? opensAt, string? closesAt)
    {
        var opens = ParseTime(opensAt);
        var closes = ParseTime(closesAt);
        return (opens, closes) switch
        {
            ({ } o, { } c) => $"{Time(o)} to {Time(c)}",
            ({ } o, null) => $"from {Time(o)}",
            (null, { } c) => $"until {Time(c)}",
            _ => "",
        };
    }

    /// <summary>GOV.UK style times: "9am", "9:30am", "12 noon", "midnight", "5:15pm".</summary>
    public static string Time(TimeOnly time)
    {
        if (time == new TimeOnly(12, 0))
        {
            return "12 noon";
        }

        if (time == TimeOnly.MinValue)
        {
            return "midnight";
        }

        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var suffix = time.Hour < 12 ? "am" : "pm";
        return time.Minute == 0
            ? $"{hour}{suffix}"
            : $"{hour}:{time.Minute:00}{suffix}";
    }

    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "HH:mm:ss", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    /// <summary>Parses BYDAY ("TU,TH", "1SA", "-1FR") into (day index Monday=0, ordinal where 0 means every).</summary>
    public static IReadOnlyList<(int Day, int Ordinal)> ParseByDay(string? byDay)
    {
        var result = new List<(int, int)>();
        foreach (var raw in (byDay ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var token = raw.ToUpperInvariant();
            if (token.Length < 2)
            {
                continue;
            }

            var day = Array.IndexOf(DayCodes.ToArray(), token[^2..]);
            if (day < 0)
            {
                continue;
            }

            var ordinalText = token[..^2];
            var ordinal = 0;
            if (ordinalText.Length > 0 && !int.TryParse(ordinalText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out ordinal))
            {
                continue;
            }

            result.Add((day, ordinal));
        }

        return result;
    }

    public static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    private static string Ordinal(int n) => n switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        _ => n.ToString(CultureInfo.InvariantCulture) + Suffix(n),
    };

    private static string Suffix(int n) =>
        (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };

    private static string JoinAnd(List<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
