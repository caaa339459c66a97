using System.Net;
using Together.Tests.Support;

namespace Together.Tests.Outcomes;

public sealed class ScorecardTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task Public_pages_render()
    {
        using var client = app.CreateHtmlClient();
        foreach (var url in new[] { "/outcomes", "/outcomes/1", "/outcomes/6", "/indicators", "/indicators/CYP-D01", "/indicators/CYP-LAC", "/indicators/CYP-D06" })
        {
            var page = await client.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.OK, $"{url}: {page.Status} {page.Html[..Math.Min(3000, page.Html.Length)]}");
        }
    }
}
