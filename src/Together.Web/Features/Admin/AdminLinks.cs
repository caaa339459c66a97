namespace Together.Web.Features.Admin;

/// <summary>
/// The areas listed on /admin. A feature with an administrators' page adds ONE line here. A link is shown only
/// when a page answers at its address, so the list never leads to a missing page.
/// </summary>
public static class AdminLinks
{
    public sealed record Link(string Title, string Path, string Description);

    public static readonly IReadOnlyList<Link> All =
    [
        new("The plan", "/admin/plan", "Edit the vision, outcomes, focus areas and statements of the plan."),
        new("People", "/admin/people", "Invite people, give them roles and deactivate their accounts."),
        new("Organisations", "/admin/organisations", "The partner organisations people belong to."),
        new("Page feedback", "/admin/feedback", "How useful each page is and what people said about it."),
        new("Inbox", "/admin/inbox", "Messages sent through Contact the Trust: reply, assign and add notes."),
        new("Email outbox", "/admin/outbox", "Every email the platform has sent or is trying to send, with any errors."),
        new("Documents library", "/admin/documents", "Publish documents and new versions: each a PDF with a web page alongside."),
        new("Data sharing agreements", "/admin/information-sharing", "The register of information sharing agreements between partners, with review dates and signed copies."),
        new("Youth Council newsletters", "/admin/youth-council/newsletters", "The Youth Council mailing list in numbers; write, preview and send newsletters and see their delivery."),
        new("Joining the Youth Council", "/admin/youth-council/interest", "Young people who would like to join the Youth Council, and whether they have been contacted."),
        new("Indicators", "/admin/indicators", "The indicator library: definitions, sources, data owners and publishing."),
        new("Submission calendar", "/admin/submissions", "Which organisation owes which figures by when; overdue items; change due dates."),
        new("API keys", "/admin/api-keys", "Issue and withdraw the keys partners' systems use to send figures."),
        new("Audit log", "/admin/audit", "Who changed or viewed what, and when, with the values before and after."),
    ];
}
