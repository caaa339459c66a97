namespace Together.Web.Features.Voice;

/// <summary>The moves a consultation can make: draft → scheduled → open → closed → analysing → results published (a scheduled one can go back to draft).</summary>
public static class ConsultationLifecycle
{
    public static IReadOnlyList<ConsultationStatus> NextSteps(ConsultationStatus from) => from switch
    {
        ConsultationStatus.Draft => [ConsultationStatus.Scheduled],
        ConsultationStatus.Scheduled => [ConsultationStatus.Open, ConsultationStatus.Draft],
        ConsultationStatus.Open => [ConsultationStatus.Closed],
        ConsultationStatus.Closed => [ConsultationStatus.Analysing],
        ConsultationStatus.Analysing => [ConsultationStatus.ResultsPublished],
        _ => [],
    };

    public static bool CanMove(ConsultationStatus from, ConsultationStatus to) => NextSteps(from).Contains(to);

    public static string Action(ConsultationStatus to) => to switch
    {
        ConsultationStatus.Draft => "Return to draft",
        ConsultationStatus.Scheduled => "Schedule",
        ConsultationStatus.Open => "Open for answers now",
        ConsultationStatus.Closed => "Close",
        ConsultationStatus.Analysing => "Start analysing",
        ConsultationStatus.ResultsPublished => "Publish results",
        _ => to.ToString(),
    };
}
