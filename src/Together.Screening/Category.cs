namespace Together.Screening;

/// <summary>The safeguarding categories a lexicon entry can belong to.</summary>
public enum Category
{
    /// <summary>Physical or emotional harm by an adult or carer.</summary>
    AbuseAndHarm,

    /// <summary>Sexual abuse, assault or inappropriate touching.</summary>
    SexualHarm,

    /// <summary>Self-harm, suicidal thoughts or plans, eating-disorder behaviour.</summary>
    SelfHarmAndSuicide,

    /// <summary>Online grooming, sexual or criminal exploitation, county lines, sextortion.</summary>
    ExploitationAndGrooming,

    /// <summary>Violence or coercive control between adults in the home.</summary>
    DomesticAbuse,

    /// <summary>Lack of food, care, supervision, warmth or a place to sleep.</summary>
    Neglect,

    /// <summary>Bullying in person or online.</summary>
    Bullying,

    /// <summary>Weapons, threats of violence, robbery and other crime.</summary>
    CrimeAndWeapons,
}
