using System.Text;
using Kraken.Codegen.Tool.Reports;

namespace Kraken.Codegen.Tool.SchemaDiff;

/// <summary>A list of schema changes as text, Markdown (for PR comments) or JSON, most harmful first.</summary>
internal static class DiffReport
{
    public static string Text(IReadOnlyList<SchemaChange> changes, Terminal.TerminalStyle? style = null)
    {
        style ??= Terminal.TerminalStyle.Plain;
        var text = new StringBuilder();
        foreach (var change in Ordered(changes))
        {
            var label = Label(change.Criticality);
            text.Append(style.Severity(label)).Append(' ', 10 - Math.Min(9, label.Length)).Append(style.Emphasis(change.Coordinate)).Append(": ").Append(change.Message).Append('\n');
        }

        text.Append(Summary(changes)).Append('\n');
        return text.ToString();
    }

    public static string Markdown(IReadOnlyList<SchemaChange> changes)
    {
        var text = new StringBuilder();
        text.Append("## Schema changes\n\n").Append(Summary(changes)).Append('\n');
        if (changes.Count > 0)
        {
            text.Append('\n');
            Reports.Markdown.Table(
                text,
                new[] { "Class", "Coordinate", "Change", "Why" },
                Ordered(changes).Select(c => (IReadOnlyList<string>)new[] { "**" + Label(c.Criticality) + "**", Reports.Markdown.Code(c.Coordinate), c.Message, c.Reason }));
        }

        return text.ToString();
    }

    public static string Json(IReadOnlyList<SchemaChange> changes) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartObject("summary");
        json.WriteNumber("breaking", changes.Count(c => c.Criticality == ChangeCriticality.Breaking));
        json.WriteNumber("dangerous", changes.Count(c => c.Criticality == ChangeCriticality.Dangerous));
        json.WriteNumber("safe", changes.Count(c => c.Criticality == ChangeCriticality.Safe));
        json.WriteEndObject();
        json.WriteStartArray("changes");
        foreach (var change in Ordered(changes))
        {
            WriteChange(json, change);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static void WriteChange(System.Text.Json.Utf8JsonWriter json, SchemaChange change)
    {
        json.WriteStartObject();
        json.WriteString("criticality", Label(change.Criticality));
        json.WriteString("kind", change.KindCode);
        json.WriteString("coordinate", change.Coordinate);
        json.WriteString("message", change.Message);
        json.WriteString("reason", change.Reason);
        json.WriteBoolean("wasDeprecated", change.WasDeprecated);
        json.WriteEndObject();
    }

    public static string Summary(IReadOnlyList<SchemaChange> changes) => changes.Count == 0
        ? "No changes."
        : $"{changes.Count} change(s): {changes.Count(c => c.Criticality == ChangeCriticality.Breaking)} breaking, " +
          $"{changes.Count(c => c.Criticality == ChangeCriticality.Dangerous)} dangerous, {changes.Count(c => c.Criticality == ChangeCriticality.Safe)} safe.";

    public static string Label(ChangeCriticality criticality) => criticality.ToString().ToUpperInvariant();

    public static IEnumerable<SchemaChange> Ordered(IEnumerable<SchemaChange> changes) =>
        changes.OrderByDescending(c => c.Criticality).ThenBy(c => c.Coordinate, StringComparer.Ordinal).ThenBy(c => c.Kind);
}
