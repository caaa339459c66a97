using System.Globalization;
using System.Net.Mail;
using System.Text.Json;

namespace Together.Tests.ServiceDirectory;

/// <summary>
/// Checks JSON against the Open Referral UK validator schemas (copied into Directory/Schemas).
/// JsonSchema.Net 9.7.0 is pinned in Directory.Packages.props but cannot be restored from this package mirror
/// (its dependency JsonPointer.Net is missing), so this implements the JSON Schema keywords those schemas use:
/// type, properties, required, items, enum, allOf, $ref (local) and format (uuid, uri, email, date-time, date) as
/// assertions. Every other keyword in them (name, title, example, constraints, core, datapackage_*) is an annotation.
/// </summary>
public sealed class OrukSchemaValidator
{
    private readonly JsonElement root;

    private OrukSchemaValidator(JsonElement root) => this.root = root;

    public static OrukSchemaValidator Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Directory", "Schemas", fileName);
        return new OrukSchemaValidator(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());
    }

    /// <summary>Every way the instance breaks the schema, as "path: problem"; empty when it is valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), instance, path, errors);
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(part, instance, path, errors);
            }
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, instance))
        {
            errors.Add($"{path}: expected {type} but found {instance.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, instance)))
        {
            errors.Add($"{path}: {instance} is not one of {allowed}");
        }

        if (instance.ValueKind == JsonValueKind.String && schema.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String
            && !FormatMatches(format.GetString()!, instance.GetString()!))
        {
            errors.Add($"{path}: '{instance.GetString()}' is not a valid {format.GetString()}");
        }

        if (instance.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    if (!instance.TryGetProperty(name, out _))
                    {
                        errors.Add($"{path}: missing required property '{name}'");
                    }
                }
            }

            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (instance.TryGetProperty(property.Name, out var value))
                    {
                        Check(property.Value, value, $"{path}.{property.Name}", errors);
                    }
                }
            }
        }

        if (instance.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in instance.EnumerateArray())
            {
                Check(items, item, $"{path}[{index++}]", errors);
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local references are supported, not {reference}");
        }

        var node = root;
        foreach (var segment in reference[2..].Split('/'))
        {
            node = node.GetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return node;
    }

    private static bool TypeMatches(JsonElement type, JsonElement instance) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => TypeMatches(t, instance))
            : type.GetString() switch
            {
                "string" => instance.ValueKind == JsonValueKind.String,
                "object" => instance.ValueKind == JsonValueKind.Object,
                "array" => instance.ValueKind == JsonValueKind.Array,
                "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
                "number" => instance.ValueKind == JsonValueKind.Number,
                "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetInt64(out _),
                "null" => instance.ValueKind == JsonValueKind.Null,
                _ => true,
            };

    private static bool FormatMatches(string format, string value) => format switch
    {
        "uuid" => Guid.TryParseExact(value, "D", out _),
        "uri" => Uri.TryCreate(value, UriKind.Absolute, out _),
        "email" => MailAddress.TryCreate(value, out var address) && address.Address == value,
        "date-time" => DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => true, // formats the schemas use only as annotations, such as "csv"
    };
}
