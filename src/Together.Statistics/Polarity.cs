namespace Together.Statistics;

/// <summary>Whether a higher value of an indicator is better, worse, or neither (Fingertips "polarity").</summary>
public enum Polarity
{
    /// <summary>A higher value is better (e.g. school readiness).</summary>
    HighIsGood,

    /// <summary>A lower value is better (e.g. hospital admissions for self-harm).</summary>
    LowIsGood,

    /// <summary>No judgement about which direction is better (e.g. population size).</summary>
    NoJudgement,
}
