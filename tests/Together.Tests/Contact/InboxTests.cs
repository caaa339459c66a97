using System.Net;
using Microsoft.EntityFrameworkCore;
using Together.Tests.Admin;
using Together.Tests.Feedback;
using Together.Tests.Support;
using Together.Web.Features.Contact;
using Together.Web.Infrastructure.Auditing;

namespace Together.Tests.Contact;

public sealed class InboxTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task A_new_message_appears_in_the_inbox_and_reading_it_is_audited()
    {
        var id = await app.SendContactMessageAsync("Where can I find the youth council minutes?", "robin@example.org");
        using var client = await app.SignedInAdminAsync();

        var inbox = await client.GetAsync("/admin/inbox");
        var row = inbox.Document.QuerySelector($"tr[data-id='{id}']")!;
        Assert.Contains("New", row.TextContent);
        Assert.Contains("youth council minutes", row.TextContent);

        var page = await client.GetAsync($"/admin/inbox/{id}");
        Assert.Equal($"Message {ContactMessage.ReferenceFor(id)}", page.H1);
        Assert.Equal("Where can I find the youth council minutes?", page.Text("#message-text"));
        var view = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditAction.Viewed && e.EntityId == id.ToString()));
        Assert.Equal(AdminTestSupport.Admin, view.UserName);
        Assert.Equal(nameof(ContactMessage), view.EntityType);
    }

    [Fact]
    public async Task Staff_change_the_status_assign_add_notes_and_reply_by_email_once()
    {
        var id = await app.SendContactMessageAsync("Can someone call our school about the survey?", "head@school.example");
        using var client = await app.SignedInAdminAsync();
        var page = await client.GetAsync($"/admin/inbox/{id}");

        page = await client.FollowAsync(await client.SubmitAsync(page, "form[data-form=status]", new Dictionary<string, string?> { ["NewStatus"] = "InProgress" }));
        Assert.Equal("In progress", page.Text("#status"));

        var adminId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == AdminTestSupport.Admin).Select(u => u.Id).SingleAsync());
        page = await client.FollowAsync(await client.SubmitAsync(page, "form[data-form=assign]", new Dictionary<string, string?> { ["AssignTo"] = adminId }));
        Assert.Equal("Alex Morgan", page.Text("#assignee"));

        page = await client.FollowAsync(await client.SubmitAsync(page, "form[data-form=note]", new Dictionary<string, string?> { ["Note"] = "Passed to the schools team" }));
        Assert.Contains("Passed to the schools team", page.Text("#history"));
        Assert.Contains(AdminTestSupport.Admin, page.Text("#history"));

        var replyForm = page;
        var fields = new Dictionary<string, string?> { ["ReplyText"] = "Thank you. Our schools lead will call you this week." };
        var first = await client.SubmitAsync(replyForm, "form[data-form=reply]", fields);
        var second = await client.SubmitAsync(replyForm, "form[data-form=reply]", fields);
        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.Redirect, second.Status);

        var emails = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ToAddress == "head@school.example").ToListAsync());
        var email = Assert.Single(emails);
        Assert.Equal("contact.reply", email.Category);
        Assert.Contains("Our schools lead will call you", email.TextBody);
        Assert.Contains(ContactMessage.ReferenceFor(id), email.Subject);
        var message = await app.WithDbAsync(db => db.ContactMessages.AsNoTracking().Include(m => m.Notes).SingleAsync(m => m.Id == id));
        Assert.Equal(ContactStatus.Answered, message.Status);
        Assert.Equal(adminId, message.AssignedToUserId);
        var reply = Assert.Single(message.Notes, n => n.Kind == ContactNoteKind.Reply);
        Assert.Equal(email.Id, reply.OutboxMessageId);
        Assert.Equal(AdminTestSupport.Admin, reply.AuthorName);

        page = await client.GetAsync($"/admin/inbox/{id}");
        Assert.Equal("Answered", page.Text("#status"));
    }

    [Fact]
    public async Task An_empty_note_or_reply_is_refused_with_the_error_summary()
    {
        var id = await app.SendContactMessageAsync("Please reply", "reply.me@example.org");
        using var client = await app.SignedInAdminAsync();
        var page = await client.GetAsync($"/admin/inbox/{id}");

        var note = await client.SubmitAsync(page, "form[data-form=note]", new Dictionary<string, string?> { ["Note"] = " " });
        Assert.Equal(["Enter a note"], note.ErrorSummary);

        var reply = await client.SubmitAsync(page, "form[data-form=reply]", new Dictionary<string, string?> { ["ReplyText"] = new string('x', 5001) });
        Assert.Equal(["Your reply must be 5,000 characters or fewer"], reply.ErrorSummary);
        Assert.Equal(new string('x', 5001), reply.Value("textarea[name=ReplyText]"));
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == "reply.me@example.org")));
    }

    [Fact]
    public async Task The_inbox_filters_by_status_and_assignee()
    {
        var closed = await app.SendContactMessageAsync("Filter test: to be closed");
        var open = await app.SendContactMessageAsync("Filter test: stays new");
        using var client = await app.SignedInAdminAsync();
        var page = await client.GetAsync($"/admin/inbox/{closed}");
        await client.SubmitAsync(page, "form[data-form=status]", new Dictionary<string, string?> { ["NewStatus"] = "Closed" });

        var closedList = await client.GetAsync("/admin/inbox?Status=Closed");
        var newList = await client.GetAsync("/admin/inbox?Status=New&Assignee=none");

        Assert.NotNull(closedList.Document.QuerySelector($"tr[data-id='{closed}']"));
        Assert.Null(closedList.Document.QuerySelector($"tr[data-id='{open}']"));
        Assert.NotNull(newList.Document.QuerySelector($"tr[data-id='{open}']"));
        Assert.Null(newList.Document.QuerySelector($"tr[data-id='{closed}']"));
        Assert.All(closedList.Texts("#inbox tbody tr td:nth-child(3)"), status => Assert.Equal("Closed", status));
    }

    [Fact]
    public async Task An_unknown_message_is_not_found()
    {
        using var client = await app.SignedInAdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/inbox/{Guid.NewGuid()}")).Status);
    }
}

public sealed class InboxSafeguardingTests(FlaggingScreenApp app) : IClassFixture<FlaggingScreenApp>
{
    [Fact]
    public async Task A_flagged_message_is_withheld_from_general_staff_in_the_list_and_on_its_page()
    {
        var id = await app.SendContactMessageAsync("They hurt me at the club", "child@example.org");
        using var client = await app.SignedInAdminAsync();

        var inbox = await client.GetAsync("/admin/inbox");
        var page = await client.GetAsync($"/admin/inbox/{id}");

        Assert.Contains("Withheld for safeguarding review", inbox.Document.QuerySelector($"tr[data-id='{id}']")!.TextContent);
        Assert.Contains("Withheld for safeguarding review", page.Text("#message-text"));
        Assert.DoesNotContain("hurt me", inbox.Html + page.Html);
        Assert.DoesNotContain("child@example.org", page.Html);
        Assert.Null(page.Document.QuerySelector("form[data-form=reply]"));
    }
}
