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
            if (!File.Exists(path))
            {
                throw new InputException($"the schema file '{path}' does not exist.");
            }

            sources.Add(new SourceFile(path, File.ReadAllText(path)));
        }

        var json = sources.Where(IsIntrospectionJson).ToList();
        if (json.Count > 0 && sources.Count > 1)
        {
            throw new InputException($"an introspection result ('{json[0].Path}') must be the only schema file.");
        }

        return Checked(json.Count == 1 ? IntrospectionSchemaReader.Read(json[0]) : SchemaBuilder.Build(sources));
    }

    /// <summary>An introspection result fetched from a server.</summary>
    public static SchemaModel FromIntrospection(string name, string json) => Checked(IntrospectionSchemaReader.Read(new SourceFile(name, json)));

    private static bool IsIntrospectionJson(SourceFile source) =>
        source.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || source.Text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{');

    private static SchemaModel Checked(SchemaModel schema)
    {
        var errors = schema.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new InputException("the schema has errors:\n" + string.Join("\n", errors.Take(20).Select(e => "  " + e)) + (errors.Count > 20 ? $"\n  … and {errors.Count - 20} more" : string.Empty));
        }

        return schema;
    }
}
