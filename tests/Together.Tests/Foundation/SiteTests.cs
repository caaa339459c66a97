using System.Net;
using Together.Tests.Support;

namespace Together.Tests.Foundation;

public sealed class SiteTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Theory]
    [InlineData("/", "Making Cheshire East a great place to be young")]
    [InlineData("/accessibility", "Accessibility statement")]
    [InlineData("/privacy", "Privacy notice")]
    [InlineData("/privacy/young-people", "Your privacy")]
    [InlineData("/cookies", "Cookies")]
    [InlineData("/source-code", "Source code")]
    public async Task Public_pages_render_in_the_partnership_layout(string path, string heading)
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(heading, page.H1);
        Assert.NotNull(page.Document.QuerySelector("a.govuk-skip-link[href='#main-content']"));
        Assert.NotNull(page.Document.QuerySelector("main#main-content"));
        Assert.Contains("Accessibility statement", page.Text("footer"));
        Assert.NotNull(page.Document.QuerySelector(".govuk-phase-banner"));
        // No crown and no GDS Transport: the header is the generic one with the partnership's own name.
        Assert.Null(page.Document.QuerySelector(".govuk-header__logotype"));
        Assert.Contains("Together", page.Text(".govuk-generic-header"));
        // Pages work without JavaScript: no inline script at all, only the enhancement module.
        Assert.All(page.Document.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), "inline script found"));
    }

    [Fact]
    public async Task Every_page_offers_the_source_code_as_the_licence_requires()
    {
        using var client = app.CreateHtmlClient();
        var home = await client.GetAsync("/");
        Assert.NotNull(home.Document.QuerySelector("footer a[href='/source-code']"));

        var page = await client.GetAsync("/source-code");
        Assert.Contains("GNU Affero General Public License", page.Text("main"));
        // With no repository address configured, people are told how to ask for a copy instead.
        Assert.NotNull(page.Document.QuerySelector("main a[href='/contact']"));
    }

    [Fact]
    public async Task Unknown_page_gets_a_styled_404_with_the_status_kept()
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.H1);
        Assert.StartsWith("Page not found", page.Title);
    }

    [Fact]
    public async Task Every_response_carries_strict_security_headers()
    {
        using var client = app.CreateHtmlClient();
        var response = await client.Http.GetAsync("/");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Health_checks_the_database()
    {
        using var client = app.CreateHtmlClient();
        var response = await client.Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"healthy\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Brand_colours_come_from_configuration_as_css_custom_properties()
    {
        using var client = app.CreateHtmlClient();
        var css = await client.Http.GetStringAsync("/brand.css");

        Assert.Contains("--govuk-brand-colour:#4c2c92", css);
    }
}

public sealed class TestHarnessTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task Each_test_app_runs_on_its_own_database_of_the_chosen_provider()
    {
        var (isPostgres, connectionString) = await app.WithDbAsync(db =>
            Task.FromResult((Microsoft.EntityFrameworkCore.NpgsqlDatabaseFacadeExtensions.IsNpgsql(db.Database),
                Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetConnectionString(db.Database) ?? "")));

        Assert.Equal(TestDatabase.IsPostgres, isPostgres);
        Assert.Contains(TestDatabase.IsPostgres ? "together_test_" : Path.Combine(Path.GetTempPath(), "together-tests"), connectionString);
    }
}
