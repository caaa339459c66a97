using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Together.Tests.Support;
using Together.Web.Features.Accounts;
using Together.Web.Infrastructure.Notifications;

namespace Together.Tests.Accounts;

public sealed class InvitationTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private static Dictionary<string, string?> Field(string name, string value) => new() { [name] = value };

    /// <summary>Runs the whole invite journey as the demo administrator and returns the link from the email file.</summary>
    private async Task<(string Email, string Link)> InviteAsync(HtmlClient admin, string role)
    {
        var email = $"invited-{Guid.NewGuid():N}@partner.example";
        var page = await admin.GetAsync("/admin/people/invite");
        Assert.Equal("What is their email address?", page.Document.QuerySelector("h1")?.TextContent.Trim());
        page = await admin.SubmitAsync(page, "main form[method=post]", Field("Email", email));
        page = await admin.FollowAsync(page);
        page = await admin.SubmitAsync(page, "main form[method=post]", Field("DisplayName", "Kim Invited"));
        page = await admin.FollowAsync(page);
        var cvs = page.Document.QuerySelectorAll("#OrganisationId option").First(o => o.TextContent.Contains("CVS", StringComparison.Ordinal) || o.TextContent.Contains("Council", StringComparison.Ordinal)).GetAttribute("value")!;
        page = await admin.SubmitAsync(page, "main form[method=post]", Field("OrganisationId", cvs));
        page = await admin.FollowAsync(page);
        page = await admin.SubmitAsync(page, "main form[method=post]", Field("Roles", role));
        page = await admin.FollowAsync(page);
        Assert.Equal("Check your answers before sending the invitation", page.H1);
        Assert.Contains(email, page.Text("#answers"));
        Assert.Contains(role, page.Text("#answers"));

        var check = page;
        page = await admin.SubmitAsync(page, "main form[method=post]");
        page = await admin.FollowAsync(page);
        Assert.Equal("Invitation sent", page.Text(".govuk-panel__title"));

        // A repeated submit of "Send" sends nothing more.
        var again = await admin.SubmitAsync(check, "main form[method=post]");
        Assert.True(again.Location?.EndsWith("/sent") == true, again.Status + " " + again.Location + " " + again.Title + string.Join(";", again.ErrorSummary));
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == email)));

        // The token is stored only as a hash.
        var invitation = await app.WithDbAsync(db => db.Invitations.SingleAsync(i => i.Email == email));
        Assert.Equal(64, invitation.TokenHash!.Length);

        await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
        var folder = Path.Combine(app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Database:DataDirectory"]!, "outbox");
        var eml = Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText).Single(text => text.Contains(email, StringComparison.Ordinal));
        var link = System.Text.RegularExpressions.Regex.Match(Unfold(eml), @"http://localhost/account/accept-invitation\?token=[A-Za-z0-9_\-]+").Value;
        Assert.NotEmpty(link);
        Assert.DoesNotContain(invitation.TokenHash, eml);
        return (email, link.Replace("http://localhost", "", StringComparison.Ordinal));
    }

    /// <summary>.eml bodies may be quoted-printable with soft line breaks.</summary>
    private static string Unfold(string eml) => eml.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal);

    [Fact]
    public async Task A_staff_invitation_end_to_end_sets_a_password_then_an_authenticator()
    {
        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync("admin@demo.together.example");
        var (email, link) = await InviteAsync(admin, Roles.Partner);

        using var invited = app.CreateHtmlClient();
        var page = await invited.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Create your account", page.H1);
        Assert.Contains("Kim Invited", page.Text("#invitation"));

        // A deny-listed password is refused with the reason.
        page = await invited.SubmitAsync(page, "main form[method=post]", Field("Password", "Password12345!"));
        Assert.Equal([PasswordPolicy.Common], page.ErrorSummary);
        page = await invited.SubmitAsync(page, "main form[method=post]", Field("Password", "kim-invited-2026-xyz"));
        Assert.Equal([PasswordPolicy.ContainsEmailName], page.ErrorSummary);

        page = await invited.SubmitAsync(page, "main form[method=post]", Field("Password", "heron lantern quarry mist"));
        Assert.Equal("/account/two-factor/setup", page.Location);

        page = await invited.GetAsync("/account/two-factor/setup");
        var key = TwoFactorTests.KeyFrom(page);
        page = await invited.SubmitAsync(page, "main form[method=post]", Field("Code", AccountsTestData.Totp(key)));
        Assert.Equal("/account/two-factor/recovery-codes", page.Location);

        using var later = app.CreateHtmlClient();
        page = await later.SignInAsync(email, "heron lantern quarry mist", key);
        Assert.Equal("/account", page.Location);
        page = await later.FollowAsync(page);
        Assert.Contains("Partner", page.Text("#account-details"));

        // The link was single use.
        using var reuse = app.CreateHtmlClient();
        page = await reuse.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Equal("This invitation has already been used", page.H1);
    }

    [Fact]
    public async Task A_youth_council_invitation_needs_no_authenticator()
    {
        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync("admin@demo.together.example");
        var (_, link) = await InviteAsync(admin, Roles.YouthCouncilMember);

        using var invited = app.CreateHtmlClient();
        var page = await invited.GetAsync(link);
        page = await invited.SubmitAsync(page, "main form[method=post]", Field("Password", "otters juggle purple kites"));
        Assert.Equal("/account", page.Location);
    }

    [Fact]
    public async Task An_expired_invitation_gets_a_clear_page()
    {
        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync("admin@demo.together.example");
        var (email, link) = await InviteAsync(admin, Roles.Commissioner);
        await app.WithDbAsync(async db =>
        {
            var invitation = await db.Invitations.SingleAsync(i => i.Email == email);
            invitation.ExpiresAt = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });

        using var invited = app.CreateHtmlClient();
        var page = await invited.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Equal("Your invitation has expired", page.H1);
        Assert.Null(page.Document.QuerySelector("main form"));
    }

    [Theory]
    [InlineData("/account/accept-invitation?token=not-a-real-token")]
    [InlineData("/account/accept-invitation")]
    public async Task An_unknown_invitation_link_gets_a_clear_page(string url)
    {
        using var client = app.CreateHtmlClient();
        var page = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("This invitation link is not valid", page.H1);
    }

    [Fact]
    public async Task The_journey_checks_each_answer_and_keeps_what_was_typed()
    {
        using var admin = app.CreateHtmlClient();
        await admin.SignInAsync("admin@demo.together.example");
        var page = await admin.GetAsync("/admin/people/invite");
        page = await admin.SubmitAsync(page, "main form[method=post]", Field("Email", "not an email"));
        Assert.Equal(["Enter an email address in the correct format, like name@example.com"], page.ErrorSummary);
        Assert.Equal("not an email", page.Value("#Email"));

        page = await admin.SubmitAsync(page, "main form[method=post]", Field("Email", "partner@demo.together.example"));
        Assert.Equal(["Someone already has an account with this email address"], page.ErrorSummary);

        page = await admin.SubmitAsync(page, "main form[method=post]", Field("Email", $"x-{Guid.NewGuid():N}@partner.example"));
        page = await admin.FollowAsync(page);
        page = await admin.SubmitAsync(page, "main form[method=post]", Field("DisplayName", new string('a', 201)));
        Assert.Equal(["Full name must be 200 characters or fewer"], page.ErrorSummary);
        page = await admin.SubmitAsync(page, "main form[method=post]", Field("DisplayName", "Pat Example"));
        page = await admin.FollowAsync(page);
        page = await admin.SubmitAsync(page, "main form[method=post]", Field("OrganisationId", Guid.NewGuid().ToString()));
        Assert.Equal(["Select the organisation the person works for or belongs to"], page.ErrorSummary);

        // Jumping to "Check your answers" early goes back to the first unanswered question.
        var id = page.Response.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[4];
        Assert.Equal($"/admin/people/invite/{id}/organisation", (await admin.GetAsync($"/admin/people/invite/{id}/check")).Location);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/people/invite/{Guid.NewGuid()}/name")).Status);
    }

    [Fact]
    public async Task Only_administrators_can_invite()
    {
        using var partner = app.CreateHtmlClient();
        await partner.SignInAsync("partner@demo.together.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/admin/people/invite")).Status);

        using var anonymous = app.CreateHtmlClient();
        Assert.StartsWith("http://localhost/account/sign-in", (await anonymous.GetAsync("/admin/people/invite")).Location);
    }
}
