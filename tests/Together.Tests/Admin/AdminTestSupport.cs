using Together.Tests.Support;

namespace Together.Tests.Admin;

internal static class AdminTestSupport
{
    public const string Admin = "admin@demo.together.example";

    /// <summary>A client signed in as the demo administrator (password and authenticator code).</summary>
    public static async Task<HtmlClient> SignedInAdminAsync(this TogetherApp app, string email = Admin)
    {
        var client = app.CreateHtmlClient();
        var page = await client.SignInAsync(email);
        Assert.True(page.Status is System.Net.HttpStatusCode.Redirect or System.Net.HttpStatusCode.Found, $"Signing in as {email} gave {page.Status}: {string.Join("; ", page.ErrorSummary)}");
        return client;
    }

    /// <summary>Sends a message through Contact the Trust as a member of the public and returns its id.</summary>
    public static async Task<Guid> SendContactMessageAsync(this TogetherApp app, string message, string? email = null)
    {
        using var client = app.CreateHtmlClient();
        const string form = "main form[method=post]";
        var page = await client.GetAsync("/contact");
        page = await client.SubmitAsync(page, form, new Dictionary<string, string?> { ["Message"] = message });
        var id = Guid.Parse(page.Location!.Split('/', StringSplitOptions.RemoveEmptyEntries)[1]);
        page = await client.FollowAsync(page);
        page = await client.FollowAsync(await client.SubmitAsync(page, form, email is null
            ? new Dictionary<string, string?> { ["Reply"] = "NoReply" }
            : new Dictionary<string, string?> { ["Reply"] = "Email", ["Email"] = email, ["Name"] = "Robin" }));
        page = await client.FollowAsync(await client.SubmitAsync(page, form));
        page = await client.SubmitAsync(page, form);
        Assert.Equal($"/contact/{id}/sent", page.Location);
        return id;
    }
}
