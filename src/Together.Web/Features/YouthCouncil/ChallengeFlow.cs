namespace Together.Web.Features.YouthCouncil;

/// <summary>
/// How a Youth Council challenge moves: raised → answered → action agreed → done, or answered → not agreed
/// (with a reason). Every move is kept as history.
/// </summary>
public static class ChallengeFlow
{
    public static IReadOnlyList<ChallengeStatus> NextSteps(ChallengeStatus from) => from switch
    {
        ChallengeStatus.Raised => [ChallengeStatus.Answered],
        ChallengeStatus.Answered => [ChallengeStatus.ActionAgreed, ChallengeStatus.NotAgreed],
        ChallengeStatus.ActionAgreed => [ChallengeStatus.Done],
        _ => [],
    };

    /// <summary>Moves the challenge, or returns the problems that stop the move (and changes nothing).</summary>
    public static IReadOnlyList<string> Move(Challenge challenge, ChallengeStatus to, string by, DateTime at, string? text)
    {
        var problems = new List<string>();
        if (!NextSteps(challenge.Status).Contains(to))
        {
            problems.Add($"A challenge that is {Label(challenge.Status).ToLowerInvariant()} cannot become {Label(to).ToLowerInvariant()}");
            return problems;
        }

        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            problems.Add(to switch
            {
                ChallengeStatus.Answered => "Enter the board's answer",
                ChallengeStatus.NotAgreed => "Enter the reason the board did not agree",
                ChallengeStatus.ActionAgreed => "Enter what the board agreed to do",
                _ => "Enter what changed",
            });
            return problems;
        }

        switch (to)
        {
            case ChallengeStatus.Answered:
                challenge.BoardResponse = trimmed;
                break;
            case ChallengeStatus.ActionAgreed:
                challenge.AgreedAction = trimmed;
                break;
            case ChallengeStatus.NotAgreed:
                challenge.NotAgreedReason = trimmed;
                break;
            case ChallengeStatus.Done:
                challenge.WhatChanged = trimmed;
                break;
        }

        challenge.History.Add(new ChallengeHistory
        {
            Id = Guid.NewGuid(),
            ChallengeId = challenge.Id,
            At = at,
            FromStatus = challenge.Status,
            ToStatus = to,
            By = by,
            Note = trimmed,
        });
        challenge.Status = to;
        return problems;
    }

    public static string Label(ChallengeStatus status) => status switch
    {
        ChallengeStatus.Raised => "Asked",
        ChallengeStatus.Answered => "Answered",
        ChallengeStatus.ActionAgreed => "Action agreed",
        ChallengeStatus.Done => "Done",
        _ => "Not agreed",
    };

    public static string TagClass(ChallengeStatus status) => status switch
    {
        ChallengeStatus.Raised => "govuk-tag--blue",
        ChallengeStatus.Answered => "govuk-tag--light-blue",
        ChallengeStatus.ActionAgreed => "govuk-tag--yellow",
        ChallengeStatus.Done => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };
}
