using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Pipeline;

/// <summary>Loads a group's schema from SDL files or from an introspection result.</summary>
internal static class IntrospectionLoader
{
    public static SchemaModel Load(IReadOnlyList<GraphQLFileInput> files, IReadOnlyList<SourceFile> sources, CancellationToken cancellationToken)
    {
        var sdl = sources.Where((_, index) => files[index].Kind == GraphQLFileKind.SchemaSdl).ToList();
        return SchemaBuilder.Build(sdl, cancellationToken);
    }
}
