using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;
using Together.Web.Infrastructure.Files;

namespace Together.Web.Features.Governance;

/// <summary>Demo PDF papers, with their accessible summaries, for the first business item of each public meeting.</summary>
public sealed class PapersDemoSeeder(TogetherDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 405; // after the meetings (400)

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var items = await db.AgendaItems.Include(i => i.Meeting)
            .Where(i => i.Kind == AgendaItemKind.Business && !i.IsExempt)
            .ToListAsync(cancellationToken);
        var firstPerMeeting = items.GroupBy(i => i.MeetingId).Select(g => g.OrderBy(i => i.Position).First()).ToList();
        foreach (var item in firstPerMeeting)
        {
            var title = $"Report: {item.Title}";
            var pdf = PdfText.Document(title,
            [
                "## Purpose of the report",
                $"This report supports the item \"{item.Title}\" at the meeting on {MeetingTimes.Date(item.Meeting!.StartsAt)}.",
                "## Summary",
                "The partnership has made progress on the actions agreed at the last meeting. Young people told us they want quicker help and more say in how services are run.",
                "## Recommendations",
                "The board is asked to note the progress and agree the next steps set out in section 4.",
                "This is a demonstration paper for the Together platform.",
            ]);
            db.AgendaPapers.Add(new AgendaPaper
            {
                Id = Guid.NewGuid(),
                AgendaItemId = item.Id,
                Title = title,
                FileName = "report.pdf",
                SizeBytes = pdf.LongLength,
                PageCount = PdfUpload.Check(pdf).PageCount,
                Content = pdf,
                AccessibleSummary = $"""
                    ## What this paper is about
                    Progress on "{item.Title}" since the last meeting.

                    ## What it says
                    * The actions agreed last time are on track.
                    * Young people want quicker help and more say in how services are run.

                    ## What the board is asked to do
                    Note the progress and agree the next steps.
                    """,
                UploadedAt = clock.GetUtcNow().UtcDateTime,
                UploadedBy = "demo",
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
