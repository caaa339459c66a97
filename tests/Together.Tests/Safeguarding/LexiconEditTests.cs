using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Together.Screening;
using Together.Tests.Support;
using Together.Web.Features.Safeguarding;

namespace Together.Tests.Safeguarding;

public sealed class LexiconEditTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task Lexicon_edits_are_guarded_by_the_test_sentences()
    {
        using var lead = app.CreateHtmlClient();
        await lead.SignInAsync("safeguarding@demo.together.example");
        var page = await lead.GetAsync("/safeguarding/lexicon");
        Assert.Equal(Lexicon.DefaultSource.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(), page.Value("#Source")!.Replace("\r\n", "\n", StringComparison.Ordinal).Trim());

        // Broken syntax: refused with the line.
        var refused = await lead.SubmitAsync(page, "#lexicon-form", new Dictionary<string, string?> { ["Source"] = Lexicon.DefaultSource + "\nNotACategory | 9 | oops\n" });
        Assert.Single(refused.ErrorSummary);
        Assert.Contains(refused.Texts("#lexicon-failures li"), f => f.StartsWith("Line ", StringComparison.Ordinal));

        // Valid but no longer catches a must-flag sentence: refused with the sentences.
        refused = await lead.SubmitAsync(page, "#lexicon-form", new Dictionary<string, string?> { ["Source"] = "Bullying | 3 | zorblax\n" });
        Assert.Contains(refused.Texts("#lexicon-failures li"), f => f.Contains("I want to kill myself", StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.LexiconVersions.CountAsync()));

        // A guard that the current lexicon already fails cannot be added.
        var added = await lead.SubmitAsync(page, "#sentence-form", new Dictionary<string, string?> { ["NewSentence"] = "the zorblax is coming for me", ["MustFlag"] = "true" });
        Assert.Single(added.ErrorSummary);

        // A valid edit that adds a phrase is saved and used at once.
        var edited = Lexicon.DefaultSource + "\nCrimeAndWeapons | 4 | zorblax *2 coming for me\n";
        var saved = await lead.SubmitAsync(page, "#lexicon-form", new Dictionary<string, string?> { ["Source"] = edited });
        Assert.Equal("/safeguarding/lexicon?saved=true", saved.Location);
        using (var scope = app.Services.CreateScope())
        {
            var triage = scope.ServiceProvider.GetRequiredService<SafeguardingTriage>();
            Assert.True((await triage.ScreenAsync("the zorblax is coming for me", "Test answer", "lex-1", null, CancellationToken.None)).Flagged);
        }

        // Now the guard can be added, and removing the phrase again is refused.
        page = await lead.GetAsync("/safeguarding/lexicon");
        added = await lead.SubmitAsync(page, "#sentence-form", new Dictionary<string, string?> { ["NewSentence"] = "the zorblax is coming for me", ["MustFlag"] = "true" });
        Assert.Equal("/safeguarding/lexicon", added.Location);
        page = await lead.GetAsync("/safeguarding/lexicon");
        refused = await lead.SubmitAsync(page, "#lexicon-form", new Dictionary<string, string?> { ["Source"] = Lexicon.DefaultSource });
        Assert.Contains(refused.Texts("#lexicon-failures li"), f => f.Contains("zorblax", StringComparison.Ordinal));
        Assert.Equal(1, await app.WithDbAsync(db => db.LexiconVersions.CountAsync()));
    }
}
