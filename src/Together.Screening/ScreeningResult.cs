namespace Together.Screening;

/// <summary>One lexicon phrase found in the screened text.</summary>
/// <param name="Text">The original text of the matched words, exactly as written.</param>
/// <param name="Start">Offset of the match in the original text.</param>
/// <param name="Length">Length of the match in the original text.</param>
/// <param name="Category">The category of the lexicon entry.</param>
/// <param name="BaseSeverity">The entry's severity before cues.</param>
/// <param name="Severity">The severity after cues, 0–5.</param>
/// <param name="Pattern">The lexicon pattern that matched.</param>
/// <param name="Adjustments">Readable notes on each cue applied, e.g. "negation -3 ('not')".</param>
public sealed record MatchedPhrase(
    string Text,
    int Start,
    int Length,
    Category Category,
    int BaseSeverity,
    int Severity,
    string Pattern,
    IReadOnlyList<string> Adjustments);

/// <summary>The verdict on one piece of free text.</summary>
/// <param name="Flagged">True when the text should be held back and sent to Safeguarding triage.</param>
/// <param name="Severity">The highest severity of any match after cues, 0 (nothing found) to 5.</param>
/// <param name="Categories">Categories of the matches at or above the flag threshold, most severe first.</param>
/// <param name="MatchedPhrases">Every phrase found, including those lowered below the threshold, in text order.</param>
/// <param name="Reason">A short explanation for the triage queue.</param>
public sealed record ScreeningResult(
    bool Flagged,
    int Severity,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<MatchedPhrase> MatchedPhrases,
    string Reason)
{
    /// <summary>The result for text with nothing of concern.</summary>
    public static ScreeningResult Clear { get; } = new(false, 0, [], [], "No lexicon phrase matched.");
}

/// <summary>Settings for a <see cref="Screener"/>.</summary>
public sealed record ScreeningOptions
{
    /// <summary>The lowest severity (after cues) that flags the text. Default 3.</summary>
    public int FlagThreshold { get; init; } = 3;

    /// <summary>How many words before a phrase a negation may appear. Default 4.</summary>
    public int NegationWindow { get; init; } = 4;

    /// <summary>Whether words of five or more letters may match a lexicon word one edit away. Default true.</summary>
    public bool MatchMisspellings { get; init; } = true;
}
