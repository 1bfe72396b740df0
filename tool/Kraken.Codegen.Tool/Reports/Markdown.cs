using System.Text;

namespace Kraken.Codegen.Tool.Reports;

/// <summary>Markdown tables for PR comments: cells are escaped so that a pipe or a newline never breaks a row.</summary>
internal static class Markdown
{
    public static void Table(StringBuilder text, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        text.Append("| ").Append(string.Join(" | ", headers.Select(Cell))).Append(" |\n");
        text.Append('|').Append(string.Concat(headers.Select(_ => " --- |"))).Append('\n');
        foreach (var row in rows)
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
        }
    }

    public static string Cell(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", "<br>", StringComparison.Ordinal)
            .Replace("\n", "<br>", StringComparison.Ordinal);

    public static string Code(string value) => "`" + value.Replace("`", "'", StringComparison.Ordinal) + "`";
}
