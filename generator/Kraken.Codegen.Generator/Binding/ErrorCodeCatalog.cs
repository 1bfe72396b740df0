using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>
/// Kraken lists the errors a field can raise in its description, one per line: "- KT-CT-4177: Unauthorized."
/// This reads those lines; the generator turns them into constants and per-operation lists.
/// </summary>
internal static class ErrorCodeCatalog
{
    private static readonly Regex ErrorLine = new(@"^\s*-\s*(K[A-Z]-[A-Z]{2}-\d{3,5})\s*:\s*(.*?)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // A schema never changes once built, and the shared-types step asks again after every operation edit: scanning
    // every description of a large schema each time cost milliseconds per edit.
    private static readonly ConditionalWeakTable<SchemaModel, (string Code, string Text)[]> AllBySchema = new();

    /// <summary>The (code, text) pairs in a description, in order.</summary>
    public static IEnumerable<(string Code, string Text)> Read(string? description)
    {
        if (string.IsNullOrEmpty(description))
        {
            yield break;
        }

        foreach (Match match in ErrorLine.Matches(description))
        {
            yield return (match.Groups[1].Value, match.Groups[2].Value);
        }
    }

    /// <summary>Every distinct code listed anywhere in the schema, with the first text seen for it, ordered by code (computed once per schema).</summary>
    public static IReadOnlyList<(string Code, string Text)> ReadAll(SchemaModel schema) => AllBySchema.GetValue(schema, Scan);

    private static (string Code, string Text)[] Scan(SchemaModel schema)
    {
        var codes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in schema.Types.Where(t => !t.IsBuiltIn))
        {
            Add(type.Description);
            if (type is FieldsTypeDefinition withFields)
            {
                foreach (var field in withFields.Fields)
                {
                    Add(field.Description);
                }
            }
        }

        return codes.Select(pair => (pair.Key, pair.Value)).ToArray();

        void Add(string? description)
        {
            foreach (var (code, text) in Read(description))
            {
                if (!codes.ContainsKey(code))
                {
                    codes.Add(code, text);
                }
            }
        }
    }

    /// <summary>KT-CT-4177 → KT_CT_4177.</summary>
    public static string ConstantName(string code) => code.Replace('-', '_');
}
