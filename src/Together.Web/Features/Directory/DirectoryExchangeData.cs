using Microsoft.EntityFrameworkCore;
using Together.Web.Features.ServiceDirectory;

namespace Together.Web.Infrastructure.Database;

public partial class TogetherDbContext
{
    public DbSet<DirectorySearchCount> DirectorySearchCounts => Set<DirectorySearchCount>();
}
