using System.Text;
using System.Text.Json;

namespace Kraken.Codegen.Tool.Reports;

/// <summary>Indented JSON written by hand, so the output's shape is explicit and stable.</summary>
internal static class JsonText
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static void WriteLocation(Utf8JsonWriter json, Core.Text.SourceLocation? location)
    {
        if (location is not { } value)
        {
            json.WriteNull("location");
            return;
        }

        json.WriteStartObject("location");
        json.WriteString("path", value.Path);
        json.WriteNumber("line", value.StartLine + 1);
        json.WriteNumber("column", value.StartColumn + 1);
        json.WriteNumber("endLine", value.EndLine + 1);
        json.WriteNumber("endColumn", value.EndColumn + 1);
        json.WriteEndObject();
    }

    public static void WriteDate(Utf8JsonWriter json, string name, DateTime? date)
    {
        if (date is { } value)
        {
            json.WriteString(name, Core.Schema.Deprecation.FormatDate(value));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>Where operations use a schema element: <c>"usages": [{ "operation": …, "location": … }]</c>.</summary>
    public static void WriteUsages(Utf8JsonWriter json, IEnumerable<Core.Usage.SchemaUsage> usages)
    {
        json.WriteStartArray("usages");
        foreach (var usage in usages)
        {
            json.WriteStartObject();
            json.WriteString("operation", usage.OperationName);
            WriteLocation(json, usage.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
