using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;
using XlsxCell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Support;
using Together.Web.Features.Voice;
using Together.Web.Features.Voice.Analysis;
using Together.Web.Infrastructure.Export;

namespace Together.Tests.Voice.Analysis;

/// <summary>The staff analysis, codebook, export and indicator feed, and the public "what you said", through HTTP.</summary>
public sealed class AnalysisTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    private const string Admin = "admin@demo.together.example";
    private const string FlaggedText = "someone at home hurts me and I am scared to go back";

    private static readonly SurveyDefinition Survey = new()
    {
        Pages =
        [
            new SurveyPage
            {
                Id = "p1",
                Title = "Questions",
                Questions =
                [
                    new SurveyQuestion { Id = "q1", Type = QuestionType.SingleChoice, Text = "Do you feel safe where you live?", Options = [new("yes", "Yes"), new("no", "No"), new("not-sure", "Not sure")] },
                    new SurveyQuestion { Id = "q2", Type = QuestionType.LongText, Text = "What would help?" },
                    new SurveyQuestion { Id = "q3", Type = QuestionType.AgeBand, Text = "How old are you?", AboutYou = true },
                    new SurveyQuestion { Id = "q4", Type = QuestionType.Locality, Text = "Where do you live?", AboutYou = true },
                ],
            },
        ],
    };

    /// <summary>
    /// A known dataset: 8 children (6 yes, 2 no) and 10 young people (3 yes, 7 no), the young people in Crewe, each
    /// with a written answer; the last child's answer is flagged by the safeguarding screen.
    /// </summary>
    private async Task<(Guid Id, string Slug, List<Guid> TextAnswers, Guid Flagged)> SeedAsync(ConsultationStatus status = ConsultationStatus.Closed)
    {
        var slug = "analysis-" + Guid.NewGuid().ToString("N")[..8];
        var texts = new List<Guid>();
        var flagged = Guid.Empty;
        var id = await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var consultation = new Consultation
            {
                Id = Guid.NewGuid(), Slug = slug, Title = "Feeling safe " + slug, Summary = "Test", Audiences = Audience.Children8To12 | Audience.YoungPeople13To17,
                OwnerOrganisationId = await db.Organisations.Select(o => o.Id).FirstAsync(), OpensAt = now.AddDays(-60), ClosesAt = now.AddDays(-30), Status = status, CreatedAt = now.AddDays(-70),
            };
            db.Consultations.Add(consultation);
            var version = new SurveyVersion { Id = Guid.NewGuid(), ConsultationId = consultation.Id, Number = 1, DefinitionJson = Survey.ToJson(), CreatedAt = consultation.CreatedAt };
            db.SurveyVersions.Add(version);
            var n = 0;
            void Person(string age, string safe, string? town, string text, bool isFlagged = false)
            {
                var response = new SurveyResponse { Id = Guid.NewGuid(), ConsultationId = consultation.Id, SurveyVersionId = version.Id, DraftKeyHash = ResponseJourneys.Hash($"{slug}-{n++}"), SubmittedAt = consultation.OpensAt.AddHours(n) };
                db.SurveyResponses.Add(response);
                void Answer(string q, string v, bool f = false)
                {
                    var answer = new ResponseAnswer { Id = Guid.NewGuid(), ResponseId = response.Id, QuestionId = q, Value = v, Flagged = f };
                    db.ResponseAnswers.Add(answer);
                    if (q == "q2")
                    {
                        texts.Add(answer.Id);
                        if (f)
                        {
                            flagged = answer.Id;
                        }
                    }
                }

                Answer("q1", safe);
                Answer("q2", text, isFlagged);
                Answer("q3", age);
                if (town is not null)
                {
                    Answer("q4", town);
                }
            }

            for (var i = 0; i < 6; i++) { Person("8-12", "yes", null, $"More buses in the evening, please {i}"); }
            Person("8-12", "no", null, "=HYPERLINK(\"http://example.com\") better lighting in the park");
            Person("8-12", "no", null, FlaggedText, isFlagged: true);
            for (var i = 0; i < 3; i++) { Person("13-17", "yes", "crewe", $"A youth club that is open later {i}"); }
            for (var i = 0; i < 7; i++) { Person("13-17", "no", "crewe", $"Better lighting and the bus to run later {i}"); }
            await db.SaveChangesAsync();
            return consultation.Id;
        });
        return (id, slug, texts, flagged);
    }

    [Fact]
    public async Task Cross_tabs_by_age_band_give_the_right_counts_percentages_and_intervals_and_flag_small_cells()
    {
        var (id, _, _, _) = await SeedAsync();
        using var client = app.CreateHtmlClient();
        await client.SignInAsync(Admin);
        var page = await client.GetAsync($"/admin/consultations/{id}/analysis?by=age-band");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("18 of 18 responses included", page.Text("#respondents"), StringComparison.Ordinal);
        var yes = page.Document.QuerySelector("#q-q1-table tr[data-option=yes]")!;
        Assert.Equal("6", yes.QuerySelector("td[data-group='8-12']")!.GetAttribute("data-count"));
        Assert.Equal("3", yes.QuerySelector("td[data-group='13-17']")!.GetAttribute("data-count"));
        Assert.Equal("9", yes.QuerySelector("td[data-group=all]")!.GetAttribute("data-count"));

        // 6 of 8 is 75.0% with a Wilson 95% interval of 40.9% to 92.9%; 3 is a small cell.
        var children = yes.QuerySelector("td[data-group='8-12']")!.TextContent;
        Assert.Contains("75.0%", children, StringComparison.Ordinal);
        Assert.Contains("40.9% to 92.9%", children, StringComparison.Ordinal);
        Assert.DoesNotContain("small", children, StringComparison.Ordinal);
        Assert.Contains("small", yes.QuerySelector("td[data-group='13-17']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#q-q1 svg[role=img] title"));

        // A filter narrows everything to the people it matches.
        page = await client.GetAsync($"/admin/consultations/{id}/analysis?locality=crewe");
        Assert.StartsWith("10 of 18 responses included", page.Text("#respondents"), StringComparison.Ordinal);
        Assert.Contains("3", page.Text("#q-q1-table tbody tr:first-child td"), StringComparison.Ordinal);
        Assert.Contains("1 withheld for safeguarding review", (await client.GetAsync($"/admin/consultations/{id}/analysis")).Text("#texts"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/consultations/{Guid.NewGuid()}/analysis")).Status);
    }

    [Fact]
    public async Task Staff_build_a_codebook_and_tag_many_answers_at_once_without_duplicates()
    {
        var (id, _, texts, flagged) = await SeedAsync();
        using var client = app.CreateHtmlClient();
        await client.SignInAsync(Admin);
        var page = await client.GetAsync($"/admin/consultations/{id}/themes");
        page = await client.SubmitAsync(page, "#add-theme", new Dictionary<string, string?> { ["Name"] = "" });
        Assert.Equal(["Enter a name for the theme"], page.ErrorSummary);
        page = await client.SubmitAsync(page, "#add-theme", new Dictionary<string, string?> { ["Name"] = "Transport", ["Keywords"] = "bus, transport" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        page = await client.GetAsync($"/admin/consultations/{id}/themes");
        page = await client.SubmitAsync(page, "#add-theme", new Dictionary<string, string?> { ["Name"] = "transport" });
        Assert.Equal(["There is already a theme called \"transport\""], page.ErrorSummary);

        // Suggested themes come from words many untagged answers use.
        page = await client.GetAsync($"/admin/consultations/{id}/themes");
        Assert.Contains("lighting", page.Texts("#term-suggestions th[scope=row]"));
        var themeId = await app.WithDbAsync(db => db.ConsultationThemes.Where(t => t.ConsultationId == id && t.Name == "Transport").Select(t => t.Id).SingleAsync());

        // The theme's keywords suggest the 13 answers that mention a bus.
        page = await client.GetAsync($"/admin/consultations/{id}/answers?question=q2&show=suggested&theme={themeId}");
        Assert.Equal("13", page.Text("#total"));
        Assert.DoesNotContain(FlaggedText, page.Html, StringComparison.Ordinal);
        Assert.Contains("1 answer is withheld for safeguarding review", page.Text("#withheld"), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector($"input[value='{flagged}']"));

        var pick = page.Document.QuerySelectorAll("#bulk input[name=Selected]").Take(4).Select(i => i.GetAttribute("value")!).ToArray();
        var refused = await client.SubmitAsync(page, "#bulk", new Dictionary<string, string?> { ["Action"] = "Tag", ["ThemeId"] = themeId.ToString() });
        Assert.Equal(["Select at least one answer"], refused.ErrorSummary);
        var done = await client.SubmitAsync(page, "#bulk", new Dictionary<string, string?> { ["Selected"] = HtmlClient.Many(pick), ["ThemeId"] = themeId.ToString(), ["Action"] = "Tag" });
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal("Theme added to 4 answers", (await client.FollowAsync(done)).Text("#done"));

        // The same submit again (a second click) adds nothing.
        done = await client.SubmitAsync(page, "#bulk", new Dictionary<string, string?> { ["Selected"] = HtmlClient.Many(pick), ["ThemeId"] = themeId.ToString(), ["Action"] = "Tag" });
        Assert.Equal("Theme added to 0 answers", (await client.FollowAsync(done)).Text("#done"));
        Assert.Equal(4, await app.WithDbAsync(db => db.AnswerThemes.CountAsync(a => a.ThemeId == themeId)));

        page = await client.GetAsync($"/admin/consultations/{id}/answers?question=q2&show=theme&theme={themeId}");
        Assert.Equal("4", page.Text("#total"));
        page = await client.GetAsync($"/admin/consultations/{id}/answers?question=q2&show=suggested&theme={themeId}");
        Assert.Equal("9", page.Text("#total"));
        page = await client.GetAsync($"/admin/consultations/{id}/answers?question=q2&show=theme&theme={themeId}");
        done = await client.SubmitAsync(page, "#bulk", new Dictionary<string, string?> { ["Selected"] = pick[0], ["ThemeId"] = themeId.ToString(), ["Action"] = "Untag" });
        Assert.Equal("Theme removed from 1 answer", (await client.FollowAsync(done)).Text("#done"));

        // Rename and remove.
        page = await client.GetAsync($"/admin/consultations/{id}/themes/{themeId}");
        Assert.Contains("3 answers are tagged", page.Text("#tagged"), StringComparison.Ordinal);
        page = await client.SubmitAsync(page, "#edit-theme", new Dictionary<string, string?> { ["Name"] = "Buses", ["Description"] = "Getting about" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        page = await client.GetAsync($"/admin/consultations/{id}/themes");
        Assert.Equal("3", page.Document.QuerySelector("#codebook tr[data-theme=Buses] td:nth-of-type(2)")!.TextContent.Trim()[..1]);
        page = await client.GetAsync($"/admin/consultations/{id}/themes/{themeId}");
        page = await client.SubmitAsync(page, "#remove-theme");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal(0, await app.WithDbAsync(db => db.AnswerThemes.CountAsync(a => a.ThemeId == themeId)));
        Assert.Equal(18, await app.WithDbAsync(db => db.ResponseAnswers.CountAsync(a => a.QuestionId == "q2" && texts.Contains(a.Id))));
    }

    [Fact]
    public async Task A_flagged_answer_can_never_be_tagged_quoted_exported_or_published()
    {
        var (id, slug, texts, flagged) = await SeedAsync();
        using var client = app.CreateHtmlClient();
        await client.SignInAsync(Admin);
        var page = await client.GetAsync($"/admin/consultations/{id}/answers?question=q2");
        var ordinary = page.Document.QuerySelector("#bulk input[name=Selected]")!.GetAttribute("value")!;

        // A forged form that slips the flagged answer in among ordinary ones changes nothing at all.
        page = await client.SubmitAsync(page, "#bulk", new Dictionary<string, string?> { ["Selected"] = HtmlClient.Many(ordinary, flagged.ToString()), ["Action"] = "Publish" });
        Assert.Equal(["Answers withheld for safeguarding review cannot be tagged or quoted"], page.ErrorSummary);
        Assert.Equal(0, await app.WithDbAsync(db => db.PublishableQuotes.CountAsync(q => q.ConsultationId == id)));

        // Another consultation's answer is refused too.
        var other = await app.WithDbAsync(db => db.ResponseAnswers.Where(a => a.QuestionId == "q5").Select(a => a.Id).FirstAsync());
        page = await client.SubmitAsync(page, "#bulk", new Dictionary<string, string?> { ["Selected"] = other.ToString(), ["Action"] = "Publish" });
        Assert.Equal(["Some of the selected answers are not free-text answers to this consultation. Nothing was changed"], page.ErrorSummary);

        page = await client.GetAsync($"/admin/consultations/{id}/answers?question=q2");
        page = await client.SubmitAsync(page, "#bulk", new Dictionary<string, string?> { ["Selected"] = ordinary, ["Action"] = "Publish" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);

        // Export: the flagged text is withheld with a marker.
        var csv = await client.Http.GetStringAsync($"/admin/consultations/{id}/responses.csv");
        Assert.DoesNotContain(FlaggedText, csv, StringComparison.Ordinal);
        Assert.Contains(ResponseExport.WithheldMarker, csv, StringComparison.Ordinal);

        // Even a quote row put straight into the database for the flagged answer never reaches the public page.
        await app.WithDbAsync(async db =>
        {
            db.PublishableQuotes.Add(new PublishableQuote { AnswerId = flagged, ConsultationId = id, MarkedBy = "test", MarkedAt = app.Clock.GetUtcNow().UtcDateTime });
            var theme = new ConsultationTheme { Id = Guid.NewGuid(), ConsultationId = id, Name = "Home" };
            db.ConsultationThemes.Add(theme);
            db.AnswerThemes.Add(new AnswerTheme { AnswerId = flagged, ThemeId = theme.Id });
            db.Consultations.Single(c => c.Id == id).Status = ConsultationStatus.ResultsPublished;
            return await db.SaveChangesAsync();
        });
        using var anonymous = app.CreateHtmlClient();
        var results = await anonymous.GetAsync($"/have-your-say/{slug}/results");
        Assert.Equal(HttpStatusCode.OK, results.Status);
        Assert.DoesNotContain("hurts me", results.Html, StringComparison.Ordinal);
        Assert.Null(results.Document.QuerySelector("#themes-table tr[data-theme=Home]"));
        var quote = await app.WithDbAsync(db => db.ResponseAnswers.Where(a => a.Id == Guid.Parse(ordinary)).Select(a => a.Value).SingleAsync());
        Assert.Contains(quote, results.Texts("#what-you-said blockquote").Select(q => q.Trim('“', '”')));
    }

    [Fact]
    public async Task The_export_has_one_row_per_response_one_column_per_question_and_nothing_personal()
    {
        var (id, slug, _, _) = await SeedAsync();
        using var client = app.CreateHtmlClient();
        await client.SignInAsync(Admin);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/admin/consultations/{id}/export")).Status);
        var response = await client.Http.GetAsync($"/admin/consultations/{id}/responses.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{slug}-responses.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Response,Submitted (UK date),Survey version,Easy read,q1: Do you feel safe where you live?,q2: What would help?,q3: How old are you?,q4: Where do you live?", lines[0]);
        Assert.Equal(19, lines.Length);
        Assert.Equal("1,2026-09-24,1,No,Yes,\"More buses in the evening, please 0\",8 to 12,", lines[1]);

        // A formula typed into an answer is defused; no database ids or draft keys are in the file.
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.com\"\") better lighting in the park\"", lines[7], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "[0-9a-f]{8}-[0-9a-f]{4}-"));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Consultation" && a.EntityId == id.ToString() && a.Reason == "Downloaded all responses (CSV)")));

        // The spreadsheet has the same header and rows, the flagged answer withheld.
        var xlsx = await client.Http.GetAsync($"/admin/consultations/{id}/responses.xlsx");
        Assert.Equal(XlsxWorkbook.ContentType, xlsx.Content.Headers.ContentType!.MediaType);
        using (var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
            Assert.Equal(19, rows.Count);
            Assert.Equal(lines[0].Split(','), rows[0].Elements<XlsxCell>().Select(c => c.InnerText));
            Assert.Equal(ResponseExport.WithheldMarker, rows[8].Elements<XlsxCell>().ElementAt(5).InnerText);
        }

        using var anonymous = app.CreateHtmlClient();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.Http.GetAsync($"/admin/consultations/{id}/responses.csv")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.Http.GetAsync($"/admin/consultations/{id}/responses.xlsx")).StatusCode);
    }

    [Fact]
    public async Task Published_themes_show_counts_of_5_or_more_and_hide_smaller_ones()
    {
        var (id, slug, texts, flagged) = await SeedAsync(ConsultationStatus.ResultsPublished);
        await app.WithDbAsync(async db =>
        {
            var big = new ConsultationTheme { Id = Guid.NewGuid(), ConsultationId = id, Name = "Buses" };
            var small = new ConsultationTheme { Id = Guid.NewGuid(), ConsultationId = id, Name = "Youth clubs" };
            db.ConsultationThemes.AddRange(big, small);
            foreach (var a in texts.Where(t => t != flagged).Take(6))
            {
                db.AnswerThemes.Add(new AnswerTheme { AnswerId = a, ThemeId = big.Id });
            }

            foreach (var a in texts.Where(t => t != flagged).Skip(8).Take(4))
            {
                db.AnswerThemes.Add(new AnswerTheme { AnswerId = a, ThemeId = small.Id });
            }

            return await db.SaveChangesAsync();
        });
        using var anonymous = app.CreateHtmlClient();
        var page = await anonymous.GetAsync($"/have-your-say/{slug}/results");
        Assert.Equal("6", page.Text("#themes-table tr[data-theme=Buses] td"));
        Assert.Equal("Fewer than 5", page.Text("#themes-table tr[data-theme='Youth clubs'] td"));
        Assert.DoesNotContain(">4<", page.Document.QuerySelector("#themes-table")!.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_linked_to_an_indicator_sends_its_count_and_denominator_as_a_figure_when_the_consultation_closes()
    {
        var (id, slug, _, _) = await SeedAsync(ConsultationStatus.Open);
        using var client = app.CreateHtmlClient();
        await client.SignInAsync(Admin);
        var page = await client.GetAsync($"/admin/consultations/{id}/indicators");
        page = await client.SubmitAsync(page, "#choose-question", new Dictionary<string, string?> { ["question"] = "q1" });
        page = await client.GetAsync($"/admin/consultations/{id}/indicators?question=q1");
        var indicatorId = await app.WithDbAsync(db => db.Indicators.Where(i => i.Code == VoiceAnalysisDemoSeeder.SafeIndicatorCode).Select(i => i.Id).SingleAsync());
        var refused = await client.SubmitAsync(page, "#add-link", new Dictionary<string, string?> { ["IndicatorId"] = indicatorId.ToString(), ["AreaId"] = "cheshire-east", ["Period"] = "2026" });
        Assert.Equal(["Choose at least one answer to count as yes", "Enter the period like 2024/25 (September to August): the indicator counts by academic year"], refused.ErrorSummary);
        page = await client.SubmitAsync(page, "#add-link", new Dictionary<string, string?> { ["YesValues"] = "yes", ["IndicatorId"] = indicatorId.ToString(), ["AreaId"] = "cheshire-east", ["Period"] = "2027/28" });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        page = await client.GetAsync($"/admin/consultations/{id}/indicators?question=q1");
        Assert.Equal("9 of 18", page.Text("#link-table td[data-now]"));
        Assert.Equal("Not sent yet", page.Text("#link-table td[data-sent]"));

        // Closing the consultation sends the figure through the Outcomes figures, with its Wilson interval and source.
        page = await client.GetAsync($"/admin/consultations/{id}");
        page = await client.SubmitAsync(page, "form[action*=Move]");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var figure = await app.WithDbAsync(db => db.IndicatorValues.Include(v => v.Revisions).SingleAsync(v => v.IndicatorId == indicatorId && v.Period == "2027/28" && v.AreaId == "cheshire-east"));
        Assert.Equal(9, figure.Count);
        Assert.Equal(18, figure.Denominator);
        Assert.Equal(50.0, figure.Value!.Value, 6);
        Assert.Equal(29.03, figure.Lower95!.Value, 2);
        Assert.Equal(70.97, figure.Upper95!.Value, 2);
        var revision = Assert.Single(figure.Revisions);
        Assert.Equal($"consultation:{slug}", revision.SourceFile);
        Assert.Equal(Admin, revision.ChangedBy);

        // A town's figure counts only the people who said they live there; sending again makes a revision only if it changed.
        page = await client.GetAsync($"/admin/consultations/{id}/indicators?question=q1");
        page = await client.SubmitAsync(page, "#add-link", new Dictionary<string, string?> { ["YesValues"] = "yes", ["IndicatorId"] = indicatorId.ToString(), ["AreaId"] = "crewe", ["Period"] = "2027/28" });
        page = await client.GetAsync($"/admin/consultations/{id}/indicators");
        page = await client.SubmitAsync(page, "#link-table tr:nth-child(2) form[action*=Send]");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("Sent to the indicator: 3 out of 10", (await client.FollowAsync(page)).Text("#sent"));
        var crewe = await app.WithDbAsync(db => db.IndicatorValues.SingleAsync(v => v.IndicatorId == indicatorId && v.Period == "2027/28" && v.AreaId == "crewe"));
        Assert.Equal((3, 10.0), (crewe.Count, crewe.Denominator));
    }

    [Fact]
    public async Task The_demo_has_a_codebook_quotes_and_a_consultation_feeding_the_feel_safe_indicator()
    {
        using var anonymous = app.CreateHtmlClient();
        var page = await anonymous.GetAsync($"/have-your-say/{VoiceAnalysisDemoSeeder.PublishedSlug}/results");
        Assert.Equal(VoiceAnalysisDemoSeeder.DemoThemes.Length, page.Document.QuerySelectorAll("#themes-table tbody tr").Length);
        Assert.NotEmpty(page.Texts("#what-you-said blockquote"));
        var link = await app.WithDbAsync(db => db.QuestionIndicatorLinks.SingleAsync(l => l.CreatedBy == "Demonstration content"));
        var figure = await app.WithDbAsync(db => db.IndicatorValues.Include(v => v.Revisions).SingleAsync(v => v.IndicatorId == link.IndicatorId && v.Period == link.Period && v.AreaId == link.AreaId));
        Assert.Equal((link.SentCount, (double?)link.SentDenominator), (figure.Count, figure.Denominator));
        Assert.True(figure.Denominator > 100);
        Assert.StartsWith("consultation:", Assert.Single(figure.Revisions).SourceFile, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/indicators/{VoiceAnalysisDemoSeeder.SafeIndicatorCode}")).Status);
    }
}
