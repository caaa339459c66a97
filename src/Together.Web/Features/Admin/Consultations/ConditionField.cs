using Together.Web.Features.Voice;

namespace Together.Web.Features.Admin.Consultations;

/// <summary>The conditions editor: "show only if the answer to [an earlier question and one of its answers] [is / is not / includes]".</summary>
public sealed record ConditionField(string Legend, IReadOnlyList<SurveyQuestion> Earlier, string? Pick, ConditionOperator? Operator);
