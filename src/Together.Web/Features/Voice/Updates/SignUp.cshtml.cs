using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Contact;
using Together.Web.Features.Shared;
using Together.Web.Features.Voice.WeDid;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Voice.Updates;

/// <summary>What the "get email updates" form shows: which subject it is about and what the person typed.</summary>
public sealed record GetUpdatesForm(string? Consultation, Guid? Commitment, string About, string? Email = null, string? Age = null, string? ParentEmail = null, bool Consent = false, bool Standalone = false)
{
    public static string AboutConsultation(string title) => $"what we heard and what we are doing about \"{title}\"";

    public static string AboutCommitment(string title) => $"what the partnership is doing about \"{title}\"";

    public static GetUpdatesForm ForConsultation(string slug, string title) => new(slug, null, AboutConsultation(title));

    public static GetUpdatesForm ForCommitment(Guid id, string title) => new(null, id, AboutCommitment(title));
}

/// <summary>
/// Signing up for email updates about a consultation's results or one commitment. Posted to from the thank-you
/// page of a survey and from a commitment's page; it carries only the consultation or commitment, never the
/// respondent's draft or response, so an address can never be tied to answers.
/// </summary>
public sealed class SignUpModel(TogetherDbContext db, UpdateSubscriptions subscriptions) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Consultation { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Commitment { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Age { get; set; }
    [BindProperty] public string? ParentEmail { get; set; }
    [BindProperty] public bool Consent { get; set; }

    public string About { get; private set; } = "";

    public string AboutPath { get; private set; } = "";

    public GetUpdatesForm Form => new(Consultation, Commitment, About, Email, Age, ParentEmail, Consent, Standalone: true);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await FindSubjectAsync(ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var subject = await FindSubjectAsync(ct);
        if (subject is null)
        {
            return NotFound();
        }

        var email = Email?.Trim() ?? "";
        if (email.Length == 0)
        {
            this.AddError(nameof(Email), "Enter your email address");
        }
        else if (email.Length > UpdateSubscription.EmailMax || !ContactJourney.IsEmailAddress(email))
        {
            this.AddError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
        }

        SubscriberAge? age = Age switch { "under-13" => SubscriberAge.Under13, "13-17" => SubscriberAge.From13To17, "18-plus" => SubscriberAge.From18, _ => null };
        if (age is null)
        {
            this.AddError(nameof(Age), "Select how old you are");
        }

        var parent = ParentEmail?.Trim() ?? "";
        if (age == SubscriberAge.Under13)
        {
            if (parent.Length == 0)
            {
                this.AddError(nameof(ParentEmail), "Enter your parent's or carer's email address. They need to say yes before we can email you");
            }
            else if (parent.Length > UpdateSubscription.EmailMax || !ContactJourney.IsEmailAddress(parent))
            {
                this.AddError(nameof(ParentEmail), "Enter your parent's or carer's email address in the correct format, like name@example.com");
            }
            else if (UpdateSubscriptions.Normalise(parent) == UpdateSubscriptions.Normalise(email))
            {
                this.AddError(nameof(ParentEmail), "Enter your parent's or carer's own email address, not yours");
            }
        }

        if (!Consent)
        {
            this.AddError(nameof(Consent), "Tick the box to say you agree to us emailing you about this");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await subscriptions.SignUpAsync(
            new UpdateSubscriptions.SignUp(email, age!.Value, age == SubscriberAge.Under13 ? parent : null, subject.Value.ConsultationId, Commitment is null ? null : subject.Value.CommitmentId, About, AboutPath),
            $"{Request.Scheme}://{Request.Host}",
            ct);
        return Redirect(age == SubscriberAge.Under13 ? "/updates/check-your-email?parent=yes" : "/updates/check-your-email");
    }

    /// <summary>A consultation whose results are published or expected, or a public commitment.</summary>
    private async Task<(Guid? ConsultationId, Guid? CommitmentId)?> FindSubjectAsync(CancellationToken ct)
    {
        if (Commitment is { } id)
        {
            var published = db.Consultations.Where(c => c.Status == ConsultationStatus.ResultsPublished).Select(c => c.Id);
            var commitment = await db.Commitments.AsNoTracking()
                .Where(c => c.Id == id && db.CommitmentConsultations.Any(l => l.CommitmentId == c.Id && published.Contains(l.ConsultationId)))
                .Select(c => new { c.Id, c.Title }).SingleOrDefaultAsync(ct);
            if (commitment is null)
            {
                return null;
            }

            About = GetUpdatesForm.AboutCommitment(commitment.Title);
            AboutPath = $"/you-said-we-did/{commitment.Id}";
            return (null, commitment.Id);
        }

        if (Consultation is { Length: > 0 and <= 100 } slug)
        {
            var consultation = await db.Consultations.AsNoTracking()
                .Where(c => c.Slug == slug && c.Status != ConsultationStatus.Draft && c.Status != ConsultationStatus.Scheduled)
                .Select(c => new { c.Id, c.Title, c.Slug }).SingleOrDefaultAsync(ct);
            if (consultation is null)
            {
                return null;
            }

            About = GetUpdatesForm.AboutConsultation(consultation.Title);
            AboutPath = $"/have-your-say/{consultation.Slug}";
            return (consultation.Id, null);
        }

        return null;
    }
}
