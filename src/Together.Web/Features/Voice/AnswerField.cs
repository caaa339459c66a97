namespace Together.Web.Features.Voice;

/// <summary>One question's fields on a survey screen. Solo: the only question on the screen, so its words are the page heading.</summary>
public sealed record AnswerField(SurveyQuestion Question, string Prefix, bool Solo, IReadOnlyDictionary<string, IReadOnlyList<string>> Values, string? Error, bool EasyRead);
