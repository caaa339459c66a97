using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.ServiceDirectory;

public enum TransferFormat
{
    Json,
    Ndjson,
    Csv,
}

/// <summary>
/// Fields Together keeps that HSDS 3.0 has no place for. Exports carry them in "x_together" (extra fields are allowed
/// by the UK profile) so that an export imported elsewhere in Together loses nothing; other feeds simply omit it.
/// </summary>
public sealed record TogetherServiceExtension(
    string? SendSupport, bool? DeliveredInPerson, bool? DeliveredOnline, bool? DeliveredByPhone, IReadOnlyDictionary<Guid, string>? ServiceAreaIds);

public static class TransferFormats
{
    public const string ExtensionProperty = "x_together";

    public static TransferFormat? FromName(string? name) => (name ?? "").Trim().ToLowerInvariant() switch
    {
        "json" => TransferFormat.Json,
        "ndjson" or "jsonl" => TransferFormat.Ndjson,
        "csv" => TransferFormat.Csv,
        _ => null,
    };

    /// <summary>The format a file name suggests: .json, .ndjson/.jsonl, .csv.</summary>
    public static TransferFormat? FromFileName(string? fileName) => FromName(Path.GetExtension(fileName ?? "").TrimStart('.'));

    public static string ContentType(TransferFormat format) => format switch
    {
        TransferFormat.Json => "application/json",
        TransferFormat.Ndjson => "application/x-ndjson",
        _ => "text/csv",
    };

    public static string Extension(TransferFormat format) => format.ToString().ToLowerInvariant();
}

/// <summary>
/// Writes every service in the directory (any status) as ORUK JSON, ndjson or the CSV template. The order is fixed
/// (services by id, every nested list by id) so two exports of the same data are byte-identical.
/// Services are read in batches so memory stays flat for 100,000 services.
/// </summary>
public sealed class ServiceExport(TogetherDbContext db)
{
    private const int BatchSize = 500;

    private static readonly JsonSerializerOptions Json = new(OrukApi.Json) { WriteIndented = false };

    public async Task WriteAsync(Stream output, TransferFormat format, CancellationToken cancellationToken = default)
    {
        // UTF-8 without a byte-order mark, "\n" line ends: the same bytes on every machine.
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 65536, leaveOpen: true) { NewLine = "\n" };
        var terms = await db.DirectoryTaxonomyTerms.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        if (format == TransferFormat.Csv)
        {
            await writer.WriteLineAsync(ServiceCsv.HeaderLine);
        }
        else if (format == TransferFormat.Json)
        {
            await writer.WriteAsync("[");
        }

        var first = true;
        await foreach (var service in AllAsync(cancellationToken))
        {
            switch (format)
            {
                case TransferFormat.Csv:
                    await writer.WriteLineAsync(ServiceCsv.Line(service, terms));
                    break;
                case TransferFormat.Json:
                    await writer.WriteAsync(first ? "\n" : ",\n");
                    await writer.WriteAsync(ToJson(service));
                    break;
                default:
                    await writer.WriteLineAsync(ToJson(service));
                    break;
            }

            first = false;
        }

        if (format == TransferFormat.Json)
        {
            await writer.WriteAsync(first ? "]\n" : "\n]\n");
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>One service as one line of ORUK JSON with the Together extension.</summary>
    public static string ToJson(DirectoryService service)
    {
        var node = JsonSerializer.SerializeToNode(OrukMapper.ServiceFull(service), Json)!.AsObject();
        var extension = new JsonObject
        {
            ["send_support"] = service.SendSupport,
            ["delivered_in_person"] = service.DeliveredInPerson,
            ["delivered_online"] = service.DeliveredOnline,
            ["delivered_by_phone"] = service.DeliveredByPhone,
        };
        var areas = new JsonObject();
        foreach (var area in service.ServiceAreas.Where(a => a.AreaId is not null))
        {
            areas[area.Id.ToString("D")] = area.AreaId;
        }

        extension["service_area_ids"] = areas;
        if (service.SendSupport is null)
        {
            extension.Remove("send_support");
        }

        node[TransferFormats.ExtensionProperty] = extension;
        return node.ToJsonString(Json);
    }

    /// <summary>Every service, fully loaded, in id order (as text, so SQLite and PostgreSQL agree), with nested lists ordered.</summary>
    public async IAsyncEnumerable<DirectoryService> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var ids = await db.DirectoryServices.AsNoTracking().Select(s => s.Id).ToListAsync(cancellationToken);
        ids.Sort(CompareIds);
        foreach (var batch in ids.Chunk(BatchSize))
        {
            var loaded = await db.DirectoryServices.AsNoTracking().AsSplitQuery()
                .Include(s => s.Organization)
                .Include(s => s.Schedules)
                .Include(s => s.ServiceAreas)
                .Include(s => s.Languages)
                .Include(s => s.CostOptions)
                .Include(s => s.Contacts)
                .Include(s => s.Phones)
                .Include(s => s.Attributes).ThenInclude(a => a.TaxonomyTerm).ThenInclude(t => t.Taxonomy)
                .Include(s => s.ServiceAtLocations).ThenInclude(l => l.Location).ThenInclude(l => l.Addresses)
                .Include(s => s.ServiceAtLocations).ThenInclude(l => l.Location).ThenInclude(l => l.Accessibility)
                .Where(s => batch.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id, cancellationToken);
            foreach (var id in batch)
            {
                if (loaded.TryGetValue(id, out var service))
                {
                    yield return Normalise(service);
                }
            }
        }
    }

    public static int CompareIds(Guid a, Guid b) => string.CompareOrdinal(a.ToString("D"), b.ToString("D"));

    private static List<T> ById<T>(List<T> items, Func<T, Guid> id) => items.OrderBy(i => id(i).ToString("D"), StringComparer.Ordinal).ToList();

    private static DirectoryService Normalise(DirectoryService s)
    {
        s.Schedules = ById(s.Schedules, x => x.Id);
        s.ServiceAreas = ById(s.ServiceAreas, x => x.Id);
        s.Languages = ById(s.Languages, x => x.Id);
        s.CostOptions = ById(s.CostOptions, x => x.Id);
        s.Contacts = ById(s.Contacts, x => x.Id);
        s.Phones = ById(s.Phones, x => x.Id);
        s.Attributes = ById(s.Attributes, x => x.Id);
        s.ServiceAtLocations = ById(s.ServiceAtLocations, x => x.Id);
        foreach (var link in s.ServiceAtLocations)
        {
            link.Location.Addresses = ById(link.Location.Addresses, x => x.Id);
            link.Location.Accessibility = ById(link.Location.Accessibility, x => x.Id);
        }

        return s;
    }

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
