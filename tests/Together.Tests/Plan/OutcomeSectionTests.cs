using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Together.Tests.Support;
using Together.Web.Features.Plan;

namespace Together.Tests.Plan;

/// <summary>The app with one extra outcome page section, as the Outcomes feature will add for indicators.</summary>
public sealed class AppWithOutcomeSection : TogetherApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddScoped<IOutcomePageSection, SafeOnlySection>());
    }

    /// <summary>Shows something on the "Safe" outcome only; every other outcome gets nothing.</summary>
    private sealed class SafeOnlySection : IOutcomePageSection
    {
        public int Order => 10;

        public Task<OutcomePageSectionContent?> BuildAsync(Outcome outcome, PlanView plan, CancellationToken cancellationToken) =>
            Task.FromResult(outcome.Number == 2
                ? new OutcomePageSectionContent("~/Features/Plan/_Principle.cshtml", new Principle { Letter = "S", Word = "Section from another feature" })
                : null);
    }
}

public sealed class OutcomeSectionTests(AppWithOutcomeSection app) : IClassFixture<AppWithOutcomeSection>
{
    [Fact]
    public async Task Other_features_can_add_sections_to_an_outcome_page_and_empty_ones_render_nothing()
    {
        using var client = app.CreateHtmlClient();

        var safe = await client.GetAsync("/plan/outcomes/2");
        var healthy = await client.GetAsync("/plan/outcomes/4");

        Assert.Equal("Section from another feature", safe.Text("main .together-principle__word"));
        Assert.Null(healthy.Document.QuerySelector("main .together-principle__word"));
    }
}
