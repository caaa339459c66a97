using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Governance;
using Together.Web.Features.Shared;
using Together.Web.Features.Voice;
using Together.Web.Features.Voice.WeDid;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations.Commitments;

/// <summary>The choices a commitment's details form offers: consultations, owners, public meetings and decisions.</summary>
public sealed record DetailsChoices(
    IReadOnlyList<(Guid Id, string Title, ConsultationStatus Status)> Consultations,
    IReadOnlyList<(Guid Id, string Name)> Organisations,
    IReadOnlyList<(Guid Id, string Text)> Meetings,
    IReadOnlyList<(Guid Id, string Text)> Decisions)
{
    /// <summary>
    /// Only consultations that have closed can have commitments, and only meetings with a published agenda and
    /// decisions taken in public can be linked, because commitments are public.
    /// </summary>
    public static async Task<DetailsChoices> LoadAsync(TogetherDbContext db, CancellationToken ct)
    {
        var consultations = (await db.Consultations.AsNoTracking()
                .Where(c => c.Status == ConsultationStatus.Closed || c.Status == ConsultationStatus.Analysing || c.Status == ConsultationStatus.ResultsPublished)
                .Select(c => new { c.Id, c.Title, c.Status }).ToListAsync(ct))
            .OrderBy(c => c.Title, StringComparer.Ordinal).Select(c => (c.Id, c.Title, c.Status)).ToList();
        var organisations = (await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => (o.Id, o.Name)).ToList();
        var meetings = (await db.Meetings.AsNoTracking().Include(m => m.Board).Where(m => m.Status != MeetingStatus.Draft).ToListAsync(ct))
            .OrderByDescending(m => m.StartsAt).Select(m => (m.Id, $"{m.Board?.Name}, {MeetingTimes.Date(m.StartsAt)}")).ToList();
        var decisions = (await db.Decisions.AsNoTracking().Include(d => d.Meeting).Include(d => d.AgendaItem)
                .Where(d => !d.AgendaItem!.IsExempt && d.Meeting!.Status != MeetingStatus.Draft).ToListAsync(ct))
            .OrderByDescending(d => d.Meeting!.StartsAt).Select(d => (d.Id, $"{d.Title} ({MeetingTimes.Date(d.Meeting!.StartsAt)})")).ToList();
        return new DetailsChoices(consultations, organisations, meetings, decisions);
    }
}

/// <summary>The fields of a commitment that staff write: shared by the "add" and "edit details" pages.</summary>
public sealed class CommitmentDetailsInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<Guid> ConsultationIds { get; set; } = [];
    public Guid? OwnerOrganisationId { get; set; }
    public Guid? MeetingId { get; set; }
    public Guid? DecisionId { get; set; }

    /// <summary>Checks every field against the choices offered, adding errors in the order the form shows them.</summary>
    public void Validate(PageModel page, DetailsChoices choices)
    {
        Title = Forms.Clean(Title);
        Description = Forms.Clean(Description);
        if (Title is null)
        {
            page.AddError("Details.Title", "Enter what the partnership will do");
        }
        else if (Title.Length > Commitment.TitleMax)
        {
            page.AddError("Details.Title", $"The title must be {Commitment.TitleMax} characters or fewer");
        }

        if (Description is null)
        {
            page.AddError("Details.Description", "Enter what will change and for whom");
        }
        else if (Description.Length > Commitment.DescriptionMax)
        {
            page.AddError("Details.Description", $"The description must be {Commitment.DescriptionMax:N0} characters or fewer");
        }

        ConsultationIds = ConsultationIds.Distinct().ToList();
        if (ConsultationIds.Count == 0)
        {
            page.AddError("Details.ConsultationIds", "Select at least one consultation this answers");
        }
        else if (ConsultationIds.Any(id => choices.Consultations.All(c => c.Id != id)))
        {
            page.AddError("Details.ConsultationIds", "Select consultations from the list");
        }

        if (OwnerOrganisationId is null || choices.Organisations.All(o => o.Id != OwnerOrganisationId))
        {
            page.AddError("Details.OwnerOrganisationId", "Select the organisation responsible");
        }

        if (MeetingId is not null && choices.Meetings.All(m => m.Id != MeetingId))
        {
            page.AddError("Details.MeetingId", "Select a meeting from the list");
        }

        if (DecisionId is not null && choices.Decisions.All(d => d.Id != DecisionId))
        {
            page.AddError("Details.DecisionId", "Select a decision from the list");
        }
    }

    public void CopyTo(Commitment commitment)
    {
        commitment.Title = Title!;
        commitment.Description = Description!;
        commitment.OwnerOrganisationId = OwnerOrganisationId!.Value;
        commitment.MeetingId = MeetingId;
        commitment.DecisionId = DecisionId;
    }

    public static CommitmentDetailsInput From(Commitment commitment, IEnumerable<Guid> consultationIds) => new()
    {
        Title = commitment.Title,
        Description = commitment.Description,
        ConsultationIds = consultationIds.ToList(),
        OwnerOrganisationId = commitment.OwnerOrganisationId,
        MeetingId = commitment.MeetingId,
        DecisionId = commitment.DecisionId,
    };
}

public sealed record DetailsFormModel(CommitmentDetailsInput Details, DetailsChoices Choices, string Button);

/// <summary>Who did it, as recorded on updates.</summary>
public static class StaffName
{
    public static string Of(PageModel page) => page.User.Identity?.Name ?? "unknown";
}
