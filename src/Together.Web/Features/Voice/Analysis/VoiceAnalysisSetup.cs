using System.Text;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;
using Together.Web.Infrastructure.Export;

namespace Together.Web.Features.Voice.Analysis;

public static class VoiceAnalysisSetup
{
    public static IServiceCollection AddVoiceAnalysisFeature(this IServiceCollection services)
    {
        services.AddScoped<AnalysisLoader>();
        services.AddScoped<ThemeBook>();
        services.AddScoped<IndicatorFeed>();
        services.AddScoped<IDemoSeeder, VoiceAnalysisDemoSeeder>();
        return services;
    }

    public static WebApplication MapVoiceAnalysis(this WebApplication app)
    {
        // Downloads of every response: staff only, like the rest of /admin/consultations. Each download is recorded
        // in the audit log as a view, because the file leaves the platform.
        app.MapGet("/admin/consultations/{id:guid}/responses.csv", async (Guid id, AnalysisLoader loader, Infrastructure.Auditing.AuditLog audit, CancellationToken ct) =>
        {
            var data = await loader.LoadAsync(id, withText: true, ct);
            if (data is null)
            {
                return Results.NotFound();
            }

            await audit.RecordViewAsync("Consultation", id.ToString(), "Downloaded all responses (CSV)", ct);
            var (header, rows) = ResponseExport.Build(data);
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ResponseExport.ToCsv(header, rows))).ToArray();
            return Results.File(bytes, "text/csv; charset=utf-8", ResponseExport.FileName(data.Consultation, "csv"));
        }).RequireAuthorization(Policies.Staff);
        app.MapGet("/admin/consultations/{id:guid}/responses.xlsx", async (Guid id, AnalysisLoader loader, Infrastructure.Auditing.AuditLog audit, CancellationToken ct) =>
        {
            var data = await loader.LoadAsync(id, withText: true, ct);
            if (data is null)
            {
                return Results.NotFound();
            }

            await audit.RecordViewAsync("Consultation", id.ToString(), "Downloaded all responses (XLSX)", ct);
            var (header, rows) = ResponseExport.Build(data);
            var bytes = XlsxWorkbook.ToBytes("Responses", header, rows.Select(r => (IReadOnlyList<object?>)r.Cast<object?>().ToList()));
            return Results.File(bytes, XlsxWorkbook.ContentType, ResponseExport.FileName(data.Consultation, "xlsx"));
        }).RequireAuthorization(Policies.Staff);
        return app;
    }
}
