using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary>The schemas and operations the toolkit tests read: the committed Kraken Germany schema and the UK corpus in ../shared.</summary>
internal static class ToolkitFiles
{
    public const string UkCorpusMissing = "The real UK Kraken corpus (../shared/corpora/kraken-uk) is absent; the drift tests on it need it.";

    public static string Root => RepositoryFiles.RepositoryRoot ?? throw new InvalidOperationException("The repository root (Kraken.Codegen.sln) was not found above the test assembly.");

    public static string InRepository(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    /// <summary>schema/kraken-oeg/schema.graphqls, read with its repository-relative path so reports are machine-independent.</summary>
    public static SourceFile OegSchemaSource() => Relative("schema/kraken-oeg/schema.graphqls");

    public static SchemaModel OegSchema() => SchemaBuilder.Build(OegSchemaSource());

    /// <summary>Every operation of schema/kraken-oeg plus its fragments file.</summary>
    public static ExecutableDocumentSet OegOperations()
    {
        var files = Directory.GetFiles(InRepository("schema", "kraken-oeg", "operations"), "*.graphql")
            .Select(path => "schema/kraken-oeg/operations/" + Path.GetFileName(path))
            .Append("schema/kraken-oeg/fragments.graphql");
        return new ExecutableDocumentSet(files.Select(path => ExecutableDocument.Parse(Relative(path))));
    }

    /// <summary>The UK corpus folder, or a skip when ../shared is absent.</summary>
    public static string UkCorpus()
    {
        var folder = RepositoryFiles.RepositoryRoot is { } root ? Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora", "kraken-uk")) : null;
        Skip.If(folder is null || !File.Exists(Path.Combine(folder, "schema.graphql")), UkCorpusMissing);
        return folder!;
    }

    public static string UkSchemaText() => File.ReadAllText(Path.Combine(UkCorpus(), "schema.graphql"));

    public static SourceFile UkClientDirectives() => new("client-directives.graphql", File.ReadAllText(Path.Combine(UkCorpus(), "client-directives.graphql")));

    /// <summary>The UK schema (from the given text) with the client directives its operations need.</summary>
    public static SchemaModel UkSchema(string schemaText)
    {
        var schema = SchemaBuilder.Build(new SourceFile("schema.graphql", schemaText), UkClientDirectives());
        Assert.False(schema.HasErrors, string.Join("\n", schema.Diagnostics.Where(d => d.IsError)));
        return schema;
    }

    /// <summary>The UK operations, with paths of the form <c>operations/bill.graphql</c>.</summary>
    public static ExecutableDocumentSet UkOperations()
    {
        var folder = Path.Combine(UkCorpus(), "operations");
        return new ExecutableDocumentSet(Directory.GetFiles(folder, "*.graphql")
            .Select(path => ExecutableDocument.Parse("operations/" + Path.GetFileName(path), File.ReadAllText(path))));
    }

    /// <summary>Replaces the first occurrence of <paramref name="oldText"/> after <paramref name="anchor"/>; fails when either is missing.</summary>
    public static string EditAfter(string text, string anchor, string oldText, string newText)
    {
        var start = text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{anchor}' not found in the schema text.");
        var at = text.IndexOf(oldText, start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{oldText}' not found after '{anchor}'.");
        return text.Substring(0, at) + newText + text.Substring(at + oldText.Length);
    }

    private static SourceFile Relative(string relativePath) => new(relativePath, File.ReadAllText(InRepository(relativePath.Split('/'))));
}
