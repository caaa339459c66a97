namespace Together.Screening;

/// <summary>One phrase pattern of the lexicon.</summary>
/// <param name="Category">The safeguarding category the phrase points to.</param>
/// <param name="Severity">How serious a genuine first-hand disclosure of this kind is, 1–5, before cues.</param>
/// <param name="Pattern">The pattern as written in the lexicon.</param>
/// <param name="LineNumber">The 1-based line of the lexicon text it came from.</param>
public sealed record LexiconEntry(Category Category, int Severity, string Pattern, int LineNumber);

/// <summary>The kinds of context cue that raise or lower the score of a nearby phrase match.</summary>
public enum CueKind
{
    /// <summary>The writer speaks about themselves or their household ("me", "my", "at home"); applies once per sentence.</summary>
    FirstPerson,

    /// <summary>Words that add urgency or secrecy ("please help", "don't tell"); several may add up, at most +2.</summary>
    Raise,

    /// <summary>A negation just before the phrase or inside one of its gaps ("does not", "never", "nobody").</summary>
    Negation,

    /// <summary>A figure of speech or look-alike use in the same clause ("killing it", "kill the lights").</summary>
    Figurative,

    /// <summary>Fiction, games, sport, lessons or hypotheticals in the same sentence ("in the film"); also cancels the first-person cue.</summary>
    Distancing,
}

/// <summary>One context cue of the lexicon.</summary>
/// <param name="Kind">What sort of cue it is.</param>
/// <param name="Weight">Points added to the severity of affected matches (negative to lower), −5 to +5.</param>
/// <param name="Pattern">The pattern as written in the lexicon.</param>
/// <param name="AppliesTo">Categories the cue affects; empty means every category.</param>
/// <param name="LineNumber">The 1-based line of the lexicon text it came from.</param>
public sealed record LexiconCue(CueKind Kind, int Weight, string Pattern, IReadOnlyList<Category> AppliesTo, int LineNumber);

/// <summary>A problem found while reading lexicon text.</summary>
/// <param name="LineNumber">The 1-based line number.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record LexiconError(int LineNumber, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"Line {LineNumber}: {Message}";
}

/// <summary>Thrown by <see cref="Lexicon.Parse(string)"/> when the lexicon text has errors; lists every error found.</summary>
public sealed class LexiconParseException : FormatException
{
    /// <summary>Creates an exception for the given errors.</summary>
    public LexiconParseException(IReadOnlyList<LexiconError> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates an exception with a message only.</summary>
    public LexiconParseException()
        : this([])
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    public LexiconParseException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public LexiconParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every error found, in line order.</summary>
    public IReadOnlyList<LexiconError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<LexiconError> errors) =>
        errors.Count == 0
            ? "The lexicon could not be read."
            : $"The lexicon has {errors.Count} error(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors);
}
