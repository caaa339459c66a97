using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Accounts;
using Together.Web.Features.YouthCouncil;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Governance;

public static class GovernanceSetup
{
    public static IServiceCollection AddGovernanceFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GovernanceOptions>(configuration.GetSection(GovernanceOptions.Section));
        services.AddScoped<MeetingService>();
        services.AddScoped<PlanLinks>();
        services.AddScoped<IDemoSeeder, GovernanceDemoSeeder>();
        services.AddScoped<IDemoSeeder, PapersDemoSeeder>();
        // Background jobs follow the outbox's switch, so tests (which send by hand) also check reminders by hand.
        if (configuration.GetValue($"{GovernanceOptions.Section}:RemindersInBackground", configuration.GetValue("Notifications:SendInBackground", true)))
        {
            services.AddHostedService<OverdueActionReminders>();
        }

        services.Configure<RazorPagesOptions>(options =>
        {
            // Building agendas and recording minutes is the board secretary's job (Administrator); Youth Council members write their own asks.
            options.Conventions.AuthorizeFolder("/Governance/Admin", Policies.Administrator);
            options.Conventions.AuthorizeFolder("/YouthCouncil/Admin", Policies.Administrator);
            options.Conventions.AuthorizeFolder("/YouthCouncil/Ask", Policies.YouthCouncil);
        });
        return services;
    }

    public static WebApplication MapGovernance(this WebApplication app)
    {
        app.MapGet("/meetings.ics", async (TogetherDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        {
            var meetings = await db.Meetings.Include(m => m.Board).OrderBy(m => m.StartsAt).ToListAsync(cancellationToken);
            var origin = $"{http.Request.Scheme}://{http.Request.Host}";
            var events = meetings.Select(m => new ICalendar.Event(
                $"meeting-{m.Id}@together",
                m.StartsAt,
                m.EndsAt,
                m.Title,
                string.Join(", ", new[] { m.Venue, m.OnlineLink }.Where(s => !string.IsNullOrWhiteSpace(s))),
                $"{m.Board?.Name}. {Agendas.StatusLabel(m.Status)}. Agenda and papers: {origin}/meetings/{m.Id}",
                $"{origin}/meetings/{m.Id}"));
            var body = ICalendar.Write("Children and Young People's Trust meetings", clock.GetUtcNow().UtcDateTime, events);
            return Results.Text(body, "text/calendar; charset=utf-8");
        });
        app.MapMeetingPapers();
        return app;
    }
}
