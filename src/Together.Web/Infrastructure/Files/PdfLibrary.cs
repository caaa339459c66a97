using PdfSharp;

namespace Together.Web.Infrastructure.Files;

/// <summary>
/// PDFsharp refuses to work until a licence is loaded. Together is published under the AGPL (decision 0008),
/// so it loads PDFsharp's free AGPL licence; every use of PDFsharp goes through here first.
/// </summary>
public static class PdfLibrary
{
    private static readonly Lazy<bool> Licensed = new(() =>
    {
        PdfSharpLicense.SetAgplLicense();
        return true;
    });

    public static void EnsureLicensed() => _ = Licensed.Value;
}
