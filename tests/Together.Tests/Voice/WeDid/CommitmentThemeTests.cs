using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;

namespace Together.Tests.Voice.WeDid;

/// <summary>A commitment names the themes of what people said that it answers.</summary>
public sealed class CommitmentThemeTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task A_public_commitment_links_to_the_themes_it_answers()
    {
        using var client = app.CreateHtmlClient();
        var id = await app.WithDbAsync(db => db.Commitments.Where(c => c.Title == "Publish waiting times for mental health support every month").Select(c => c.Id).SingleAsync());

        var page = await client.GetAsync($"/you-said-we-did/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var theme = Assert.Single(page.Document.QuerySelectorAll("#themes a"));
        Assert.Equal("Someone to talk to", theme.TextContent.Trim());
        Assert.Equal("/have-your-say/getting-help-with-how-you-feel/results#what-you-said", theme.GetAttribute("href"));

        var results = await client.GetAsync("/have-your-say/getting-help-with-how-you-feel/results");
        Assert.Contains("Answers what you said about: Someone to talk to", results.Text("#we-did-list"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_can_name_only_themes_of_the_consultations_a_commitment_answers()
    {
        using var client = app.CreateHtmlClient();
        await client.SignInAsync("admin@demo.together.example");
        var (send, sendTheme, otherTheme) = await app.WithDbAsync(async db =>
        {
            var sendId = await db.Consultations.Where(c => c.Slug == "support-for-send-families").Select(c => c.Id).SingleAsync();
            var mentalHealthId = await db.Consultations.Where(c => c.Slug == "getting-help-with-how-you-feel").Select(c => c.Id).SingleAsync();
            var mine = await db.ConsultationThemes.Where(t => t.ConsultationId == sendId && t.Name == "Transport").Select(t => t.Id).SingleAsync();
            var theirs = await db.ConsultationThemes.Where(t => t.ConsultationId == mentalHealthId && t.Name == "Transport").Select(t => t.Id).SingleAsync();
            return (sendId, mine, theirs);
        });
        var form = await client.GetAsync("/admin/commitments/new");
        Assert.Contains(form.Document.QuerySelectorAll("input[name='Details.ThemeIds']"), i => i.GetAttribute("value") == sendTheme.ToString());
        var owner = form.Document.QuerySelectorAll("#Details-OwnerOrganisationId option").Select(o => o.GetAttribute("value")).First(v => v is { Length: > 0 });
        var fields = new Dictionary<string, string?>
        {
            ["Details.Title"] = "Bus passes for young carers",
            ["Details.Description"] = "Young carers said getting about costs too much.",
            ["Details.ConsultationIds"] = send.ToString(),
            ["Details.ThemeIds"] = otherTheme.ToString(),
            ["Details.OwnerOrganisationId"] = owner,
        };

        var refused = await client.SubmitAsync(form, "form[method=post]", fields);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Select only themes from the consultations it answers", refused.ErrorSummary);
        Assert.Equal("Bus passes for young carers", refused.Value("#Details-Title"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Commitments.CountAsync(c => c.Title == "Bus passes for young carers")));

        fields["Details.ThemeIds"] = sendTheme.ToString();
        var saved = await client.SubmitAsync(refused, "form[method=post]", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var links = await app.WithDbAsync(db => (from c in db.Commitments
                                                 join l in db.CommitmentThemes on c.Id equals l.CommitmentId
                                                 where c.Title == "Bus passes for young carers"
                                                 select l.ThemeId).ToListAsync());
        Assert.Equal([sendTheme], links);
    }
}
