using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.Accounts;
using Together.Web.Features.Outcomes;

namespace Together.Web.Features.Data;

// The page lets a little more than the file limit through, so that an over-large file gets a clear message rather than a bare error.
[RequestSizeLimit(CsvFigures.MaxBytes + 64 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = CsvFigures.MaxBytes + 64 * 1024 * 1024)]
public sealed class UploadModel(FigureSubmissions submissions, UserManager<TogetherUser> users) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<InputError> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Reason?.Length > 500)
        {
            Errors = [new InputError(0, "reason", "The reason must be 500 characters or fewer")];
            return Page();
        }

        if (Upload is null)
        {
            Errors = [new InputError(0, "file", "Select a CSV file to upload")];
            return Page();
        }

        if (Upload.Length > CsvFigures.MaxBytes)
        {
            Errors = [new InputError(0, "file", $"The selected file is {Upload.Length / (1024.0 * 1024.0):0.#} MB; it must be {CsvFigures.MaxBytes / (1024 * 1024)} MB or smaller. Split it into several files")];
            return Page();
        }

        if (!Upload.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            Errors = [new InputError(0, "file", "The selected file must be a CSV file (.csv). In your spreadsheet choose Save As, then 'CSV UTF-8 (comma delimited)'")];
            return Page();
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, cancellationToken);
        var (rows, fileError) = CsvFigures.Read(buffer.ToArray());
        if (fileError is not null)
        {
            Errors = [fileError];
            return Page();
        }

        var who = await DataAccess.SubmitterAsync(users, User);
        var result = await submissions.SubmitAsync(rows, who, Path.GetFileName(Upload.FileName), Reason, cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            return Page();
        }

        TempData["OutcomesMessage"] = $"{Path.GetFileName(Upload.FileName)} uploaded: {result.Added} new figures, {result.Corrected} corrected, {result.Unchanged} unchanged";
        return RedirectToPage("/Data/Index");
    }
}
