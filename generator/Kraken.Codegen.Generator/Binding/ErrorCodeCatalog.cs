using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>
/// Kraken lists the errors a field can raise in its description, one per line: "- KT-CT-4177: Unauthorized."
/// This reads those lines; the generator turns them into constants and per-operation lists.
/// </summary>
internal static class ErrorCodeCatalog
{
    /// <summary>The (code, text) pairs in a description, in order (read by the core, which the language server shares).</summary>
    public static IEnumerable<DocumentedErrorCode> Read(string? description) => DocumentedErrorCodes.Read(description);

    /// <summary>Every distinct code listed anywhere in the schema, with the first text seen for it, ordered by code (computed once per schema).</summary>
    public static IReadOnlyList<DocumentedErrorCode> ReadAll(SchemaModel schema) => DocumentedErrorCodes.ReadAll(schema);

    /// <summary>KT-CT-4177 → KT_CT_4177.</summary>
    public static string ConstantName(string code) => code.Replace('-', '_');
}
