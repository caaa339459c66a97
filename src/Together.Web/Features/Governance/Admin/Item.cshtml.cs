using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Governance.Admin;

/// <summary>Adds or edits one agenda item: its paper, links to the plan, exemption, declarations and minutes.</summary>
public sealed class ItemModel(TogetherDbContext db, TimeProvider clock) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public AgendaItem? Existing { get; private set; }

    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Lead { get; set; }
    [BindProperty] public ItemPurpose? Purpose { get; set; }
    [BindProperty] public string? Paper { get; set; }
    public string? PlanLinks { get; set; }

    /// <summary>The live plan's outcomes and focus areas, offered as checkboxes.</summary>
    public List<(string Id, string Text)> PlanOptions { get; private set; } = [];

    [BindProperty] public List<string> PlanLinkChoices { get; set; } = [];
    [BindProperty] public bool IsExempt { get; set; }
    [BindProperty] public int? ExemptParagraph { get; set; }
    [BindProperty] public string? Minutes { get; set; }
    [BindProperty] public string? DeclarationName { get; set; }
    [BindProperty] public string? DeclarationInterest { get; set; }

    /// <summary>Uploaded PDF papers for this item, without their contents.</summary>
    public List<PaperListing> Papers { get; private set; } = [];

    /// <summary>A word in a public item's paper that suggests it should not be public ("confidential"), if any.</summary>
    public string? ConfidentialMarker { get; private set; }

    [BindProperty] public string? ConfirmPublicReason { get; set; }
    [BindProperty] public Guid? PaperId { get; set; }

    public sealed record PaperListing(Guid Id, string Title, long SizeBytes, int PageCount);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? itemId)
    {
        if (!await LoadAsync(id, itemId))
        {
            return NotFound();
        }

        Token = Guid.NewGuid();
        if (Existing is not null)
        {
            Title = Existing.Title;
            Lead = Existing.Lead;
            Purpose = Existing.Purpose;
            Paper = Existing.Paper;
            PlanLinks = Existing.PlanLinks;
            IsExempt = Existing.IsExempt;
            ExemptParagraph = Existing.ExemptParagraph;
            Minutes = Existing.Minutes;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? itemId)
    {
        if (!await LoadAsync(id, itemId))
        {
            return NotFound();
        }

        if (Existing is null && await db.AgendaItems.AnyAsync(i => i.Id == Token))
        {
            return Redirect($"/admin/meetings/{id}#agenda");
        }

        Title = FormInput.Clean(Title);
        Lead = FormInput.Clean(Lead);
        Paper = FormInput.Clean(Paper);
        Minutes = FormInput.Clean(Minutes);
        // Only ids the plan offers are stored; anything else in the form is ignored.
        var offered = PlanOptions.Select(o => o.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        PlanLinks = string.Join(",", PlanLinkChoices.Where(offered.Contains).Distinct());
        PlanLinks = PlanLinks.Length == 0 ? null : PlanLinks;
        var isYouthCouncil = Existing?.Kind == AgendaItemKind.YouthCouncil;
        if (isYouthCouncil)
        {
            // The Youth Council item keeps its title and is always public.
            Title = Agendas.YouthCouncilItemTitle;
        }

        Require(Title, nameof(Title), "Enter a title for the item", 200);
        Require(Lead, nameof(Lead), null, 200);
        Require(Paper, nameof(Paper), null, 50000);
        Require(Minutes, nameof(Minutes), null, 20000);
        Require(PlanLinks, nameof(PlanLinks), null, 1000);
        if (Purpose is null)
        {
            ModelState.AddModelError(nameof(Purpose), "Select whether the item is for decision, discussion or information");
        }

        if (IsExempt && Existing?.IsStanding == true)
        {
            ModelState.AddModelError(nameof(IsExempt), "Standing items, including the Youth Council item, are always public");
        }
        else if (IsExempt && ExemptParagraph is not (>= 1 and <= 7))
        {
            ModelState.AddModelError(nameof(ExemptParagraph), "Select the paragraph of Schedule 12A that makes the item exempt");
        }

        var minutesChanged = Existing is not null && Minutes != Existing.Minutes;
        if (minutesChanged && Existing!.MinutesStatus == MinutesStatus.Approved)
        {
            ModelState.AddModelError(nameof(Minutes), "These minutes have been approved and cannot be changed");
        }
        else if (Minutes is not null && Meeting.Status is MeetingStatus.Draft or MeetingStatus.AgendaPublished)
        {
            ModelState.AddModelError(nameof(Minutes), "Minutes can be written once the meeting has been held");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var item = Existing;
        if (item is null)
        {
            var items = await db.AgendaItems.Where(i => i.MeetingId == id).ToListAsync();
            item = new AgendaItem { Id = Token, MeetingId = id, Kind = AgendaItemKind.Business, Position = items.Count + 1 };
            db.AgendaItems.Add(item);
        }

        item.Title = Title!;
        item.Lead = Lead;
        item.Purpose = Purpose!.Value;
        item.Paper = Paper;
        item.PlanLinks = PlanLinks;
        item.IsExempt = IsExempt;
        item.ExemptParagraph = IsExempt ? ExemptParagraph : null;
        if (item.MinutesStatus != MinutesStatus.Approved)
        {
            item.Minutes = Minutes;
            item.MinutesStatus = Minutes is null ? MinutesStatus.None : MinutesStatus.Draft;
        }

        await db.SaveChangesAsync();
        return Redirect($"/admin/meetings/{id}#agenda");
    }

    public async Task<IActionResult> OnPostDeclareAsync(Guid id, Guid? itemId)
    {
        if (!await LoadAsync(id, itemId) || Existing is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        DeclarationName = FormInput.Clean(DeclarationName);
        DeclarationInterest = FormInput.Clean(DeclarationInterest);
        Require(DeclarationName, nameof(DeclarationName), "Enter the name of the person declaring an interest", 200);
        Require(DeclarationInterest, nameof(DeclarationInterest), "Enter the interest declared", 1000);
        if (!ModelState.IsValid)
        {
            CopyFromExisting();
            return Page();
        }

        if (!Existing.Declarations.Any(d => d.PersonName == DeclarationName && d.Interest == DeclarationInterest))
        {
            db.Declarations.Add(new Declaration { Id = Guid.NewGuid(), AgendaItemId = Existing.Id, PersonName = DeclarationName!, Interest = DeclarationInterest! });
            await db.SaveChangesAsync();
        }

        return Redirect($"/admin/meetings/{id}/items/{Existing.Id}#declarations");
    }

    private void CopyFromExisting()
    {
        Title = Existing!.Title;
        Lead = Existing.Lead;
        Purpose = Existing.Purpose;
        Paper = Existing.Paper;
        PlanLinks = Existing.PlanLinks;
        IsExempt = Existing.IsExempt;
        ExemptParagraph = Existing.ExemptParagraph;
        Minutes = Existing.Minutes;
    }

    private void Require(string? value, string field, string? emptyMessage, int maxLength)
    {
        if (value is null)
        {
            if (emptyMessage is not null)
            {
                ModelState.AddModelError(field, emptyMessage);
            }
        }
        else if (value.Length > maxLength)
        {
            ModelState.AddModelError(field, $"This must be {maxLength:N0} characters or fewer");
        }
    }

    /// <summary>Records that a public item whose paper looks confidential is meant to be public: who, when and why.</summary>
    public async Task<IActionResult> OnPostConfirmPublicAsync(Guid id, Guid? itemId)
    {
        if (!await LoadAsync(id, itemId) || Existing is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        CopyFromExisting();
        ConfirmPublicReason = FormInput.Clean(ConfirmPublicReason);
        if (ConfirmPublicReason is null)
        {
            ModelState.AddModelError(nameof(ConfirmPublicReason), "Enter why this item can be public");
        }
        else if (ConfirmPublicReason.Length > 1000)
        {
            ModelState.AddModelError(nameof(ConfirmPublicReason), "The reason must be 1,000 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Existing.PublicConfirmedAt = clock.GetUtcNow().UtcDateTime;
        Existing.PublicConfirmedBy = User.Identity?.Name ?? "unknown";
        Existing.PublicConfirmationReason = ConfirmPublicReason;
        await db.SaveChangesAsync();
        return Redirect($"/admin/meetings/{id}/items/{Existing.Id}#papers");
    }

    public async Task<IActionResult> OnPostRemovePaperAsync(Guid id, Guid? itemId)
    {
        if (!await LoadAsync(id, itemId) || Existing is null)
        {
            return NotFound();
        }

        var paper = await db.AgendaPapers.FirstOrDefaultAsync(p => p.Id == PaperId && p.AgendaItemId == Existing.Id);
        if (paper is not null)
        {
            db.AgendaPapers.Remove(paper);
            await db.SaveChangesAsync();
        }

        return Redirect($"/admin/meetings/{id}/items/{Existing.Id}#papers");
    }

    private async Task<bool> LoadAsync(Guid id, Guid? itemId)
    {
        var meeting = await db.Meetings.Include(m => m.Board).FirstOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
        {
            return false;
        }

        Meeting = meeting;
        var live = await db.PlanPeriods.Where(p => p.Status == Plan.PlanPeriodStatus.Live).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
        PlanOptions = [
            .. (await db.Outcomes.Where(o => o.PeriodId == live).OrderBy(o => o.Number).ToListAsync()).Select(o => (o.Id.ToString(), $"Outcome {o.Number}: {o.ShortTitle}")),
            .. (await db.FocusAreas.Where(f => f.PeriodId == live).OrderBy(f => f.Number).ToListAsync()).Select(f => (f.Id.ToString(), $"Focus area {f.Number}: {f.Title}")),
        ];
        if (itemId is not null)
        {
            Existing = await db.AgendaItems.Include(i => i.Declarations).FirstOrDefaultAsync(i => i.Id == itemId && i.MeetingId == id);
            if (Existing is null)
            {
                return false;
            }

            var papers = await db.AgendaPapers.Where(p => p.AgendaItemId == Existing.Id).OrderBy(p => p.UploadedAt)
                .Select(p => new { p.Id, p.Title, p.SizeBytes, p.PageCount, p.FileName, p.AccessibleSummary }).ToListAsync();
            Papers = [.. papers.Select(p => new PaperListing(p.Id, p.Title, p.SizeBytes, p.PageCount))];
            ConfidentialMarker = Existing.IsExempt
                ? null
                : ConfidentialMarkers.Find([Existing.Title, Existing.Paper, .. papers.SelectMany(p => new[] { p.Title, p.FileName, p.AccessibleSummary })]);
        }

        return true;
    }
}
