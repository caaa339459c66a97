using System.Text.RegularExpressions;

namespace Together.Web.Infrastructure.Branding;

/// <summary>The partnership's own name, logo and colours (configuration section "Brand").</summary>
public sealed partial class BrandOptions
{
    public const string Section = "Brand";

    public string Name { get; set; } = "Together for Children and Young People";
    public string PartnershipName { get; set; } = "Cheshire East Children and Young People's Trust";
    public string ShortName { get; set; } = "Together";
    public string BrandColour { get; set; } = "#4c2c92";
    public string BackgroundColour { get; set; } = "#f4f2f9";
    public string? LogoPath { get; set; } = "/images/logo.svg";
    public string Phase { get; set; } = "Beta";
    public string FrontDoorName { get; set; } = "Cheshire East Consultation Service (ChECS)";
    public string FrontDoorPhone { get; set; } = "0300 123 5012";
    public string ContactEmail { get; set; } = "cypt@cheshireeast.gov.uk";

    /// <summary>Only plain hex colours reach the stylesheet, so configuration cannot inject CSS.</summary>
    public static bool IsSafeColour(string value) => HexColour().IsMatch(value);

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();
}
