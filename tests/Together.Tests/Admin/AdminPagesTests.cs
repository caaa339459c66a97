using System.Net;
using Together.Tests.Support;

namespace Together.Tests.Admin;

public sealed class AdminPagesTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    public static readonly TheoryData<string> AdminPages = ["/admin", "/admin/feedback", "/admin/inbox", "/admin/outbox", "/admin/audit", $"/admin/inbox/{Guid.Empty}"];

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Admin_pages_send_people_who_are_not_signed_in_to_sign_in(string path)
    {
        using var client = app.CreateHtmlClient();

        var page = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/account/sign-in", new Uri(new Uri("http://localhost"), page.Location!).PathAndQuery);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Admin_pages_are_refused_to_staff_who_are_not_administrators(string path)
    {
        using var client = await app.SignedInAdminAsync("partner@demo.together.example");

        var page = await client.FollowAsync(await client.GetAsync(path));

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
    }

    [Fact]
    public async Task The_admin_page_links_to_every_admin_area_that_exists_and_every_link_works()
    {
        using var client = await app.SignedInAdminAsync();

        var page = await client.GetAsync("/admin");

        Assert.Equal("Admin", page.H1);
        var links = page.Document.QuerySelectorAll("#admin-areas a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Superset(new HashSet<string> { "/admin/feedback", "/admin/inbox", "/admin/outbox", "/admin/audit" }, links.ToHashSet());
        foreach (var link in links)
        {
            var linked = await client.GetAsync(link);
            Assert.True(linked.Status == HttpStatusCode.OK, $"{link} gave {linked.Status}");
        }

        // Areas whose pages do not exist yet are not offered.
        Assert.All(links, link => Assert.Contains(Together.Web.Features.Admin.AdminLinks.All, l => l.Path == link));
    }
}
