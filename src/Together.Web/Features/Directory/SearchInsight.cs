using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Safeguarding;

namespace Together.Web.Features.ServiceDirectory;

public enum SearchDimension
{
    /// <summary>Every search made on the people's search page.</summary>
    Total,
    Category,
    Locality,
    /// <summary>Keywords that found nothing: unmet demand, or words the directory does not use.</summary>
    NoResults,
}

/// <summary>
/// How many searches there were on one UK day for one value of one dimension. Aggregate counts only: no IP address, no
/// session, no time of day, no link between a category, a place and words, so no search can be traced to a person.
/// </summary>
[Together.Web.Infrastructure.Auditing.NotAudited] // aggregate counters, nothing personal; auditing each increment would be noise
public sealed class DirectorySearchCount
{
    public long Id { get; set; }
    public DateOnly Day { get; set; }
    public SearchDimension Dimension { get; set; }
    public string Value { get; set; } = "";
    public int Count { get; set; }
}

internal sealed class DirectorySearchCountConfiguration : IEntityTypeConfiguration<DirectorySearchCount>
{
    public void Configure(EntityTypeBuilder<DirectorySearchCount> builder)
    {
        builder.ToTable("DirectorySearchCounts");
        builder.Property(c => c.Dimension).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Value).HasMaxLength(SearchInsight.MaxValueLength);
        builder.HasIndex(c => new { c.Day, c.Dimension, c.Value }).IsUnique();
    }
}

/// <summary>One search as counted: each part is optional.</summary>
public sealed record CountedSearch(string? CategoryCode, string? Locality, string? NoResultsTerm);

/// <summary>
/// Counts searches in memory and writes the totals to the database every half minute (and before the insight page
/// reads them), so a busy search page costs one dictionary increment, not a database write per search.
/// </summary>
public sealed class SearchInsight(IServiceScopeFactory scopes, TimeProvider clock, IFreeTextScreen screen) : IDisposable
{
    public const int MaxValueLength = 60;
    public const int MaxTermWords = 6;
    /// <summary>No-result terms searched fewer times than this in the period are not shown (one-off words may identify someone).</summary>
    public const int MinimumTermCount = 2;
    public const string WithheldTerm = "(withheld by the safeguarding screen)";

    private readonly ConcurrentDictionary<(DateOnly Day, SearchDimension Dimension, string Value), int> pending = new();
    private readonly SemaphoreSlim flushing = new(1, 1);

    public void Record(CountedSearch search)
    {
        var day = DateOnly.FromDateTime(OpeningTimes.ToLondon(clock.GetUtcNow()));
        Add(day, SearchDimension.Total, "all");
        if (search.CategoryCode is { Length: > 0 } category)
        {
            Add(day, SearchDimension.Category, Cap(category));
        }

        if (search.Locality is { Length: > 0 } locality)
        {
            Add(day, SearchDimension.Locality, Cap(locality));
        }

        if (NormaliseTerm(search.NoResultsTerm) is { } term)
        {
            // Words that raise a safeguarding concern are not kept, not even as counts: only that there was one.
            Add(day, SearchDimension.NoResults, screen.Screen(term).NeedsReview ? WithheldTerm : term);
        }
    }

    /// <summary>
    /// Lower case, words only (SearchText.Tokens), at most six words and 60 characters, and without anything that
    /// looks like a phone number, postcode or reference (words with digits other than a short number like an age).
    /// </summary>
    public static string? NormaliseTerm(string? text)
    {
        var words = SearchText.Tokens(text)
            .Where(w => !w.Any(char.IsDigit) || (w.Length <= 2 && w.All(char.IsDigit)))
            .Take(MaxTermWords)
            .ToList();
        var term = string.Join(' ', words);
        return term.Length == 0 ? null : Cap(term);
    }

    /// <summary>The nearest of the Cheshire East towns to a point, if within 10 km; otherwise "Outside Cheshire East".</summary>
    public static string Locality(GeoPoint point)
    {
        var nearest = CheshireEastPlaces.Towns
            .Select(t => (t.Town, Distance: Geo.DistanceMetres(point, new GeoPoint(t.Latitude, t.Longitude))))
            .MinBy(t => t.Distance);
        return nearest.Distance <= 10_000 ? nearest.Town : "Outside Cheshire East";
    }

    private static string Cap(string value) => value.Length > MaxValueLength ? value[..MaxValueLength].TrimEnd() : value;

    private void Add(DateOnly day, SearchDimension dimension, string value) => pending.AddOrUpdate((day, dimension, value), 1, (_, n) => n + 1);

    public void Dispose() => flushing.Dispose();

    /// <summary>Writes the counts gathered so far: one upsert per (day, dimension, value), in one transaction.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await flushing.WaitAsync(cancellationToken);
        try
        {
            var taken = new List<((DateOnly Day, SearchDimension Dimension, string Value) Key, int Count)>();
            foreach (var key in pending.Keys)
            {
                if (pending.TryRemove(key, out var count))
                {
                    taken.Add((key, count));
                }
            }

            if (taken.Count == 0)
            {
                return;
            }

            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TogetherDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var (key, count) in taken)
            {
                // Both SQLite and PostgreSQL: insert, or add to the day's existing count.
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO \"DirectorySearchCounts\" (\"Day\", \"Dimension\", \"Value\", \"Count\") VALUES ({0}, {1}, {2}, {3}) " +
                    "ON CONFLICT (\"Day\", \"Dimension\", \"Value\") DO UPDATE SET \"Count\" = \"DirectorySearchCounts\".\"Count\" + excluded.\"Count\"",
                    [key.Day, key.Dimension.ToString(), key.Value, count],
                    cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            flushing.Release();
        }
    }
}

/// <summary>Writes the pending search counts every 30 seconds and when the site stops.</summary>
public sealed class SearchInsightFlusher(SearchInsight insight, ILogger<SearchInsightFlusher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushSafelyAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await FlushSafelyAsync(CancellationToken.None);
    }

    private async Task FlushSafelyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await insight.FlushAsync(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Counts are a by-product of searching: losing a half-minute of them must never stop the site.
            logger.LogWarning(error, "Could not write search counts");
        }
    }
}
