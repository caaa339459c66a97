using System.Globalization;
using Together.Web.Features.Safeguarding;

namespace Together.Web.Features.Voice;

/// <summary>How consultation facts read on the page.</summary>
public static class VoiceText
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, SafeguardingSla.UkTime).ToString("d MMMM yyyy", UkCulture);

    public static string Audience(Audience audience) => audience switch
    {
        Voice.Audience.Children8To12 => "children aged 8 to 12",
        Voice.Audience.YoungPeople13To17 => "young people aged 13 to 17",
        Voice.Audience.YoungAdults18To25 => "young adults aged 18 to 25",
        Voice.Audience.ParentsAndCarers => "parents and carers",
        Voice.Audience.Professionals => "people who work with children and families",
        Voice.Audience.Everyone => "everyone",
        _ => "",
    };

    public static string Audiences(Audience audiences)
    {
        var parts = Enum.GetValues<Audience>().Where(a => a != Voice.Audience.None && audiences.HasFlag(a)).Select(Audience).ToList();
        var text = parts.Count switch
        {
            0 => "everyone",
            1 => parts[0],
            _ => string.Join(", ", parts[..^1]) + " and " + parts[^1],
        };
        return char.ToUpper(text[0], UkCulture) + text[1..];
    }

    public static string Status(ConsultationStatus status) => status switch
    {
        ConsultationStatus.Draft => "Draft",
        ConsultationStatus.Scheduled => "Scheduled",
        ConsultationStatus.Open => "Open",
        ConsultationStatus.Closed => "Closed",
        ConsultationStatus.Analysing => "Analysing",
        ConsultationStatus.ResultsPublished => "Results published",
        _ => status.ToString(),
    };
}
