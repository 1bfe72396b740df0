using Kraken.Codegen.Core.Projects;
using Kraken.Codegen.Tool.GraphQLConfig;
using Kraken.Codegen.Tool.Tests.Toolkit;

namespace Kraken.Codegen.Tool.Tests.GraphQLConfig;

/// <summary>
/// The written graphql-config names exactly the files the generator uses: for a real folder layout (a copy of the
/// repository's schema/ folder, plus the cases the conventions decide differently), the files each config project's
/// globs match are compared with the files the core's conventions classify and group.
/// </summary>
public sealed class GraphQLConfigCoverageTests
{
    [SkippableFact]
    public void The_written_globs_match_exactly_the_schema_and_operation_files_of_each_schema_group()
    {
        var schemaRoot = RepositoryFiles.CommittedSchemaRoot;
        Skip.If(schemaRoot is null || !Directory.Exists(schemaRoot), "The repository's schema/ folder is not beside the tests.");
        using var folder = new TemporaryDirectory();
        CopyFolder(schemaRoot!, Path.Combine(folder.Path, "schema"));

        // The cases the conventions decide: a schema.graphql beside operations, a schema folder nested in another,
        // an introspection result, and folders the build skips (bin/, obj/, hidden ones).
        Write(folder.Path, "local/schema.graphql", "type Query { a: Int }\n");
        Write(folder.Path, "local/A.graphql", "query A { a }\n");
        Write(folder.Path, "local/deeper/B.graphql", "query B { a }\n");
        Write(folder.Path, "schema/kraken-oeg/nested/more.graphqls", "type Query { b: Int }\n");
        Write(folder.Path, "schema/kraken-oeg/nested/ops/C.graphql", "query C { b }\n");
        Write(folder.Path, "remote/api.schema.json", IntrospectionOfOneField);
        Write(folder.Path, "remote/D.graphql", "query D { c }\n");
        Write(folder.Path, "bin/Debug/Stale.graphql", "query Stale { a }\n");
        Write(folder.Path, "obj/Stale.graphqls", "type Query { z: Int }\n");
        Write(folder.Path, "local/.cache/Hidden.graphql", "query Hidden { a }\n");

        var run = CliRun.Of("graphql-config", "--directory", folder.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        var config = GraphQLConfigReader.Read(Path.Combine(folder.Path, ".graphqlrc.yml"));
        var expected = GeneratorView(folder.Path);
        Assert.Equal(expected.Count, config.Projects.Count);
        Assert.Equal(5, expected.Count); // kraken-oeg, kraken-oeg-auth, nested, local and remote; none for bin/, obj/ or hidden folders.
        foreach (var project in config.Projects)
        {
            var schemaFiles = project.ExpandSchemaFiles(config.Directory);
            var group = expected.SingleOrDefault(g => g.SchemaFiles.SequenceEqual(schemaFiles));
            Assert.True(group is not null, $"project {project.Name}: its schema globs match [{string.Join(", ", schemaFiles)}], which is no schema group of the generator.");
            var documents = project.ExpandDocuments(config.Directory).Except(schemaFiles).ToList();
            Assert.True(group!.OperationFiles.SequenceEqual(documents), $"project {project.Name}: the generator binds [{string.Join(", ", group.OperationFiles)}] to its schema; its document globs match [{string.Join(", ", documents)}].");
        }

        // Every operation file belongs to one project only, as to one schema group.
        var all = config.Projects.SelectMany(p => p.ExpandDocuments(config.Directory).Except(p.ExpandSchemaFiles(config.Directory))).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(expected.Sum(g => g.OperationFiles.Count), all.Count);
        Assert.DoesNotContain(all, file => file.Contains("Stale", StringComparison.Ordinal) || file.Contains("Hidden", StringComparison.Ordinal));

        // The language server reads the written file the same way, negated globs included: each file in the group of
        // its schema, whether it enumerates the project or is asked about one file.
        var lsp = Kraken.Codegen.Tool.Lsp.Workspace.ProjectLocator.FromGraphQLConfig(config.Path);
        var specs = lsp.EnumerateFiles();
        foreach (var group in expected)
        {
            var keys = group.SchemaFiles.Concat(group.OperationFiles).Select(file => specs.Single(spec => spec.Path == file).GroupKey).Distinct().ToList();
            Assert.Single(keys);
            Assert.All(group.OperationFiles, file => Assert.Equal(keys[0], lsp.Accept(file)!.GroupKey));
        }

        Assert.Equal(expected.Sum(g => g.SchemaFiles.Count + g.OperationFiles.Count), specs.Count);
    }

    [Fact]
    public void Writing_again_keeps_a_recorded_endpoint_and_other_projects()
    {
        using var folder = new TemporaryDirectory();
        Write(folder.Path, "api/schema.graphqls", "type Query { a: Int }\n");
        Write(folder.Path, ".graphqlrc.yml", """
            projects:
              api:
                schema: old.graphqls
                extensions:
                  krakenCodegen:
                    endpoint: https://api.example.test/graphql/
                    headers:
                      Authorization: ${TOKEN}
              handwritten:
                schema: elsewhere/schema.graphql
            """);

        var run = CliRun.Of("graphql-config", "--directory", folder.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        var config = GraphQLConfigReader.Read(Path.Combine(folder.Path, ".graphqlrc.yml"));
        var api = config.FindProject("api")!;
        Assert.Equal(["api/*.graphqls"], api.Schema);
        Assert.Equal(["api/**/*.graphql"], api.Documents);
        Assert.Equal("https://api.example.test/graphql/", api.KrakenCodegen!.Endpoint);
        Assert.Equal("${TOKEN}", api.KrakenCodegen.Headers["Authorization"]);
        Assert.Equal(["elsewhere/schema.graphql"], config.FindProject("handwritten")!.Schema);
    }

    [Fact]
    public void A_folder_without_a_schema_is_an_input_problem()
    {
        using var folder = new TemporaryDirectory();
        Write(folder.Path, "Q.graphql", "query Q { a }\n");

        var run = CliRun.Of("graphql-config", "--directory", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: the folder '{folder.Path}' holds no schema file", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, ".graphqlrc.yml")));
    }

    /// <summary>What the build hands the generator and how the core groups it, computed without the config code.</summary>
    private static List<ExpectedGroup> GeneratorView(string root)
    {
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(GraphQLFileConventions.IsCandidate)
            .Where(path => !SkippedByTheBuild(Path.GetRelativePath(root, path)))
            .Select(path => GraphQLFileConventions.Create(path, File.ReadAllText(path)))
            .ToList();
        var groups = SchemaGroups.Build(files.Where(f => f.Kind != GraphQLFileKind.Operations), CancellationToken.None);
        return groups.Select(group => new ExpectedGroup(
                group.Sources.Select(s => s.Path).OrderBy(p => p, StringComparer.Ordinal).ToList(),
                files.Where(f => f.Kind == GraphQLFileKind.Operations && SchemaGroups.Find(groups, f.GroupDirectory) == group)
                    .Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal).ToList()))
            .ToList();
    }

    /// <summary>MSBuild's default excludes for a project folder: bin/ and obj/ at the top, and hidden folders anywhere.</summary>
    private static bool SkippedByTheBuild(string relative)
    {
        var parts = relative.Replace('\\', '/').Split('/');
        return parts[0] is "bin" or "obj" || parts[..^1].Any(part => part.StartsWith('.'));
    }

    private sealed record ExpectedGroup(IReadOnlyList<string> SchemaFiles, IReadOnlyList<string> OperationFiles);

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private const string IntrospectionOfOneField = """
        {"data":{"__schema":{"queryType":{"name":"Query"},"mutationType":null,"subscriptionType":null,"directives":[],
        "types":[{"kind":"OBJECT","name":"Query","description":null,"fields":[{"name":"c","description":null,"args":[],
        "type":{"kind":"SCALAR","name":"Int","ofType":null},"isDeprecated":false,"deprecationReason":null}],
        "inputFields":null,"interfaces":[],"enumValues":null,"possibleTypes":null},
        {"kind":"SCALAR","name":"Int","description":null,"fields":null,"inputFields":null,"interfaces":null,"enumValues":null,"possibleTypes":null}]}}}
        """;
}
