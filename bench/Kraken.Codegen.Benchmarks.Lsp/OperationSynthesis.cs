using System.Text;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Benchmarks.Lsp;

/// <summary>Builds a valid operation of about 100 lines on the UK schema: account fields, with one level of sub-selections.</summary>
internal static class OperationSynthesis
{
    public static string HundredLineOperation(SchemaModel schema)
    {
        var account = (ObjectTypeDefinition)schema.GetType("AccountType")!;
        var lines = new List<string> { "query Probe($accountNumber: String!) {", "  account(accountNumber: $accountNumber) {" };
        foreach (var field in account.Fields.Where(f => f.Deprecation is null && !f.Arguments.Any(a => a.IsRequired)))
        {
            if (lines.Count >= 98)
            {
                break;
            }

            var type = schema.GetNamedType(field.Type)!;
            if (type.IsLeafType)
            {
                lines.Add("    " + field.Name);
            }
            else if (type is FieldsTypeDefinition withFields)
            {
                var leaves = withFields.Fields.Where(f => f.Deprecation is null && !f.Arguments.Any(a => a.IsRequired) && schema.GetNamedType(f.Type)!.IsLeafType).Take(3).ToList();
                if (leaves.Count > 0 && lines.Count + leaves.Count + 2 <= 98)
                {
                    lines.Add("    " + field.Name + " {");
                    lines.AddRange(leaves.Select(leaf => "      " + leaf.Name));
                    lines.Add("    }");
                }
            }
        }

        lines.Add("  }");
        lines.Add("}");
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>The zero-based line and the column after the name of the leaf field nearest the middle.</summary>
    public static (int Line, int Column) MiddleField(string text)
    {
        var lines = text.Split('\n');
        for (var line = lines.Length / 2; line < lines.Length; line++)
        {
            var trimmed = lines[line].Trim();
            if (trimmed.Length > 0 && trimmed.All(c => char.IsLetterOrDigit(c) || c == '_'))
            {
                return (line, lines[line].Length);
            }
        }

        throw new InvalidOperationException("No leaf field in the second half.");
    }

    public static int LineCount(string text) => text.TrimEnd('\n').Split('\n').Length;
}
