using System.Globalization;

namespace Together.Web.Features.Shared;

/// <summary>The three boxes of a GOV.UK date input, as typed (kept as text so a mistake is shown back as typed).</summary>
public sealed class DateField
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>
    /// Reads the date; returns null with no error when all three boxes are empty (the date is optional).
    /// Error messages follow the GOV.UK date input pattern and name the field by <paramref name="label"/>.
    /// </summary>
    public (DateOnly? Date, string? Error, string ErrorPart) Read(string label)
    {
        if (IsEmpty)
        {
            return (null, null, nameof(Day));
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Day)) missing.Add("day");
        if (string.IsNullOrWhiteSpace(Month)) missing.Add("month");
        if (string.IsNullOrWhiteSpace(Year)) missing.Add("year");
        if (missing.Count > 0)
        {
            var part = missing[0] switch { "day" => nameof(Day), "month" => nameof(Month), _ => nameof(Year) };
            return (null, $"{label} must include a {string.Join(" and a ", missing)}", part);
        }

        if (!int.TryParse(Day!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(Month!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(Year!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return (null, $"{label} must be a real date", nameof(Day));
        }

        if (Year.Trim().Length != 4)
        {
            return (null, $"Year must include 4 numbers", nameof(Year));
        }

        if (month is < 1 or > 12 || year < 1900 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return (null, $"{label} must be a real date", nameof(Day));
        }

        return (new DateOnly(year, month, day), null, nameof(Day));
    }

    public static DateField From(DateOnly date) => new()
    {
        Day = date.Day.ToString(CultureInfo.InvariantCulture),
        Month = date.Month.ToString(CultureInfo.InvariantCulture),
        Year = date.Year.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>A "from" and "to" pair of date inputs, both optional, read into a UTC range that includes the whole "to" day.</summary>
public sealed record DateRange(DateOnly? From, DateOnly? To)
{
    public DateTime? FromUtc => From is { } from ? UkTime.StartOfDayUtc(from) : null;

    public DateTime? ToUtcExclusive => To is { } to ? UkTime.StartOfDayUtc(to.AddDays(1)) : null;

    /// <summary>Reads both fields; errors are keyed "From.Day" and so on, matching the input ids the error summary links to.</summary>
    public static (DateRange Range, List<KeyValuePair<string, string>> Errors) Read(DateField from, DateField to, string fromName = "From", string toName = "To")
    {
        var errors = new List<KeyValuePair<string, string>>();
        var (fromDate, fromError, fromPart) = from.Read("Date from");
        if (fromError is not null) errors.Add(new($"{fromName}.{fromPart}", fromError));
        var (toDate, toError, toPart) = to.Read("Date to");
        if (toError is not null) errors.Add(new($"{toName}.{toPart}", toError));
        if (fromDate is { } f && toDate is { } t && t < f)
        {
            errors.Add(new($"{toName}.Day", "Date to must be the same as or after date from"));
        }

        return errors.Count == 0 ? (new DateRange(fromDate, toDate), errors) : (new DateRange(null, null), errors);
    }
}
