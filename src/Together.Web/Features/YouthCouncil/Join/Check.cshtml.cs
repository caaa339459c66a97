using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Together.Web.Features.Areas;
using Together.Web.Features.Safeguarding;
using Together.Web.Infrastructure.Branding;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Notifications;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.YouthCouncil.Join;

/// <summary>Check your answers, then send: stored once, screened, and the participation team is told (never what was written).</summary>
public sealed class CheckModel(
    TogetherDbContext db,
    InterestJourney journey,
    IFreeTextScreen screen,
    SafeguardingTriage triage,
    NotificationOutbox outbox,
    IOptions<BrandOptions> brand,
    IOptions<InvolvementOptions> options,
    TimeProvider clock) : PageModel
{
    public InterestDraft Draft { get; private set; } = new();

    public string Locality { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var (result, draft) = await LoadAsync(id, cancellationToken);
        return result ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var (result, draft) = await LoadAsync(id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var screened = screen.ScreenAll(draft!.FirstName, draft.ContactName, draft.Ideas);
        var interest = new YouthCouncilInterest
        {
            Id = draft.Id,
            ReceivedAt = now,
            UpdatedAt = now,
            FirstName = draft.FirstName!,
            AgeBand = draft.AgeBand!.Value,
            LocalityId = draft.LocalityId!,
            ContactWho = draft.ContactWho!.Value,
            ContactName = draft.ContactName,
            ContactEmail = draft.ContactEmail,
            ContactPhone = draft.ContactPhone,
            Ideas = draft.Ideas,
            ScreeningStatus = screened?.Status ?? ScreeningStatus.NotNeeded,
            ScreeningConcerns = screened?.ConcernsText,
            Status = InterestStatus.New,
        };
        db.YouthCouncilInterests.Add(interest);
        db.InterestDrafts.Remove(draft);
        var to = string.IsNullOrWhiteSpace(options.Value.ParticipationEmail) ? brand.Value.ContactEmail : options.Value.ParticipationEmail;
        outbox.Enqueue(
            to,
            "Someone would like to join the Youth Council",
            $"A young person has asked to join the Youth Council (reference {interest.Reference}, age group {AgeBands.Label(interest.AgeBand)}).\n\n"
                + $"Sign in to see their details and get in touch:\n{Request.Scheme}://{Request.Host}/admin/youth-council/interest/{interest.Id}\n",
            "youth-council.interest");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A second press of Send raced this one; the first stored it.
            if (!await db.YouthCouncilInterests.AsNoTracking().AnyAsync(i => i.Id == id, cancellationToken))
            {
                throw;
            }
        }

        if (screened?.NeedsReview == true)
        {
            var text = string.Join("\n", new[] { interest.FirstName, interest.ContactName, interest.Ideas }.Where(t => t is not null));
            await triage.ScreenAsync(text, "Youth Council interest", interest.Id.ToString(), $"Express interest in joining the Youth Council, reference {interest.Reference}", cancellationToken);
        }

        return RedirectToPage("/YouthCouncil/Join/Sent", new { id });
    }

    private async Task<(IActionResult? Result, InterestDraft? Draft)> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await journey.IsSentAsync(id, cancellationToken))
        {
            return (RedirectToPage("/YouthCouncil/Join/Sent", new { id }), null);
        }

        var draft = await journey.FindDraftAsync(id, cancellationToken);
        if (draft is null)
        {
            return (NotFound(), null);
        }

        var next = InterestJourney.NextPage(draft);
        if (next != "/YouthCouncil/Join/Check")
        {
            return (RedirectToPage(next, new { id }), null);
        }

        Draft = draft;
        Locality = draft.LocalityId == InterestJourney.NotSure
            ? "Not sure, or somewhere else"
            : await db.Areas.Where(a => a.Id == draft.LocalityId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken) ?? draft.LocalityId!;
        return (null, draft);
    }
}
