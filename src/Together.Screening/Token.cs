namespace Together.Screening;

/// <summary>One normalised word, with the span of the original text it came from.</summary>
internal sealed class Token
{
    public Token(string text, string[] keys, int start, int length, int sentence, int clause, bool isNumber)
    {
        Text = text;
        Keys = keys;
        Start = start;
        Length = length;
        Sentence = sentence;
        Clause = clause;
        IsNumber = isNumber;
    }

    /// <summary>The readable normalised form, e.g. "hits" for "h1t5".</summary>
    public string Text { get; }

    /// <summary>Matching keys (squeezed forms and alternates); the first is the primary key.</summary>
    public string[] Keys { get; set; }

    /// <summary>Offset of the original word in the input.</summary>
    public int Start { get; }

    /// <summary>Length of the original word in the input.</summary>
    public int Length { get; }

    /// <summary>Index of the sentence the word belongs to.</summary>
    public int Sentence { get; }

    /// <summary>Index of the clause the word belongs to (clauses never span sentences).</summary>
    public int Clause { get; }

    /// <summary>True when the original word was a plain number such as "25".</summary>
    public bool IsNumber { get; }

    public override string ToString() => Text;
}
