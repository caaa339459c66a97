using Microsoft.Extensions.Options;

namespace Together.Web.Infrastructure.Branding;

/// <summary>Serves the configured brand colours as CSS custom properties that GOV.UK Frontend reads.</summary>
public static class BrandStylesheet
{
    public static IResult Write(IOptions<BrandOptions> options, HttpContext context)
    {
        var brand = options.Value;
        var colour = BrandOptions.IsSafeColour(brand.BrandColour) ? brand.BrandColour : "#4c2c92";
        var background = BrandOptions.IsSafeColour(brand.BackgroundColour) ? brand.BackgroundColour : "#f4f2f9";
        context.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Text(
            $":root{{--govuk-brand-colour:{colour};--govuk-template-background-colour:{background};}}\n",
            "text/css");
    }
}
