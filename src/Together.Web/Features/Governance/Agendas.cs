using System.Security.Claims;
using Together.Web.Features.Accounts;

namespace Together.Web.Features.Governance;

/// <summary>The rules every agenda follows, as plain functions over the model.</summary>
public static class Agendas
{
    public const string YouthCouncilItemTitle = "What children and young people are telling us";

    /// <summary>The standing items, in order, that a new meeting's agenda starts with.</summary>
    public static IReadOnlyList<(AgendaItemKind Kind, string Title, ItemPurpose Purpose)> StandingItems { get; } =
    [
        (AgendaItemKind.Apologies, "Welcome and apologies", ItemPurpose.Information),
        (AgendaItemKind.Declarations, "Declarations of interest", ItemPurpose.Information),
        (AgendaItemKind.PreviousMinutes, "Minutes of the last meeting", ItemPurpose.Decision),
        (AgendaItemKind.MattersArising, "Matters arising and action log", ItemPurpose.Discussion),
        (AgendaItemKind.YouthCouncil, YouthCouncilItemTitle, ItemPurpose.Discussion),
    ];

    public static List<AgendaItem> CreateStandingItems(Guid meetingId) =>
        StandingItems.Select((s, index) => new AgendaItem
        {
            Id = Guid.NewGuid(),
            MeetingId = meetingId,
            Position = index + 1,
            Kind = s.Kind,
            Title = s.Title,
            Purpose = s.Purpose,
            Lead = s.Kind == AgendaItemKind.YouthCouncil ? "Youth Council" : "Chair",
        }).ToList();

    /// <summary>Why the item cannot be removed, or null if it can.</summary>
    public static string? WhyNotRemovable(AgendaItem item) => item.Kind switch
    {
        AgendaItemKind.YouthCouncil => "The Youth Council item is on every agenda and cannot be removed",
        AgendaItemKind.Business => null,
        _ => "Standing items are on every agenda and cannot be removed",
    };

    /// <summary>Problems that stop the agenda being published; empty when it can be published.</summary>
    public static IReadOnlyList<string> PublicationProblems(Meeting meeting, IEnumerable<AgendaItem> items)
    {
        var problems = new List<string>();
        var list = items.ToList();
        if (meeting.Status != MeetingStatus.Draft)
        {
            problems.Add("The agenda has already been published");
        }

        if (!list.Any(i => i.Kind == AgendaItemKind.YouthCouncil))
        {
            problems.Add($"The agenda must include the Youth Council item, \"{YouthCouncilItemTitle}\"");
        }

        foreach (var item in list.Where(i => i.IsExempt && i.ExemptParagraph is not (>= 1 and <= 7)))
        {
            problems.Add($"Item \"{item.Title}\" is exempt but has no Schedule 12A paragraph");
        }

        return problems;
    }

    /// <summary>Items renumbered 1..n in their current order.</summary>
    public static void Renumber(IEnumerable<AgendaItem> items)
    {
        var position = 1;
        foreach (var item in items.OrderBy(i => i.Position))
        {
            item.Position = position++;
        }
    }

    /// <summary>
    /// Actions carried forward to a meeting as matters arising: those from the same board's earlier meetings that
    /// were still open when this meeting started (still open now, or closed at or after its start).
    /// </summary>
    public static IEnumerable<BoardAction> CarriedForward(Meeting meeting, IEnumerable<BoardAction> boardActions) =>
        boardActions
            .Where(a => a.Meeting is not null && a.Meeting.BoardId == meeting.BoardId && a.Meeting.StartsAt < meeting.StartsAt)
            .Where(a => a.IsOpen || (a.ClosedAt is not null && a.ClosedAt >= meeting.StartsAt))
            .OrderBy(a => a.DueDate);

    public static bool CanSeeExempt(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.BoardMember);

    public static string PurposeLabel(ItemPurpose purpose) => purpose switch
    {
        ItemPurpose.Decision => "For decision",
        ItemPurpose.Discussion => "For discussion",
        _ => "For information",
    };

    public static string StatusLabel(MeetingStatus status) => status switch
    {
        MeetingStatus.Draft => "Agenda not yet published",
        MeetingStatus.AgendaPublished => "Agenda published",
        MeetingStatus.Held => "Held",
        _ => "Minutes approved",
    };

    public static string RoleLabel(BoardRole role) => role switch
    {
        BoardRole.ViceChair => "Vice-chair",
        BoardRole.YouthCouncilRepresentative => "Youth Council representative",
        _ => role.ToString(),
    };

    /// <summary>Schedule 12A to the Local Government Act 1972, Part 1: descriptions of exempt information.</summary>
    public static string ExemptParagraphDescription(int paragraph) => paragraph switch
    {
        1 => "information relating to any individual",
        2 => "information which is likely to reveal the identity of an individual",
        3 => "information relating to the financial or business affairs of any particular person (including the authority holding that information)",
        4 => "information relating to any consultations or negotiations, or contemplated consultations or negotiations, in connection with any labour relations matter",
        5 => "information in respect of which a claim to legal professional privilege could be maintained in legal proceedings",
        6 => "information which reveals that the authority proposes to give a notice or make an order or direction under any enactment",
        7 => "information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime",
        _ => "exempt information",
    };
}
