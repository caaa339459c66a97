using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Organisations;
using Together.Web.Features.Shared;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Files;

namespace Together.Web.Features.InformationSharing.Admin;

/// <summary>Adds or edits a data sharing agreement in the register, with its signed copy.</summary>
[RequestSizeLimit(UploadLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimitBytes)]
public sealed class EditModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public const long MaxSignedCopyBytes = 20 * 1024 * 1024;
    // Above the cap so that a larger file reaches the page and gets a plain answer.
    private const long UploadLimitBytes = 128 * 1024 * 1024;

    public SharingAgreement? Existing { get; private set; }
    public List<Organisation> Organisations { get; private set; } = [];

    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public List<Guid> PartyIds { get; set; } = [];
    [BindProperty] public string? Purpose { get; set; }
    [BindProperty] public string? DataDescribed { get; set; }
    [BindProperty] public LawfulBasis? LawfulBasis { get; set; }
    [BindProperty] public string? SpecialCategoryConditions { get; set; }
    [BindProperty] public string? ControllerRoles { get; set; }
    [BindProperty] public DpiaOutcome? Dpia { get; set; }
    [BindProperty] public string? Retention { get; set; }
    [BindProperty] public string? Security { get; set; }
    [BindProperty] public string? ContactEmail { get; set; }
    [BindProperty] public DateField StartDate { get; set; } = new();
    [BindProperty] public DateField ReviewDate { get; set; } = new();
    [BindProperty] public AgreementStatus? Status { get; set; }
    [BindProperty] public IFormFile? SignedCopy { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (Existing is { } a)
        {
            (Reference, Title, Purpose, DataDescribed, LawfulBasis, SpecialCategoryConditions, ControllerRoles, Dpia, Retention, Security, ContactEmail, Status) =
                (a.Reference, a.Title, a.Purpose, a.DataDescribed, a.LawfulBasis, a.SpecialCategoryConditions, a.ControllerRoles, a.Dpia, a.Retention, a.Security, a.ContactEmail, a.Status);
            PartyIds = [.. a.Parties.Select(p => p.OrganisationId)];
            StartDate = DateField.From(a.StartDate);
            ReviewDate = DateField.From(a.ReviewDate);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Reference = Forms.Clean(Reference);
        Title = Forms.Clean(Title);
        Purpose = Forms.Clean(Purpose);
        DataDescribed = Forms.Clean(DataDescribed);
        SpecialCategoryConditions = Forms.Clean(SpecialCategoryConditions);
        ControllerRoles = Forms.Clean(ControllerRoles);
        Retention = Forms.Clean(Retention);
        Security = Forms.Clean(Security);
        ContactEmail = Forms.Clean(ContactEmail);

        Require(Reference, nameof(Reference), "Enter the agreement's reference", 40);
        if (Reference is not null && await db.SharingAgreements.AnyAsync(a => a.Reference == Reference && a.Id != (Existing == null ? Guid.Empty : Existing.Id), ct))
        {
            this.AddError(nameof(Reference), "Another agreement already has this reference");
        }
        Require(Title, nameof(Title), "Enter the title of the agreement", 200);
        var known = Organisations.Select(o => o.Id).ToHashSet();
        PartyIds = [.. PartyIds.Where(known.Contains).Distinct()];
        if (PartyIds.Count < 2)
        {
            this.AddError("PartyIds", "Select at least two partners who are party to the agreement");
        }
        Require(Purpose, nameof(Purpose), "Enter why the information is shared", 4000);
        Require(DataDescribed, nameof(DataDescribed), "Describe the information that is shared", 4000);
        if (LawfulBasis is null)
        {
            this.AddError(nameof(LawfulBasis), "Select the lawful basis for sharing");
        }
        Require(SpecialCategoryConditions, nameof(SpecialCategoryConditions), null, 2000);
        Require(ControllerRoles, nameof(ControllerRoles), "Enter who the controllers are and their roles", 1000);
        if (Dpia is null)
        {
            this.AddError(nameof(Dpia), "Select whether a data protection impact assessment was done, and its outcome");
        }
        Require(Retention, nameof(Retention), "Enter how long the information is kept and how it is deleted", 2000);
        Require(Security, nameof(Security), "Enter how the information is kept secure", 2000);
        Require(ContactEmail, nameof(ContactEmail), "Enter the email address of the information governance contact", 256);
        if (ContactEmail is not null && !System.Net.Mail.MailAddress.TryCreate(ContactEmail, out _))
        {
            this.AddError(nameof(ContactEmail), "Enter an email address in the correct format, like name@example.com");
        }
        var (start, startError, startPart) = StartDate.Read("The start date");
        if (startError is not null || start is null)
        {
            this.AddError($"StartDate.{startPart}", startError ?? "Enter the date the agreement starts");
        }
        var (review, reviewError, reviewPart) = ReviewDate.Read("The review date");
        if (reviewError is not null || review is null)
        {
            this.AddError($"ReviewDate.{reviewPart}", reviewError ?? "Enter the date the agreement must be reviewed by");
        }
        else if (start is not null && review <= start)
        {
            this.AddError("ReviewDate.Day", "The review date must be after the start date");
        }
        if (Status is null)
        {
            this.AddError(nameof(Status), "Select the status of the agreement");
        }

        PdfUpload.Result? signed = null;
        if (SignedCopy is not null && !(SignedCopy.Length == 0 && string.IsNullOrEmpty(SignedCopy.FileName)))
        {
            signed = await PdfUpload.ReadAsync(SignedCopy, "the signed copy", MaxSignedCopyBytes, ct);
            if (!signed.IsValid)
            {
                this.AddError(nameof(SignedCopy), signed.Error!);
            }
        }
        if (Status is AgreementStatus.Active && signed is null && Existing?.SignedCopy is null)
        {
            this.AddError(nameof(SignedCopy), "Upload the signed copy: an agreement is in force only once every party has signed it");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var agreement = Existing ?? new SharingAgreement { Id = Guid.NewGuid(), CreatedAt = now };
        if (Existing is null)
        {
            db.SharingAgreements.Add(agreement);
        }
        if (agreement.ReviewDate != review!.Value)
        {
            // A new review date starts the reminders afresh.
            agreement.LastReviewReminderOn = null;
        }
        agreement.Reference = Reference!;
        agreement.Title = Title!;
        agreement.Purpose = Purpose!;
        agreement.DataDescribed = DataDescribed!;
        agreement.LawfulBasis = LawfulBasis!.Value;
        agreement.SpecialCategoryConditions = SpecialCategoryConditions;
        agreement.ControllerRoles = ControllerRoles!;
        agreement.Dpia = Dpia!.Value;
        agreement.Retention = Retention!;
        agreement.Security = Security!;
        agreement.ContactEmail = ContactEmail!;
        agreement.StartDate = start!.Value;
        agreement.ReviewDate = review.Value;
        agreement.Status = Status!.Value;
        agreement.UpdatedAt = now;
        if (signed is { IsValid: true })
        {
            agreement.SignedCopy = signed.Content;
            agreement.SignedCopySizeBytes = signed.Content!.LongLength;
            agreement.SignedCopyFileName = $"{agreement.Reference}-signed.pdf";
        }
        var current = agreement.Parties.Select(p => p.OrganisationId).ToHashSet();
        agreement.Parties.RemoveAll(p => !PartyIds.Contains(p.OrganisationId));
        agreement.Parties.AddRange(PartyIds.Where(p => !current.Contains(p)).Select(p => new SharingAgreementParty { AgreementId = agreement.Id, OrganisationId = p }));
        await db.SaveChangesAsync(ct);
        return Redirect("/admin/information-sharing");
    }

    private void Require(string? value, string key, string? emptyMessage, int max)
    {
        if (value is null)
        {
            if (emptyMessage is not null)
            {
                this.AddError(key, emptyMessage);
            }
        }
        else if (value.Length > max)
        {
            this.AddError(key, $"This must be {max:N0} characters or fewer");
        }
    }

    private async Task<bool> LoadAsync(Guid? id, CancellationToken ct)
    {
        Organisations = await db.Organisations.Where(o => o.IsActive).OrderBy(o => o.Name).ToListAsync(ct);
        if (id is null)
        {
            return true;
        }
        Existing = await db.SharingAgreements.Include(a => a.Parties).FirstOrDefaultAsync(a => a.Id == id, ct);
        return Existing is not null;
    }
}
