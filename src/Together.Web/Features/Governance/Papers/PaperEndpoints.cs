using System.Security.Claims;
using Markdig;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Auditing;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance;

/// <summary>Downloads of PDF papers and of the meeting pack, with the same visibility rules as the meeting page.</summary>
public static class PaperEndpoints
{
    /// <summary>
    /// Who may read an item's papers: anyone once the agenda is published, except exempt items, which only board
    /// members and administrators see (before publication, only they see anything).
    /// </summary>
    public static bool CanRead(Meeting meeting, AgendaItem item, ClaimsPrincipal user) =>
        Agendas.CanSeeExempt(user) || (meeting.AgendaIsPublic && !item.IsExempt);

    public static WebApplication MapMeetingPapers(this WebApplication app)
    {
        app.MapGet("/meetings/{id:guid}/papers/{paperId:guid}/download", async (Guid id, Guid paperId, TogetherDbContext db, AuditLog audit, HttpContext http, CancellationToken ct) =>
        {
            var paper = await db.AgendaPapers.Include(p => p.AgendaItem).ThenInclude(i => i!.Meeting)
                .FirstOrDefaultAsync(p => p.Id == paperId && p.AgendaItem!.MeetingId == id, ct);
            if (paper is null || !CanRead(paper.AgendaItem!.Meeting!, paper.AgendaItem, http.User))
            {
                // Not found rather than forbidden: an exempt paper's existence is not confirmed to the public.
                return Results.NotFound();
            }
            if (paper.AgendaItem.IsExempt)
            {
                await audit.RecordViewAsync(nameof(AgendaPaper), paper.Id.ToString(), "Exempt paper downloaded by a board member or administrator", ct);
            }
            return Results.File(paper.Content, "application/pdf", paper.FileName);
        });

        app.MapGet("/meetings/{id:guid}/pack.pdf", async (Guid id, TogetherDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var meeting = await db.Meetings.Include(m => m.Board).FirstOrDefaultAsync(m => m.Id == id, ct);
            if (meeting is null || !meeting.AgendaIsPublic)
            {
                return Results.NotFound();
            }
            // The pack is the public pack for everyone: board members read exempt papers one by one, on purpose.
            var pack = await PublicPackAsync(db, meeting, ct);
            var fileName = $"{meeting.Board?.Slug ?? "meeting"}-{MeetingTimes.LocalDate(meeting.StartsAt):yyyy-MM-dd}-pack.pdf";
            return Results.File(MeetingPack.Build(pack), "application/pdf", fileName);
        });
        return app;
    }

    public static async Task<MeetingPack.Content> PublicPackAsync(TogetherDbContext db, Meeting meeting, CancellationToken ct)
    {
        var items = await db.AgendaItems.Where(i => i.MeetingId == meeting.Id).OrderBy(i => i.Position).ToListAsync(ct);
        var publicIds = items.Where(i => !i.IsExempt).Select(i => i.Id).ToList();
        var papers = await db.AgendaPapers.Where(p => publicIds.Contains(p.AgendaItemId)).ToListAsync(ct);
        var packItems = items.Select(item => item.IsExempt
            ? new MeetingPack.Item(item.Position, "Exempt item", null, Agendas.PurposeLabel(item.Purpose),
                $"Not open to the public: it contains {Agendas.ExemptParagraphDescription(item.ExemptParagraph ?? 0)} (paragraph {item.ExemptParagraph} of Schedule 12A to the Local Government Act 1972).", null, [])
            : new MeetingPack.Item(item.Position, item.Title, item.Lead, Agendas.PurposeLabel(item.Purpose), null,
                string.IsNullOrWhiteSpace(item.Paper) ? null : Markdown.ToPlainText(item.Paper),
                [.. papers.Where(p => p.AgendaItemId == item.Id).OrderBy(p => p.UploadedAt).Select(p => new MeetingPack.Paper(p.Title, p.Content))])).ToList();
        var where = string.Join(", ", new[] { meeting.Venue, meeting.OnlineLink }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new MeetingPack.Content(meeting.Title, meeting.Board?.Name ?? "", MeetingTimes.DateTimeText(meeting.StartsAt), where.Length == 0 ? null : where, meeting.LatePublicationReason, packItems);
    }
}
