using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Tool.Loading;

/// <summary>
/// Loads a schema from files: SDL (one or more files, merged) or one introspection result in JSON (recognised by the
/// <c>.json</c> extension or a leading <c>{</c>). Errors in the schema are an input problem.
/// </summary>
internal static class SchemaFiles
{
    public static SchemaModel Load(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            throw new InputException("no schema file given.");
        }

        var sources = new List<SourceFile>();
        foreach (var path in paths)
        {
            var text = TextFiles.Read(path, "schema file");
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new InputException($"the schema file '{path}' is empty.");
            }

            sources.Add(new SourceFile(path, text));
        }

        var json = sources.Where(source => IsIntrospectionJson(source.Path, source.Text)).ToList();
        if (json.Count > 0 && sources.Count > 1)
        {
            throw new InputException($"an introspection result ('{json[0].Path}') must be the only schema file.");
        }

        return Checked(json.Count == 1 ? IntrospectionSchemaReader.Read(json[0]) : SchemaBuilder.Build(sources));
    }

    /// <summary>An introspection result fetched from a server.</summary>
    public static SchemaModel FromIntrospection(string name, string json) => Checked(IntrospectionSchemaReader.Read(new SourceFile(name, json)));

    /// <summary>Whether a schema file is an introspection result rather than SDL: a .json name or a leading '{'.</summary>
    public static bool IsIntrospectionJson(string path, string text) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{');

    /// <summary>Schema errors are an input problem.</summary>
    private static SchemaModel Checked(SchemaModel schema)
    {
        var errors = schema.Diagnostics.Where(d => d.IsError).ToList();
        return errors.Count == 0 ? schema : throw InputException.Listing("the schema has {0:N0} errors", errors);
    }
}
