using Together.Web.Features.Governance;

namespace Together.Web.Features.Outcomes.TurnTheCurve;

public static class CurveText
{
    public static string Status(ActionStatus status) => status switch
    {
        ActionStatus.Open => "Not started",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Done => "Done",
        _ => "Dropped",
    };
}
