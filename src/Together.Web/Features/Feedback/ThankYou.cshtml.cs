using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.Feedback;

public sealed class ThankYouModel(TogetherDbContext db) : PageModel
{
    public string? ReturnPath { get; private set; }

    public bool NeedsHelp { get; private set; }

    public async Task OnGetAsync(string? path, Guid? id, CancellationToken cancellationToken)
    {
        ReturnPath = Forms.IsLocalPath(path) ? FeedbackPaths.Normalise(path) : null;
        if (id is { } feedbackId)
        {
            var feedback = await db.PageFeedback.AsNoTracking().FirstOrDefaultAsync(f => f.Id == feedbackId, cancellationToken);
            NeedsHelp = feedback?.ScreeningStatus == ScreeningStatus.Flagged;
            ReturnPath ??= feedback?.Path;
        }
    }
}
