using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Documents;

/// <summary>The published documents library: registration, labels, downloads.</summary>
public static partial class DocumentLibrary
{
    public const long MaxPdfBytes = 50 * 1024 * 1024;

    public static string CategoryLabel(DocumentCategory category) => category switch
    {
        DocumentCategory.Plan => "Our plan",
        DocumentCategory.Strategy => "Strategies",
        DocumentCategory.TermsOfReference => "Terms of reference",
        DocumentCategory.AnnualReport => "Annual reports",
        DocumentCategory.Policy => "Policies",
        _ => "Other documents",
    };

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();

    public static string SlugFor(string title)
    {
        var slug = NotSlug().Replace(title.ToLowerInvariant(), "-").Trim('-');
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    public static IServiceCollection AddDocumentsFeature(this IServiceCollection services)
    {
        services.AddScoped<IDemoSeeder, DocumentsDemoSeeder>();
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/Documents/Admin", Policies.Administrator));
        return services;
    }

    public static WebApplication MapDocuments(this WebApplication app)
    {
        app.MapGet("/documents/{slug}/versions/{number:int}/download", async (string slug, int number, TogetherDbContext db, CancellationToken ct) =>
        {
            var version = await db.DocumentVersions
                .Where(v => v.Number == number && db.LibraryDocuments.Any(d => d.Id == v.DocumentId && d.Slug == slug))
                .FirstOrDefaultAsync(ct);
            return version is null ? Results.NotFound() : Results.File(version.Content, "application/pdf", version.FileName);
        });
        return app;
    }
}
