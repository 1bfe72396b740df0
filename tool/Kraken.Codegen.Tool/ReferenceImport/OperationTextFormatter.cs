using System.Text;

namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>
/// The reference prints operations flush left; this re-indents them by bracket depth. Only
/// whitespace changes: every line keeps its text.
/// </summary>
internal static class OperationTextFormatter
{
    private const string Indent = "  ";

    public static string Format(string operationText)
    {
        var builder = new StringBuilder();
        var depth = 0;
        foreach (var rawLine in operationText.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var leadingClosers = 0;
            while (leadingClosers < line.Length && line[leadingClosers] is '}' or ')')
            {
                leadingClosers++;
            }

            var indent = Math.Max(0, depth - leadingClosers);
            for (var level = 0; level < indent; level++)
            {
                builder.Append(Indent);
            }

            builder.Append(line).Append('\n');
            depth = Math.Max(0, depth + BracketBalance(line));
        }

        return builder.ToString();
    }

    private static int BracketBalance(string line)
    {
        var balance = 0;
        var inString = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                inString = !inString;
            }
            else if (!inString)
            {
                balance += c switch
                {
                    '{' or '(' => 1,
                    '}' or ')' => -1,
                    _ => 0,
                };
            }
        }

        return balance;
    }
}
