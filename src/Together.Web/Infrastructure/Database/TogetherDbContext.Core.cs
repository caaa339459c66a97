using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Areas;
using Together.Web.Features.Organisations;
using Together.Web.Infrastructure.Auditing;
using Together.Web.Infrastructure.Notifications;

namespace Together.Web.Infrastructure.Database;

public partial class TogetherDbContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
}
