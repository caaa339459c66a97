using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Together.Tests.Support;
using Together.Web.Features.Accounts;

namespace Together.Tests.Accounts;

/// <summary>Has its own app because it moves the clock forward to let session checks run.</summary>
public sealed class PeopleAdminTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private async Task<string> IdOfAsync(string email)
    {
        using var scope = app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<TogetherUser>>().FindByEmailAsync(email))!.Id;
    }

    private static async Task<HtmlPage> PasswordSignInAsync(HtmlClient client, string email)
    {
        var page = await client.GetAsync("/account/sign-in");
        return await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Email"] = email, ["Password"] = AccountsTestData.Password });
    }

    [Fact]
    public async Task The_people_list_shows_roles_authenticator_and_last_sign_in()
    {
        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync("admin@demo.together.example");
        var page = await admin.GetAsync("/admin/people");

        Assert.Equal("People", page.H1);
        var row = page.Document.QuerySelectorAll("#people tbody tr").Single(r => r.TextContent.Contains("admin@demo.together.example", StringComparison.Ordinal));
        Assert.Contains("Administrator", row.TextContent);
        Assert.Contains("On", row.TextContent);
        Assert.Contains("23 November 2026 at 10:00am", row.TextContent);
        Assert.Contains("Active", row.TextContent);
    }

    [Fact]
    public async Task A_deactivated_person_is_signed_out_and_cannot_sign_in_until_reactivated()
    {
        var email = await AccountsTestData.CreateUserAsync(app, Roles.YouthCouncilMember);
        var id = await IdOfAsync(email);
        using var person = app.CreateHtmlClient();
        Assert.Equal("/account", (await PasswordSignInAsync(person, email)).Location);

        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync("admin@demo.together.example");
        var page = await admin.GetAsync($"/admin/people/{id}");
        page = await admin.SubmitAsync(page, "form#deactivate");
        Assert.True(page.Location == $"/admin/people/{id}", $"{page.Status} {page.Location} {page.Title}");
        page = await admin.FollowAsync(page);
        Assert.StartsWith("Deactivated on", page.Text("#status"));

        // The open session ends at the next check of the security stamp.
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.StartsWith("http://localhost/account/sign-in", (await person.GetAsync("/account")).Location);

        using var again = app.CreateHtmlClient();
        page = await PasswordSignInAsync(again, email);
        Assert.Equal(["Enter a correct email address and password"], page.ErrorSummary);

        page = await admin.GetAsync($"/admin/people/{id}");
        page = await admin.SubmitAsync(page, "form#reactivate");
        page = await admin.FollowAsync(page);
        Assert.Equal("Active", page.Text("#status"));
        Assert.Equal("/account", (await PasswordSignInAsync(again, email)).Location);
    }

    [Fact]
    public async Task Giving_someone_a_staff_role_makes_them_set_up_an_authenticator()
    {
        var email = await AccountsTestData.CreateUserAsync(app, Roles.YouthCouncilMember);
        var id = await IdOfAsync(email);
        using var person = app.CreateHtmlClient();
        await PasswordSignInAsync(person, email);

        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync("admin@demo.together.example");
        var page = await admin.GetAsync($"/admin/people/{id}/roles");
        page = await admin.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Roles"] = HtmlClient.Many(Roles.YouthCouncilMember, Roles.BoardMember) });
        Assert.Equal($"/admin/people/{id}", page.Location);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("/account/two-factor/setup", (await person.GetAsync("/account")).Location);
    }

    [Fact]
    public async Task Roles_need_at_least_one_and_an_administrator_cannot_remove_their_own()
    {
        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync("admin@demo.together.example");
        var adminId = await IdOfAsync("admin@demo.together.example");
        var page = await admin.GetAsync($"/admin/people/{adminId}/roles");

        var none = await admin.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Roles"] = null });
        Assert.Equal(["Select at least one role"], none.ErrorSummary);

        var own = await admin.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Roles"] = Roles.Partner });
        Assert.Equal(["You cannot remove your own administrator role. Ask another administrator."], own.ErrorSummary);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/people/no-such-person")).Status);
    }

    [Fact]
    public async Task Administrators_add_and_edit_partner_organisations()
    {
        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync("admin@demo.together.example");
        var page = await admin.GetAsync("/admin/organisations/add");
        page = await admin.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Name"] = "", ["Website"] = "not a website" });
        Assert.Equal(["Enter the organisation's name", "Select what kind of organisation it is", "Enter the website address in full, like https://www.example.org.uk"], page.ErrorSummary);
        Assert.Equal("not a website", page.Value("#Website"));

        page = await admin.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Name"] = "Crewe Youth Theatre", ["Kind"] = "VoluntaryAndCommunity", ["Website"] = "https://crewe-youth-theatre.example" });
        Assert.Equal("/admin/organisations", page.Location);
        page = await admin.FollowAsync(page);
        Assert.Contains("Crewe Youth Theatre", page.Text("#organisations"));

        // The same again is refused rather than stored twice.
        var duplicate = await admin.GetAsync("/admin/organisations/add");
        duplicate = await admin.SubmitAsync(duplicate, "main form[method=post]", new Dictionary<string, string?> { ["Name"] = "Crewe  Youth Theatre", ["Kind"] = "Other" });
        Assert.Equal(["There is already an organisation with this name"], duplicate.ErrorSummary);

        var id = await app.WithDbAsync(db => db.Organisations.Where(o => o.Slug == "crewe-youth-theatre").Select(o => o.Id).SingleAsync());
        page = await admin.GetAsync($"/admin/organisations/{id}/edit");
        Assert.Equal("Crewe Youth Theatre", page.Value("#Name"));
        page = await admin.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?> { ["Name"] = "Crewe Youth Theatre Company", ["Kind"] = "Other" });
        Assert.Equal("/admin/organisations", page.Location);
        Assert.Equal("Crewe Youth Theatre Company", await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/organisations/{Guid.NewGuid()}/edit")).Status);
    }
}
