using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Together.Tests.Support;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Tests.Feedback;

/// <summary>The platform with a low limit on anonymous posts, as a busy attacker would meet it.</summary>
public sealed class LowRateLimitApp : TogetherApp
{
    public LowRateLimitApp() => Settings["RateLimits:AnonymousPostsPerMinute"] = "3";
}

/// <summary>A screen that flags any text mentioning "hurt", standing in for the safeguarding library.</summary>
public sealed class FlaggingScreenApp : TogetherApp
{
    private sealed class FlagHurt : IFreeTextScreen
    {
        public ScreenResult Screen(string text) =>
            text.Contains("hurt", StringComparison.OrdinalIgnoreCase) ? new ScreenResult(true, ["risk of harm"]) : ScreenResult.Clear;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IFreeTextScreen>();
            services.AddSingleton<IFreeTextScreen, FlagHurt>();
        });
    }
}

public sealed class FeedbackRateLimitTests(LowRateLimitApp app) : IClassFixture<LowRateLimitApp>
{
    [Fact]
    public async Task The_fourth_anonymous_post_in_a_minute_is_refused_and_not_stored()
    {
        using var client = app.CreateHtmlClient();
        var tokens = new List<Guid>();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var page = await client.GetAsync("/cookies");
            tokens.Add(Guid.Parse(page.Document.QuerySelector("form[data-feedback=yes] input[name=Token]")!.GetAttribute("value")!));
            statuses.Add((await client.SubmitAsync(page, "form[data-feedback=yes]")).Status);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, (HttpStatusCode)429], statuses);
        var stored = await app.WithDbAsync(db => db.PageFeedback.Where(f => tokens.Contains(f.Id)).Select(f => f.Id).ToListAsync());
        Assert.Equal(tokens.Take(3).Order(), stored.Order());
    }
}

public sealed class FeedbackSafeguardingTests(FlaggingScreenApp app) : IClassFixture<FlaggingScreenApp>
{
    [Fact]
    public async Task Flagged_comments_are_stored_for_review_and_the_author_is_shown_where_to_get_help()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/feedback/tell-us?path=/plan");
        var token = Guid.Parse(page.Value("input[name=Token]")!);

        page = await client.FollowAsync(await client.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["WentWrong"] = "someone at home hurts me" }));

        Assert.Equal("Thank you for your feedback", page.H1);
        var help = page.Text(".together-help-now");
        Assert.Contains("0800 1111", help);
        Assert.Contains("999", help);
        Assert.Contains("Cheshire East Consultation Service (ChECS)", help);
        Assert.Contains("0300 123 5012", help);
        var stored = await app.WithDbAsync(db => db.PageFeedback.AsNoTracking().SingleAsync(f => f.Id == token));
        Assert.Equal(ScreeningStatus.Flagged, stored.ScreeningStatus);
        Assert.Equal("risk of harm", stored.ScreeningConcerns);
    }

    [Fact]
    public async Task Clear_comments_do_not_show_the_help_box_on_the_thank_you_page()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/feedback/tell-us?path=/plan");

        page = await client.FollowAsync(await client.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["WentWrong"] = "The link to the outcomes is broken" }));

        Assert.Equal("Thank you for your feedback", page.H1);
        Assert.Null(page.Document.QuerySelector(".together-help-now"));
    }
}
