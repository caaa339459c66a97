using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.Contact;

public static class ContactSetup
{
    public static IServiceCollection AddContactFeature(this IServiceCollection services)
    {
        services.AddFreeTextScreen();
        services.AddScoped<ContactJourney>();
        services.AddScoped<IDemoSeeder, ContactDemoSeeder>();
        return services;
    }
}

/// <summary>A few messages in the staff inbox, in different states, for development.</summary>
public sealed class ContactDemoSeeder(TogetherDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 260;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.ContactMessages.AddRange(
            new ContactMessage
            {
                Id = Guid.NewGuid(),
                ReceivedAt = now.AddDays(-6),
                UpdatedAt = now.AddDays(-6),
                Message = "Our school council would like to know how young people can give their views on the next plan. Is there a way for a group to take part together?",
                Reply = ReplyPreference.Email,
                Name = "Jordan",
                Email = "school.council@demo.together.example",
                AgeBand = AgeBand.From13To17,
                Status = ContactStatus.New,
                ScreeningStatus = ScreeningStatus.Clear,
            },
            new ContactMessage
            {
                Id = Guid.NewGuid(),
                ReceivedAt = now.AddDays(-3),
                UpdatedAt = now.AddDays(-3),
                Message = "The plan page was really clear. It would help to have an easy read version for parents.",
                AboutPath = "/plan",
                Reply = ReplyPreference.NoReply,
                AgeBand = AgeBand.AdultParentOrCarer,
                Status = ContactStatus.Closed,
                ScreeningStatus = ScreeningStatus.Clear,
            });
        await db.SaveChangesAsync(cancellationToken);
    }
}
