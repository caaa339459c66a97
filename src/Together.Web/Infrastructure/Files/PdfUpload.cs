using System.Globalization;
using Microsoft.AspNetCore.Http;
using PdfSharp.Pdf.IO;

namespace Together.Web.Infrastructure.Files;

/// <summary>
/// Checks an uploaded file is a real PDF people can open: not empty, under the size cap, starting with the PDF
/// signature, readable, not password-protected, with at least one page. Every PDF upload in the platform (meeting
/// papers, documents, signed agreements) goes through here so each gets the same plain-words errors.
/// </summary>
public static class PdfUpload
{
    /// <summary>The default cap: large enough for a scanned signed agreement, small enough to email.</summary>
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    public sealed record Result(byte[]? Content, int PageCount, string? Error)
    {
        public bool IsValid => Error is null;
    }

    public static async Task<Result> ReadAsync(IFormFile? file, string whatItIs, long maxBytes = DefaultMaxBytes, CancellationToken ct = default)
    {
        if (file is null || file.Length == 0 && string.IsNullOrEmpty(file.FileName))
        {
            return Fail($"Select {whatItIs}");
        }
        if (file.Length == 0)
        {
            return Fail($"The selected file is empty");
        }
        if (file.Length > maxBytes)
        {
            return Fail($"The selected file must be smaller than {FileSizeText.Format(maxBytes)}");
        }
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream(capacity: (int)file.Length);
        await stream.CopyToAsync(buffer, ct);
        return Check(buffer.ToArray(), maxBytes);
    }

    public static Result Check(byte[] content, long maxBytes = DefaultMaxBytes)
    {
        if (content.Length == 0)
        {
            return Fail("The selected file is empty");
        }
        if (content.Length > maxBytes)
        {
            return Fail($"The selected file must be smaller than {FileSizeText.Format(maxBytes)}");
        }
        if (!StartsWithPdfSignature(content))
        {
            return Fail("The selected file must be a PDF");
        }
        PdfLibrary.EnsureLicensed();
        try
        {
            using var document = PdfReader.Open(new MemoryStream(content, writable: false), PdfDocumentOpenMode.Import);
            return document.PageCount == 0
                ? Fail("The selected PDF has no pages")
                : new Result(content, document.PageCount, null);
        }
        catch (PdfReaderException exception) when (exception.Message.Contains("password", StringComparison.OrdinalIgnoreCase))
        {
            return Fail("The selected PDF is password-protected: upload a copy without a password");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // PDFsharp signals damaged files with many exception types, including plain Exception; to the person
            // who uploaded the file they all mean the same thing.
            return Fail("The selected file could not be read as a PDF: it may be damaged");
        }
    }

    /// <summary>The PDF signature may follow up to 1024 bytes of junk, which readers tolerate.</summary>
    private static bool StartsWithPdfSignature(byte[] content)
    {
        ReadOnlySpan<byte> signature = "%PDF-"u8;
        var window = content.AsSpan(0, Math.Min(content.Length, 1024 + signature.Length));
        return window.IndexOf(signature) >= 0;
    }

    private static Result Fail(string error) => new(null, 0, error);
}

/// <summary>File sizes as GOV.UK writes them next to a download link: "PDF, 925KB", "PDF, 1.2MB".</summary>
public static class FileSizeText
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
        < 1024 * 1024 => Math.Max(1, (long)Math.Round(bytes / 1024.0, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture) + "KB",
        _ => (bytes / (1024.0 * 1024.0)).ToString(bytes < 10L * 1024 * 1024 ? "0.#" : "0", CultureInfo.InvariantCulture) + "MB",
    };

    public static string Describe(string format, long bytes) => $"{format}, {Format(bytes)}";
}
