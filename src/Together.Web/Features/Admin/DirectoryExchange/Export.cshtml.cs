using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Together.Web.Features.ServiceDirectory;

namespace Together.Web.Features.Admin.DirectoryExchange;

/// <summary>Download every service in the directory as ORUK JSON, ndjson or the CSV template.</summary>
public sealed class ExportModel(ServiceExport export, TimeProvider clock) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetDownloadAsync(string? format, CancellationToken cancellationToken)
    {
        if (TransferFormats.FromName(format) is not { } chosen)
        {
            return NotFound();
        }

        var day = OpeningTimes.ToLondon(clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Response.ContentType = TransferFormats.ContentType(chosen) + "; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"together-services-{day}.{TransferFormats.Extension(chosen)}\"";
        // Streamed in batches: a large directory never sits whole in memory.
        await export.WriteAsync(Response.Body, chosen, cancellationToken);
        return new EmptyResult();
    }
}
