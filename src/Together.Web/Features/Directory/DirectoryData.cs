using Microsoft.EntityFrameworkCore;
using Together.Web.Features.ServiceDirectory;

namespace Together.Web.Infrastructure.Database;

public partial class TogetherDbContext
{
    public DbSet<DirectoryOrganization> DirectoryOrganizations => Set<DirectoryOrganization>();
    public DbSet<DirectoryService> DirectoryServices => Set<DirectoryService>();
    public DbSet<DirectoryLocation> DirectoryLocations => Set<DirectoryLocation>();
    public DbSet<DirectoryServiceAtLocation> DirectoryServiceAtLocations => Set<DirectoryServiceAtLocation>();
    public DbSet<DirectorySchedule> DirectorySchedules => Set<DirectorySchedule>();
    public DbSet<DirectoryTaxonomy> DirectoryTaxonomies => Set<DirectoryTaxonomy>();
    public DbSet<DirectoryTaxonomyTerm> DirectoryTaxonomyTerms => Set<DirectoryTaxonomyTerm>();
    public DbSet<DirectoryAttribute> DirectoryAttributes => Set<DirectoryAttribute>();
    public DbSet<DirectoryMetadata> DirectoryMetadata => Set<DirectoryMetadata>();
    public DbSet<DirectoryPlace> DirectoryPlaces => Set<DirectoryPlace>();
    public DbSet<DirectorySearchHit> DirectorySearchHits => Set<DirectorySearchHit>();
}
