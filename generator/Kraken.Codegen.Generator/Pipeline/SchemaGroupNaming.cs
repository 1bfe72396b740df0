using Kraken.Codegen.Generator.Binding;

namespace Kraken.Codegen.Generator.Pipeline;

/// <summary>
/// What the generator adds to the core's <see cref="SchemaGroup"/> (grouping and loading are in the core, shared with
/// the analyzer and the language server): the C# name a group's folder gives its client and namespace.
/// </summary>
internal static class SchemaGroupNaming
{
    extension(SchemaGroup group)
    {
        /// <summary>The folder's own name in PascalCase (<c>kraken-oeg</c> → <c>KrakenOeg</c>).</summary>
        public string FolderName
        {
            get
            {
                var name = Path.GetFileName(group.Directory.TrimEnd('/', '\\'));
                var pascal = Identifiers.Pascal(new string(name.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray()));
                return pascal == "Value" ? "GraphQL" : pascal;
            }
        }
    }
}
