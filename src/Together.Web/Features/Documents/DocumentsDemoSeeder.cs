using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;
using Together.Web.Infrastructure.Files;

namespace Together.Web.Features.Documents;

/// <summary>Demo documents: the plan, the Participation Strategy, an annual report and each board's terms of reference.</summary>
public sealed class DocumentsDemoSeeder(TogetherDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 410; // after governance (400), whose boards' terms of reference are published here

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Add("Children and Young People's Plan", DocumentCategory.Plan,
            "Our plan for making Cheshire East a great place to be young: our vision, beliefs, six outcomes and eight focus areas.",
            """
            ## Our vision
            Making Cheshire East a great place to be young.

            ## Our outcomes
            * Children and young people feel listened to and are involved in shaping the services they use.
            * Children and young people are safe and protected from harm.
            * Children and young people are healthy and make positive choices.
            * Children and young people have access to a good education and reach their potential.
            * Children and young people live in a family where they are supported.
            * Young people are prepared for adulthood.

            ## How we will work
            We work TOGETHER: we listen to children and young people, we share what we know, and we check that what we do makes a difference.

            This is a demonstration copy of the plan for the Together platform.
            """, now.AddYears(-1), ("First published", 0), ("Updated with the 2026 priorities agreed by the Trust", 200));
        Add("Participation Strategy", DocumentCategory.Strategy,
            "How the partnership listens to children and young people and makes sure their views lead to change.",
            """
            ## Why participation matters
            Children and young people have a right to be heard in decisions that affect them (Article 12 of the UN Convention on the Rights of the Child).

            ## The Lundy model
            * Space: safe, inclusive opportunities to form and express views.
            * Voice: help to express views.
            * Audience: views are listened to by the people who decide.
            * Influence: views are acted on, and young people are told what happened.

            ## Our commitments
            * The Youth Council has a slot on every Trust agenda.
            * Every consultation publishes "You said, we did".
            * We tell young people what changed within three months.

            This is a demonstration document for the Together platform.
            """, now.AddMonths(-8), ("First published", 0));
        Add("Annual report 2025 to 2026", DocumentCategory.AnnualReport,
            "What the Trust did in 2025 to 2026, what changed for children and young people, and what we will do next.",
            """
            ## The year in numbers
            * 12 Trust meetings, each with a Youth Council item.
            * 3 consultations with 590 responses from children, young people, parents and carers.
            * 9 commitments made in response, 5 of them done.

            ## What children and young people told us
            Young people asked for safer spaces in town centres, quicker help with their mental health and more say in how services are run.

            This is a demonstration document for the Together platform.
            """, now.AddMonths(-4), ("First published", 0));

        await db.SaveChangesAsync(cancellationToken);

        var boards = await db.Boards.OrderBy(b => b.SortOrder).ToListAsync(cancellationToken);
        foreach (var board in boards)
        {
            await TermsOfReference.PublishAsync(db, board, "Agreed by the board", "demo", now.AddMonths(-6), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Add(string title, DocumentCategory category, string summary, string markdown, DateTime publishedAt, params (string Note, int DaysLater)[] versions)
    {
        var document = new LibraryDocument { Id = Guid.NewGuid(), Slug = DocumentLibrary.SlugFor(title), Title = title, Summary = summary, Category = category, CreatedAt = publishedAt };
        db.LibraryDocuments.Add(document);
        var number = 0;
        foreach (var (note, daysLater) in versions)
        {
            number++;
            var pdf = PdfText.Document(title, TermsOfReference.Paragraphs(markdown));
            db.DocumentVersions.Add(new DocumentVersion
            {
                Id = Guid.NewGuid(),
                DocumentId = document.Id,
                Number = number,
                FileName = $"{document.Slug}-v{number}.pdf",
                SizeBytes = pdf.LongLength,
                PageCount = PdfUpload.Check(pdf).PageCount,
                Content = pdf,
                HtmlAlternative = markdown,
                ChangeNote = note,
                PublishedAt = publishedAt.AddDays(daysLater),
                PublishedBy = "demo",
            });
        }
    }
}
