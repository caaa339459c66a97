namespace Together.Web.Features.Outcomes;

/// <summary>
/// The plan's six outcomes by number, as worded in the Children and Young People's Plan. Indicators link to outcomes
/// and "how we'll know" statements by number; these titles are used for headings.
/// </summary>
public static class PlanLinks
{
    public static readonly IReadOnlyDictionary<int, string> Outcomes = new Dictionary<int, string>
    {
        [1] = "Children and young people we care for are happy and given every opportunity to achieve their full potential",
        [2] = "Children and young people feel and are safe",
        [3] = "Children and young people are happy and experience good mental health and wellbeing",
        [4] = "Children and young people are healthy and make positive choices",
        [5] = "Children and young people leave school with the best skills and qualifications they can achieve and the life skills they need to thrive into adulthood",
        [6] = "Children, young people and young adults with additional needs have better chances in life",
    };

    public static string OutcomeTitle(int number) => Outcomes.TryGetValue(number, out var t) ? t : $"Outcome {number}";
}
