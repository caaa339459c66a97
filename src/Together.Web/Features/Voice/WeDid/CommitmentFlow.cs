namespace Together.Web.Features.Voice.WeDid;

/// <summary>
/// The rules for moving a commitment on: any status can follow any other (plans change), "not doing" needs a
/// reason, "done" means 100%, progress is 0 to 100, and every change is written down as a dated update.
/// </summary>
public static class CommitmentFlow
{
    public sealed record Change(CommitmentStatus To, int Progress, string? Reason, string? Note);

    /// <summary>Problems with the change, keyed by form field; empty when it can be applied.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(Commitment commitment, Change change)
    {
        var problems = new List<(string, string)>();
        if (change.Progress is < 0 or > 100)
        {
            problems.Add(("Progress", "Enter progress as a whole number from 0 to 100"));
        }
        else if (change.To == CommitmentStatus.Done && change.Progress != 100)
        {
            problems.Add(("Progress", "A commitment that is done is 100% complete. Enter 100, or choose another status"));
        }

        if (change.To == CommitmentStatus.NotDoing && string.IsNullOrWhiteSpace(change.Reason))
        {
            problems.Add(("Reason", "Enter why the partnership is not doing this. People who asked for it will read it"));
        }
        else if (change.Reason?.Length > Commitment.ReasonMax)
        {
            problems.Add(("Reason", $"The reason must be {Commitment.ReasonMax:N0} characters or fewer"));
        }

        if (change.Note?.Length > CommitmentUpdate.TextMax)
        {
            problems.Add(("Note", $"The update must be {CommitmentUpdate.TextMax:N0} characters or fewer"));
        }

        var statusChanges = change.To != commitment.Status;
        if (problems.Count == 0 && !statusChanges && change.Progress == commitment.Progress && string.IsNullOrWhiteSpace(change.Note)
            && (change.To != CommitmentStatus.NotDoing || change.Reason == commitment.NotDoingReason))
        {
            problems.Add(("Note", "Nothing has changed. Change the status or progress, or write an update"));
        }

        return problems;
    }

    /// <summary>Applies a checked change and returns the update that records it.</summary>
    public static CommitmentUpdate Apply(Commitment commitment, Change change, string by, DateTime now)
    {
        var from = commitment.Status;
        commitment.Status = change.To;
        commitment.Progress = change.Progress;
        commitment.NotDoingReason = change.To == CommitmentStatus.NotDoing ? change.Reason!.Trim() : null;
        commitment.UpdatedAt = now;
        var text = change.Note?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            text = from != change.To ? $"Status changed to {WeDidText.Status(change.To).ToLowerInvariant()}." : $"Progress is now {change.Progress}%.";
        }

        if (change.To == CommitmentStatus.NotDoing && from != change.To)
        {
            text = $"{text}\n\nWhy we are not doing this: {commitment.NotDoingReason}";
        }

        return new CommitmentUpdate
        {
            Id = Guid.NewGuid(),
            CommitmentId = commitment.Id,
            At = now,
            By = by,
            Text = text,
            FromStatus = from,
            ToStatus = change.To,
            Progress = change.Progress,
        };
    }
}

public static class WeDidText
{
    public static string Status(CommitmentStatus status) => status switch
    {
        CommitmentStatus.Planned => "Planned",
        CommitmentStatus.InProgress => "In progress",
        CommitmentStatus.Done => "Done",
        CommitmentStatus.NotDoing => "Not doing",
        _ => status.ToString(),
    };

    /// <summary>GOV.UK tag colour for a status.</summary>
    public static string TagClass(CommitmentStatus status) => status switch
    {
        CommitmentStatus.Planned => "govuk-tag--grey",
        CommitmentStatus.InProgress => "govuk-tag--blue",
        CommitmentStatus.Done => "govuk-tag--green",
        CommitmentStatus.NotDoing => "govuk-tag--orange",
        _ => "",
    };

    /// <summary>The value used in addresses and forms, e.g. "in-progress".</summary>
    public static string Slug(CommitmentStatus status) => status switch
    {
        CommitmentStatus.Planned => "planned",
        CommitmentStatus.InProgress => "in-progress",
        CommitmentStatus.Done => "done",
        CommitmentStatus.NotDoing => "not-doing",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static CommitmentStatus? FromSlug(string? slug) =>
        Enum.GetValues<CommitmentStatus>().Cast<CommitmentStatus?>().FirstOrDefault(s => Slug(s!.Value) == slug);

    public static string Age(SubscriberAge age) => age switch
    {
        SubscriberAge.Under13 => "12 or under",
        SubscriberAge.From13To17 => "13 to 17",
        SubscriberAge.From18 => "18 or over",
        _ => age.ToString(),
    };
}
