using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Together.Web.Features.Accounts;
using Together.Web.Features.Areas;
using Together.Web.Features.Organisations;
using Together.Web.Infrastructure.Auditing;
using Together.Web.Infrastructure.Branding;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;
using Together.Web.Infrastructure.Notifications;
using Together.Web.Infrastructure.Rendering;
using Together.Web.Infrastructure.Security;

namespace Together.Web.Infrastructure.Hosting;

/// <summary>Everything the web host needs, in one place: the cross-cutting pieces first, then each feature.</summary>
public static class TogetherHost
{
    public const string AnonymousWritesPolicy = "anonymous-writes";

    public static WebApplicationBuilder AddTogether(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.Configure<BrandOptions>(configuration.GetSection(BrandOptions.Section));
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));

        services.AddTogetherDatabase(configuration, builder.Environment.ContentRootPath);
        services.AddScoped<AuditLog>();
        services.AddScoped<NotificationOutbox>();
        services.AddSingleton<OutboxSender>();
        if (configuration.GetValue("Notifications:SendInBackground", true))
        {
            services.AddHostedService(provider => provider.GetRequiredService<OutboxSender>());
        }

        services.AddSingleton<MarkdownRenderer>();
        services.AddHostedService<StartupTasks>();
        services.AddScoped<DemoContent>();
        services.AddScoped<IDemoSeeder, AreaDemoSeeder>();
        services.AddScoped<IDemoSeeder, OrganisationDemoSeeder>();
        services.AddScoped<IDemoSeeder, DemoAccounts>();

        var dataProtectionFolder = Path.Combine(
            builder.Environment.ContentRootPath,
            configuration.GetValue("Database:DataDirectory", "data")!,
            "keys");
        services.AddDataProtection().SetApplicationName("Together").PersistKeysToFileSystem(new DirectoryInfo(dataProtectionFolder));

        services.AddTogetherAccounts();

        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";
        });
        services.AddRouting(options =>
        {
            options.LowercaseUrls = true;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "together-antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.HeaderName = "X-CSRF-TOKEN";
        });
        services.AddProblemDetails();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        // Requests are small: forms of text. Upload pages raise their own limit.
        services.Configure<FormOptions>(options =>
        {
            options.ValueLengthLimit = 64 * 1024;
            options.MultipartBodyLengthLimit = 1024 * 1024;
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
            kestrel.AddServerHeader = false;
        });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Anonymous writes are limited per client address; the address is used only as a bucket key and never stored.
            options.AddPolicy(AnonymousWritesPolicy, context =>
                context.User.Identity?.IsAuthenticated == true || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        // Read when the limiter is first used, so settings added after the host is built (tests) apply.
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimits:AnonymousPostsPerMinute", 30),
                            Window = TimeSpan.FromMinutes(1),
                            QueueLimit = 0,
                        }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = "60";
                if (IsJsonRequest(context.HttpContext.Request))
                {
                    await Results.Problem(title: "Too many requests", detail: "Please wait a minute and try again.", statusCode: 429)
                        .ExecuteAsync(context.HttpContext);
                }
                else
                {
                    context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                    await context.HttpContext.Response.WriteAsync(
                        "<!DOCTYPE html><html lang=\"en\"><head><title>Too many requests</title></head><body><main><h1>Too many requests</h1>" +
                        "<p>You have sent a lot of forms in a short time. Please wait a minute, then go back and try again. Nothing you typed has been lost from the page you were on.</p></main></body></html>",
                        cancellationToken);
                }
            };
        });

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        });

        FeatureRegistry.AddFeatures(services, configuration);
        return builder;
    }

    public static WebApplication UseTogether(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseTogetherSecurityHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            StatusCodeSelector = _ => StatusCodes.Status500InternalServerError,
        });
        app.UseWhen(context => !IsJsonRequest(context.Request), branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseWhen(IsJsonRequestContext, branch => branch.UseStatusCodePages());

        app.UseStaticFiles();
        app.UseRouting();
        // Authentication first, so the rate limiter knows who is signed in (only anonymous writes are limited).
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsJsonAsync(new { status = report.Status.ToString().ToLowerInvariant() });
            },
        }).DisableRateLimiting();
        app.MapGet("/brand.css", BrandStylesheet.Write);
        app.MapRazorPages().RequireRateLimiting(AnonymousWritesPolicy);
        FeatureRegistry.MapFeatures(app);
        return app;
    }

    private static bool IsJsonRequestContext(HttpContext context) => IsJsonRequest(context.Request);

    public static bool IsJsonRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/oruk");
}

/// <summary>Reports whether the database answers.</summary>
/// <remarks>
/// A trivial query over the ordinary pooled connection, rather than CanConnectAsync: on SQLite that opens a new
/// read-only connection synchronously on every call, which blocked thread-pool threads when /health was polled under load.
/// </remarks>
public sealed class DatabaseHealthCheck(TogetherDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (System.Data.Common.DbException exception)
        {
            return HealthCheckResult.Unhealthy("The database did not answer.", exception);
        }
    }
}
