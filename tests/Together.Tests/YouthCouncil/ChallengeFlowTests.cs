using Together.Web.Features.YouthCouncil;

namespace Together.Tests.YouthCouncil;

public sealed class ChallengeFlowTests
{
    private static readonly DateTime At = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    private static Challenge NewChallenge() => new() { Id = Guid.NewGuid(), Title = "Buses", Status = ChallengeStatus.Raised };

    [Fact]
    public void A_challenge_goes_from_raised_to_done_with_history_for_every_step()
    {
        var challenge = NewChallenge();
        Assert.Empty(ChallengeFlow.Move(challenge, ChallengeStatus.Answered, "Secretary", At, "We agree"));
        Assert.Empty(ChallengeFlow.Move(challenge, ChallengeStatus.ActionAgreed, "Secretary", At, "Pilot a scheme"));
        Assert.Empty(ChallengeFlow.Move(challenge, ChallengeStatus.Done, "Secretary", At, "Buses are safer"));

        Assert.Equal(ChallengeStatus.Done, challenge.Status);
        Assert.Equal("We agree", challenge.BoardResponse);
        Assert.Equal("Pilot a scheme", challenge.AgreedAction);
        Assert.Equal("Buses are safer", challenge.WhatChanged);
        Assert.Equal(
            [(ChallengeStatus.Raised, ChallengeStatus.Answered), (ChallengeStatus.Answered, ChallengeStatus.ActionAgreed), (ChallengeStatus.ActionAgreed, ChallengeStatus.Done)],
            challenge.History.Select(h => (h.FromStatus!.Value, h.ToStatus)).ToArray());
    }

    [Fact]
    public void Not_agreed_needs_a_reason()
    {
        var challenge = NewChallenge();
        ChallengeFlow.Move(challenge, ChallengeStatus.Answered, "Secretary", At, "We looked at it");

        var problems = ChallengeFlow.Move(challenge, ChallengeStatus.NotAgreed, "Secretary", At, "  ");

        Assert.Equal(["Enter the reason the board did not agree"], problems);
        Assert.Equal(ChallengeStatus.Answered, challenge.Status);
        Assert.Single(challenge.History);

        Assert.Empty(ChallengeFlow.Move(challenge, ChallengeStatus.NotAgreed, "Secretary", At, "Schools decide"));
        Assert.Equal("Schools decide", challenge.NotAgreedReason);
    }

    [Theory]
    [InlineData(ChallengeStatus.Raised, ChallengeStatus.Done)]
    [InlineData(ChallengeStatus.Raised, ChallengeStatus.NotAgreed)]
    [InlineData(ChallengeStatus.Raised, ChallengeStatus.ActionAgreed)]
    public void Steps_cannot_be_skipped(ChallengeStatus from, ChallengeStatus to)
    {
        var challenge = NewChallenge();
        challenge.Status = from;
        Assert.NotEmpty(ChallengeFlow.Move(challenge, to, "Secretary", At, "text"));
        Assert.Equal(from, challenge.Status);
        Assert.Empty(challenge.History);
    }

    [Theory]
    [InlineData(ChallengeStatus.Done)]
    [InlineData(ChallengeStatus.NotAgreed)]
    public void Finished_challenges_do_not_move(ChallengeStatus status) =>
        Assert.Empty(ChallengeFlow.NextSteps(status));
}
