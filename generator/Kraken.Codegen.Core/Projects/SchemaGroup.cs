using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Projects;

/// <summary>
/// The schema of one folder: every schema file in it, loaded together. Operation files use the group of their own
/// folder or the nearest folder above it, so one project can hold clients for several endpoints.
/// </summary>
public sealed class SchemaGroup
{
    public SchemaGroup(string directory, IReadOnlyList<SourceFile> sources, SchemaModel schema, string? clientName, string? @namespace)
    {
        Directory = directory;
        Sources = sources;
        Schema = schema;
        ClientNameOverride = clientName;
        NamespaceOverride = @namespace;
    }

    /// <summary>The folder, with a trailing separator.</summary>
    public string Directory { get; }

    public IReadOnlyList<SourceFile> Sources { get; }

    public SchemaModel Schema { get; }

    public string? ClientNameOverride { get; }

    public string? NamespaceOverride { get; }

    public string MainSchemaPath => Sources.Count == 0 ? Directory : Sources[0].Path;
}
