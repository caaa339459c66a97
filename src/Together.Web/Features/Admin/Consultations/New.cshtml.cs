using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Organisations;
using Together.Web.Features.Safeguarding;
using Together.Web.Features.Voice;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Admin.Consultations;

public sealed partial class NewModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public List<Audience> Audiences { get; set; } = [];
    [BindProperty] public Guid? OwnerId { get; set; }
    [BindProperty] public string? Opens { get; set; }
    [BindProperty] public string? Closes { get; set; }
    [BindProperty] public string? ResultsBy { get; set; }
    [BindProperty] public string? PlanLinks { get; set; }

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Organisations = await db.Organisations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Name).ToListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        ModelState.Clear();
        Title = Title?.Trim();
        Summary = Summary?.Trim();
        if (string.IsNullOrEmpty(Title)) { ModelState.AddModelError("Title", "Enter a title"); }
        else if (Title.Length > 200) { ModelState.AddModelError("Title", "Title must be 200 characters or fewer"); }
        if (string.IsNullOrEmpty(Summary)) { ModelState.AddModelError("Summary", "Enter what it is about"); }
        else if (Summary.Length > 2000) { ModelState.AddModelError("Summary", "What it is about must be 2,000 characters or fewer"); }
        if (Audiences.Count == 0) { ModelState.AddModelError("Audiences", "Choose who it is for"); }
        if (OwnerId is null || !Organisations.Any(o => o.Id == OwnerId)) { ModelState.AddModelError("OwnerId", "Choose the organisation running it"); }
        var opens = ParseDate(Opens, "Opens", "the date it opens");
        var closes = ParseDate(Closes, "Closes", "the date it closes");
        DateOnly? resultsBy = string.IsNullOrWhiteSpace(ResultsBy) ? null : ParseDate(ResultsBy, "ResultsBy", "the date results will be published");
        if (opens is not null && closes is not null && closes < opens) { ModelState.AddModelError("Closes", "The closing date must be on or after the opening date"); }
        PlanLinks = PlanLinks?.Trim();
        if (!string.IsNullOrEmpty(PlanLinks) && (PlanLinks.Length > 200 || !PlanLinkList().IsMatch(PlanLinks))) { ModelState.AddModelError("PlanLinks", "Enter outcome and focus area numbers separated by commas, like 2, 3.1"); }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var slugBase = SlugOf(Title!);
        var slug = slugBase;
        for (var n = 2; await db.Consultations.AnyAsync(c => c.Slug == slug, ct); n++)
        {
            slug = $"{slugBase}-{n}";
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var consultation = new Consultation
        {
            Id = Guid.NewGuid(), Slug = slug, Title = Title!, Summary = Summary!, Audiences = Audiences.Aggregate(Audience.None, (a, b) => a | b), PlanLinks = string.IsNullOrEmpty(PlanLinks) ? null : PlanLinks,
            OwnerOrganisationId = OwnerId!.Value, OpensAt = UkMidnightUtc(opens!.Value), ClosesAt = UkMidnightUtc(closes!.Value.AddDays(1)), ResultsExpectedBy = resultsBy, Status = ConsultationStatus.Draft, CreatedAt = now,
        };
        db.Consultations.Add(consultation);
        db.SurveyVersions.Add(new SurveyVersion { Id = Guid.NewGuid(), ConsultationId = consultation.Id, Number = 1, DefinitionJson = new SurveyDefinition().ToJson(), CreatedAt = now });
        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/consultations/{consultation.Id}");
    }

    private DateOnly? ParseDate(string? value, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(value)) { ModelState.AddModelError(field, $"Enter {what}"); return null; }
        if (DateOnly.TryParseExact(value.Trim(), ["d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) { return date; }
        ModelState.AddModelError(field, $"Enter {what} as a real date, like 27/3/2027");
        return null;
    }

    private static DateTime UkMidnightUtc(DateOnly date) => TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), SafeguardingSla.UkTime);

    public static string SlugOf(string title)
    {
        var slug = string.Join('-', NonWord().Split(title.ToLowerInvariant()).Where(p => p.Length > 0));
        slug = slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
        return slug.Length == 0 ? "consultation" : slug;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$")]
    private static partial Regex PlanLinkList();
}
