using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.ServiceDirectory;

namespace Together.Web.Features.Admin.DirectoryExchange;

/// <summary>Import services from a file (ORUK JSON, ndjson or the CSV template) or an ORUK feed: all or nothing, with a row-by-row report.</summary>
[RequestSizeLimit(MaxUploadBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + 1024 * 1024)]
public sealed class ImportModel(ServiceImport import) : PageModel
{
    public const long MaxUploadBytes = 50L * 1024 * 1024;

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? FeedUrl { get; set; }

    public Dictionary<string, string> Errors { get; } = [];
    public ImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate() =>
        File(System.Text.Encoding.UTF8.GetBytes(ServiceCsv.Template()), "text/csv", "together-services-template.csv");

    public async Task<IActionResult> OnPostFileAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Errors["Upload"] = "Select a file to import";
        }
        else if (Upload.Length > MaxUploadBytes)
        {
            Errors["Upload"] = "The file must be smaller than 50 MB; import a larger directory with the import-services command";
        }
        else if (TransferFormats.FromFileName(Upload.FileName) is null)
        {
            Errors["Upload"] = "The file must be a .json, .ndjson or .csv file";
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await using var stream = Upload!.OpenReadStream();
        var report = await import.ImportFileAsync(stream, TransferFormats.FromFileName(Upload.FileName)!.Value, Together.Web.Features.ServiceDirectory.DirectoryExchange.UserName(User), cancellationToken);
        return Outcome(report, "Upload");
    }

    public async Task<IActionResult> OnPostFeedAsync(CancellationToken cancellationToken)
    {
        if (ServiceImport.CheckFeedUrl(FeedUrl, out var url) is { } problem)
        {
            Errors["FeedUrl"] = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var report = await import.ImportFeedAsync(url!, Together.Web.Features.ServiceDirectory.DirectoryExchange.UserName(User), cancellationToken);
        return Outcome(report, "FeedUrl");
    }

    private IActionResult Outcome(ImportReport report, string field)
    {
        if (report.Succeeded)
        {
            TempData["ImportSummary"] = report.Summary;
            return RedirectToPage();
        }

        Report = report;
        Errors[field] = report.Summary + " Fix the problems listed below and import the whole file again.";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
