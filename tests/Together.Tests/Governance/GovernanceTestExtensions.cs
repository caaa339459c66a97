using Microsoft.Extensions.DependencyInjection;
using Together.Tests.Support;
using Together.Web.Features.Governance;
using Together.Web.Infrastructure.Database;

namespace Together.Tests.Governance;

/// <summary>Helpers shared by the governance and Youth Council tests.</summary>
public static class GovernanceTestExtensions
{
    public const string AdminAccount = "admin@demo.together.example";
    public const string BoardAccount = "board@demo.together.example";
    public const string PartnerAccount = "partner@demo.together.example";
    public const string CommissionerAccount = "commissioner@demo.together.example";
    public const string YouthCouncilAccount = "youthcouncil@demo.together.example";

    /// <summary>A client signed in as the demo account (with its authenticator code for staff), or anonymous for null.</summary>
    public static async Task<HtmlClient> ClientAsAsync(this TogetherApp app, string? email)
    {
        var client = app.CreateHtmlClient();
        if (email is not null)
        {
            var page = await client.SignInAsync(email);
            if (page.Status != System.Net.HttpStatusCode.Redirect && page.Status != System.Net.HttpStatusCode.Found)
            {
                throw new InvalidOperationException($"Signing in as {email} failed: {page.Status} {page.H1} {string.Join("; ", page.ErrorSummary)}");
            }
        }

        return client;
    }

    /// <summary>Signed-in people without the role get the 403 page where they are; anonymous people are sent to sign in.</summary>
    public static void AssertRefused(HtmlPage page, string? account)
    {
        if (account is null)
        {
            Xunit.Assert.Equal(System.Net.HttpStatusCode.Redirect, page.Status);
            Xunit.Assert.Contains("/account/sign-in", page.Location, StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            Xunit.Assert.Equal(System.Net.HttpStatusCode.Forbidden, page.Status);
            Xunit.Assert.Equal("You cannot see this page", page.H1);
        }
    }

    public static async Task<T> WithServiceAsync<TService, T>(this TogetherApp app, Func<TService, Task<T>> work)
        where TService : notnull
    {
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Creates a meeting directly (with its standing items) on the Trust board, days from the test clock's today.</summary>
    public static async Task<Guid> CreateMeetingAsync(this TogetherApp app, int daysAhead, int hour = 14)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TogetherDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<MeetingService>();
        var board = db.Boards.Single(b => b.Slug == GovernanceDemoSeeder.TrustBoardSlug);
        var date = MeetingTimes.Today(app.Clock).AddDays(daysAhead);
        var meeting = service.Create(board.Id, "Extra meeting", MeetingTimes.ToUtc(date, new TimeOnly(hour, 0)), MeetingTimes.ToUtc(date, new TimeOnly(hour + 1, 0)), "Sandbach", null);
        await db.SaveChangesAsync();
        return meeting.Id;
    }
}
