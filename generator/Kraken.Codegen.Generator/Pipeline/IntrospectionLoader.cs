using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Pipeline;

/// <summary>Loads a group's schema from its SDL files, or from an introspection result when the group has one.</summary>
internal static class IntrospectionLoader
{
    public static SchemaModel Load(IReadOnlyList<GraphQLFileInput> files, IReadOnlyList<SourceFile> sources, CancellationToken cancellationToken)
    {
        // An introspection result describes the whole schema, so it is used alone (SDL beside it would be ambiguous).
        var introspection = files.Select((file, index) => (file, index)).FirstOrDefault(pair => pair.file.Kind == GraphQLFileKind.SchemaIntrospection);
        if (introspection.file is not null)
        {
            return IntrospectionSchemaReader.Read(sources[introspection.index], cancellationToken);
        }

        return SchemaBuilder.Build(sources, cancellationToken);
    }
}
