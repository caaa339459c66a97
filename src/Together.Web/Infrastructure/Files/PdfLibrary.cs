using System.Collections.Concurrent;
using PdfSharp;
using PdfSharp.Fonts;

namespace Together.Web.Infrastructure.Files;

/// <summary>
/// PDFsharp refuses to work until a licence is loaded, and on Linux it draws text only with fonts it is given.
/// Together is published under the AGPL (decision 0008), so this loads PDFsharp's free AGPL licence, and it supplies
/// DejaVu Sans (embedded; Bitstream Vera licence in Fonts/) so PDFs look the same on every machine. Every use of
/// PDFsharp goes through here first.
/// </summary>
public static class PdfLibrary
{
    public const string FontFamily = "DejaVu Sans";

    private static readonly Lazy<bool> Ready = new(() =>
    {
        PdfSharpLicense.SetAgplLicense();
        GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
        return true;
    });

    public static void EnsureLicensed() => _ = Ready.Value;

    private sealed class EmbeddedFontResolver : IFontResolver
    {
        private static readonly ConcurrentDictionary<string, byte[]> Faces = new();

        public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
            // One family whatever is asked for; italic is simulated by PDFsharp.
            new(isBold ? "DejaVuSans-Bold" : "DejaVuSans", mustSimulateBold: false, mustSimulateItalic: isItalic);

        public byte[] GetFont(string faceName) => Faces.GetOrAdd(faceName, name =>
        {
            using var stream = typeof(PdfLibrary).Assembly.GetManifestResourceStream($"fonts/{name}.ttf")
                ?? throw new InvalidOperationException($"The font {name} is not embedded.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }
}
