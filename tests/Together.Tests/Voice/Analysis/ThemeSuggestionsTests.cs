using Together.Web.Features.Voice.Analysis;

namespace Together.Tests.Voice.Analysis;

public sealed class ThemeSuggestionsTests
{
    private static TextAnswer A(int n, string text) => new(new Guid(n, 0, 0, new byte[8]), text);

    [Theory]
    [InlineData("buses", "bus")]
    [InlineData("waiting", "wait")]
    [InlineData("stopped", "stop")]
    [InlineData("activities", "activity")]
    [InlineData("clubs", "club")]
    [InlineData("class", "class")]
    [InlineData("bus", "bus")]
    public void Everyday_forms_of_a_word_stem_to_the_same_term(string word, string stem) =>
        Assert.Equal(stem, ThemeSuggestions.Stem(word));

    [Fact]
    public void Terms_are_lower_cased_without_accents_punctuation_or_common_words()
    {
        Assert.Equal(["cafe", "bus", "late"], ThemeSuggestions.Terms("The CAFÉ and the bus are late!"));
        Assert.Equal(["cost"], ThemeSuggestions.Terms("things that don't cost"));
    }

    [Fact]
    public void Answers_using_a_keyword_in_any_form_are_suggested_and_tagged_ones_are_not()
    {
        var answers = new[]
        {
            A(1, "The buses stop at 6 so I can't get anywhere"),
            A(2, "A bus that runs later"),
            A(3, "More sports like climbing"),
            A(4, "Transport is rubbish where I live"),
            A(5, "Busy roads make it hard to cycle"),
        };
        var suggested = ThemeSuggestions.SuggestAnswers("Transport", ["bus", "transport"], answers, new HashSet<Guid> { answers[1].Id });
        Assert.Equal([answers[0].Id, answers[3].Id], suggested.Select(s => s.AnswerId).Order().ToList());
        Assert.Equal(["bus"], suggested.Single(s => s.AnswerId == answers[0].Id).Matched);
    }

    [Fact]
    public void A_phrase_keyword_matches_only_the_phrase()
    {
        var answers = new[] { A(1, "Someone to talk to about mental health"), A(2, "My health is fine but I worry about my mental maths") };
        var suggested = ThemeSuggestions.SuggestAnswers("Mental health", ["mental health"], answers, new HashSet<Guid>());
        Assert.Equal(answers[0].Id, Assert.Single(suggested).AnswerId);
    }

    [Fact]
    public void With_no_keywords_the_words_of_the_theme_name_are_used()
    {
        var answers = new[] { A(1, "cheaper buses please"), A(2, "nothing to do") };
        var suggested = ThemeSuggestions.SuggestAnswers("Buses and trains", [], answers, new HashSet<Guid>());
        Assert.Equal(answers[0].Id, Assert.Single(suggested).AnswerId);
    }

    [Fact]
    public void Frequent_distinctive_terms_are_suggested_as_themes_and_covered_or_rare_ones_are_not()
    {
        var answers = new List<TextAnswer>();
        var n = 0;
        foreach (var text in Enumerable.Repeat("The youth club is too far away", 4)
                     .Concat(Enumerable.Repeat("The youth club should open on Sundays", 2))
                     .Concat(Enumerable.Repeat("Buses are too expensive", 5))
                     .Concat(Enumerable.Repeat("Skate park lighting", 3))
                     .Concat(["Dance classes", "Climbing wall"]))
        {
            answers.Add(A(++n, text));
        }

        var terms = ThemeSuggestions.SuggestThemes(answers, covered: ["bus"], minimumAnswers: 3);
        var names = terms.Select(t => t.Term).ToList();
        Assert.Equal("youth club", names[0]);
        Assert.Equal(6, terms[0].Answers);
        Assert.DoesNotContain("club", names);
        Assert.DoesNotContain("youth", names);
        Assert.Contains("skate park", names);
        Assert.Contains("park lighting", names);
        Assert.DoesNotContain(names, t => t.Contains("bus", StringComparison.Ordinal));
        Assert.DoesNotContain("dance", names);
        Assert.DoesNotContain("the", names);
    }
}
