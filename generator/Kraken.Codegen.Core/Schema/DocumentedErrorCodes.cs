using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Kraken.Codegen.Core.Schema;

/// <summary>An error a field can raise, as its description lists it: "- KT-CT-4177: Unauthorized."</summary>
public readonly record struct DocumentedErrorCode(string Code, string Text);

/// <summary>
/// Kraken lists the errors a field can raise in its description, one per line: "- KT-CT-4177: Unauthorized."
/// This reads those lines; the generator turns them into constants and per-operation lists, and the language server
/// shows them on hover.
/// </summary>
public static class DocumentedErrorCodes
{
    private static readonly Regex ErrorLine = new(@"^\s*-\s*(K[A-Z]-[A-Z]{2}-\d{3,5})\s*:\s*(.*?)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // A schema never changes once built, and the generator asks again after every operation edit: scanning every
    // description of a large schema each time cost milliseconds per edit.
    private static readonly ConditionalWeakTable<SchemaModel, DocumentedErrorCode[]> AllBySchema = new();

    /// <summary>The codes in a description, in order.</summary>
    public static IEnumerable<DocumentedErrorCode> Read(string? description)
    {
        if (string.IsNullOrEmpty(description))
        {
            yield break;
        }

        foreach (Match match in ErrorLine.Matches(description))
        {
            yield return new DocumentedErrorCode(match.Groups[1].Value, match.Groups[2].Value);
        }
    }

    /// <summary>Every distinct code listed anywhere in the schema, with the first text seen for it, ordered by code (computed once per schema).</summary>
    public static IReadOnlyList<DocumentedErrorCode> ReadAll(SchemaModel schema) => AllBySchema.GetValue(schema, Scan);

    private static DocumentedErrorCode[] Scan(SchemaModel schema)
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

        return codes.Select(pair => new DocumentedErrorCode(pair.Key, pair.Value)).ToArray();

        void Add(string? description)
        {
            foreach (var code in Read(description))
            {
                if (!codes.ContainsKey(code.Code))
                {
                    codes.Add(code.Code, code.Text);
                }
            }
        }
    }
}
