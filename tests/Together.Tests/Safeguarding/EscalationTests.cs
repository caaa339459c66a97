using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Together.Tests.Support;
using Together.Web.Features.Safeguarding;

namespace Together.Tests.Safeguarding;

public sealed class EscalationTests(TogetherApp app) : IClassFixture<TogetherApp>
{
    [Fact]
    public async Task Overdue_concerns_are_emailed_to_safeguarding_leads_once()
    {
        using (var scope = app.Services.CreateScope())
        {
            var triage = scope.ServiceProvider.GetRequiredService<SafeguardingTriage>();
            Assert.True((await triage.ScreenAsync("I want to kill myself tonight", "Test answer", "esc-1", null, CancellationToken.None)).Flagged);
        }

        int Escalate()
        {
            using var scope = app.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<SafeguardingEscalation>().EscalateOverdueAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        Assert.Equal(0, Escalate());
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, Escalate());
        Assert.Equal(0, Escalate());

        var emails = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Category == SafeguardingEscalation.Category).ToListAsync());
        var email = Assert.Single(emails);
        Assert.Equal("safeguarding@demo.together.example", email.ToAddress);
        Assert.DoesNotContain("kill myself", email.TextBody, StringComparison.Ordinal);
        var concern = await app.WithDbAsync(db => db.SafeguardingConcerns.SingleAsync(c => c.SourceId == "esc-1"));
        Assert.NotNull(concern.EscalatedAt);
    }
}
