using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Together.Tests.Support;
using Together.Web.Infrastructure.Database;

namespace Together.Tests.Outcomes;

/// <summary>Schema version 10 rebuilds the governance action table on SQLite: every action, update and link must survive it.</summary>
public sealed class TurnTheCurveSchemaTests
{
    [Fact]
    public async Task Upgrading_to_turn_the_curve_keeps_every_action_its_updates_and_the_youth_council_link()
    {
        var settings = TestDatabase.CreateEmpty();
        var options = new DatabaseOptions
        {
            Provider = settings["Database:Provider"] == "Postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            ConnectionString = settings["Database:ConnectionString"],
            DataDirectory = settings["Database:DataDirectory"]!,
        };
        var builder = new DbContextOptionsBuilder<TogetherDbContext>();
        DatabaseServiceCollectionExtensions.Configure(builder, options, Path.GetTempPath());
        await using var db = new TogetherDbContext(builder.Options);
        var migrator = new SchemaMigrator(db, new FakeTimeProvider(), NullLogger<SchemaMigrator>.Instance);
        await migrator.MigrateAsync(9);

        string[] sql =
        [
            "INSERT INTO \"Organisations\" (\"Id\", \"Name\", \"Slug\", \"Kind\", \"IsActive\") VALUES ('11111111-0000-0000-0000-000000000001', 'Org', 'org', 'Council', TRUE)",
            "INSERT INTO \"GovernanceBoards\" (\"Id\", \"Name\", \"Slug\", \"Purpose\", \"TermsOfReference\", \"Quorum\", \"SortOrder\") VALUES ('11111111-0000-0000-0000-000000000002', 'Board', 'board', '', '', 3, 1)",
            "INSERT INTO \"GovernanceMeetings\" (\"Id\", \"BoardId\", \"Title\", \"StartsAt\", \"EndsAt\", \"Status\", \"CreatedAt\") VALUES ('11111111-0000-0000-0000-000000000003', '11111111-0000-0000-0000-000000000002', 'Meeting', '2026-01-01 10:00:00', '2026-01-01 12:00:00', 'Held', '2025-12-01 10:00:00')",
            "INSERT INTO \"GovernanceAgendaItems\" (\"Id\", \"MeetingId\", \"Position\", \"Kind\", \"Title\", \"Purpose\", \"IsExempt\", \"MinutesStatus\") VALUES ('11111111-0000-0000-0000-000000000004', '11111111-0000-0000-0000-000000000003', 1, 'Business', 'Item', 'Decision', FALSE, 'None')",
            "INSERT INTO \"GovernanceActions\" (\"Id\", \"MeetingId\", \"AgendaItemId\", \"Title\", \"OwnerOrganisationId\", \"OwnerName\", \"OwnerEmail\", \"DueDate\", \"Status\", \"CreatedAt\") VALUES ('11111111-0000-0000-0000-000000000005', '11111111-0000-0000-0000-000000000003', '11111111-0000-0000-0000-000000000004', 'Kept action', '11111111-0000-0000-0000-000000000001', 'A', 'a@example.org', '2026-02-01', 'Open', '2026-01-01 12:00:00')",
            "INSERT INTO \"GovernanceActionUpdates\" (\"Id\", \"ActionId\", \"At\", \"By\", \"Text\") VALUES ('11111111-0000-0000-0000-000000000006', '11111111-0000-0000-0000-000000000005', '2026-01-10 09:00:00', 'A', 'Kept update')",
            "INSERT INTO \"YouthCouncilChallenges\" (\"Id\", \"Title\", \"WeAsked\", \"WhyItMatters\", \"RaisedBy\", \"CreatedAt\", \"Status\", \"ActionId\") VALUES ('11111111-0000-0000-0000-000000000007', 'C', 'W', 'M', 'R', '2026-01-01 09:00:00', 'Answered', '11111111-0000-0000-0000-000000000005')",
        ];
        foreach (var statement in sql)
        {
            await db.Database.ExecuteSqlRawAsync(statement);
        }

        await migrator.MigrateAsync();

        var action = await db.BoardActions.Include(a => a.Updates).SingleAsync();
        Assert.Equal("Kept action", action.Title);
        Assert.Equal(Guid.Parse("11111111-0000-0000-0000-000000000003"), action.MeetingId);
        Assert.Equal("Kept update", Assert.Single(action.Updates).Text);
        Assert.Null(action.TurnTheCurvePlanId);
        Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"YouthCouncilChallenges\" WHERE \"ActionId\" = '11111111-0000-0000-0000-000000000005'").SingleAsync());
        // Deleting the action still cascades to its updates: the reference was kept, not lost.
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"GovernanceActions\"");
        Assert.Equal(0, await db.ActionUpdates.CountAsync());
    }
}
