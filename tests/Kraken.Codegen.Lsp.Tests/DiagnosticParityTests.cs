using Kraken.Codegen.TestSupport;

namespace Kraken.Codegen.Lsp.Tests;

/// <summary>
/// The language server's diagnostics equal the analyzer's: same IDs, messages and ranges, file by file, for the same
/// files and settings. The server finds the files and settings itself (folder conventions, a project file); the
/// analyzer is given them the way MSBuild would.
/// </summary>
public sealed class DiagnosticParityTests
{
    private const string UkCorpusMissing = "../shared/corpora/kraken-uk is absent (a fresh clone has no ../shared); the UK corpus comparison needs it.";

    [SkippableFact]
    public async Task Every_file_under_schema_gets_the_analyzers_diagnostics()
    {
        var schemaFolder = Path.Combine(RepositoryLayout.Root!, "schema");
        var files = GraphQLFilesUnder(schemaFolder);
        Assert.True(files.Count > 100, "schema/ should hold the imported Kraken reference.");

        var expected = AnalyzerOracle.Analyze(AnalyzerOracle.Read(files));
        var actual = await ServerDiagnosticsAsync(schemaFolder, files);

        // The reference's field-less types (KGQL0105) and its deprecated operations (KGQL0301) make the comparison non-trivial.
        Assert.Contains(expected, d => d.Id == "KGQL0105");
        Assert.Contains(expected, d => d.Id == "KGQL0301");
        AssertSame(expected, actual, files);
    }

    [Fact]
    public async Task A_project_files_settings_and_item_metadata_are_honoured_like_the_build()
    {
        using var folder = new TemporaryFolder();
        var reference = Path.Combine(RepositoryLayout.Root!, "schema", "kraken-oeg");
        folder.Write("Client.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <KrakenCodegenAsOfDate>2025-01-01</KrakenCodegenAsOfDate>
                <KrakenCodegenReportUnusedFragments>false</KrakenCodegenReportUnusedFragments>
              </PropertyGroup>
              <ItemGroup>
                <AdditionalFiles Update="GraphQL/client-directives.graphql" GraphQLKind="Schema" />
              </ItemGroup>
            </Project>
            """);
        folder.Write("GraphQL/schema.graphqls", File.ReadAllText(Path.Combine(reference, "schema.graphqls")));
        folder.Write("GraphQL/client-directives.graphql", "directive @clientOnly on FIELD\n");
        folder.Write("GraphQL/fragments.graphql", File.ReadAllText(Path.Combine(reference, "fragments.graphql")));
        folder.Write("GraphQL/ChargePointDevices.graphql", File.ReadAllText(Path.Combine(reference, "operations", "ChargePointDevices.graphql")));
        folder.Write("GraphQL/Account.graphql", File.ReadAllText(Path.Combine(reference, "operations", "Account.graphql")).Replace("    balance\n", "    balanc @clientOnly\n", StringComparison.Ordinal));
        folder.Write("GraphQL/Broken.graphql", "query Broken {\n  account(accountNumber: \"A\") {\n    ...Missing\n  }\n");
        folder.Write("GraphQL/Nested/Unused.graphql", "fragment NeverSpread on AccountType { id }\nquery Other { viewer { ...NotThere } }\n");
        folder.Write("obj/Ignored.graphql", "this is not GraphQL");
        var files = GraphQLFilesUnder(Path.Combine(folder.Path, "GraphQL"));

        var expected = AnalyzerOracle.Analyze(
            AnalyzerOracle.Read(files),
            new Dictionary<string, string> { ["KrakenCodegenAsOfDate"] = "2025-01-01", ["KrakenCodegenReportUnusedFragments"] = "false" },
            new Dictionary<string, string> { [Path.Combine(folder.Path, "GraphQL", "client-directives.graphql")] = "Schema" });
        var actual = await ServerDiagnosticsAsync(folder.Path, files);

        Assert.Contains(expected, d => d.Id == "KGQL0305"); // KrakenCodegenAsOfDate is past chargePointDevices' removal date.
        Assert.Contains(expected, d => d.Id == "KGQL0206" && d.Message.Contains("balanc", StringComparison.Ordinal));
        Assert.Contains(expected, d => d.Id == "KGQL0001");
        Assert.DoesNotContain(expected, d => d.Id is "KGQL0215" or "KGQL0223"); // Unused fragments allowed; @clientOnly declared by the Schema metadata.
        Assert.DoesNotContain(actual, d => d.Path.Contains("obj", StringComparison.Ordinal));
        AssertSame(expected, actual, files);
    }

    [SkippableFact]
    public async Task The_uk_corpus_gets_the_analyzers_diagnostics_by_the_conventions()
    {
        var corpus = UkCorpus();
        var files = GraphQLFilesUnder(corpus);

        var expected = AnalyzerOracle.Analyze(AnalyzerOracle.Read(files));
        var actual = await ServerDiagnosticsAsync(corpus, files);

        // By the conventions client-directives.graphql is an operation file, so its directive definitions are not
        // executable (KGQL0201) and the operations' client directives are unknown (KGQL0223).
        Assert.Contains(expected, d => d.Id == "KGQL0201");
        Assert.Contains(expected, d => d.Id == "KGQL0223");
        AssertSame(expected, actual, files);
    }

    [SkippableFact]
    public async Task The_uk_corpus_validates_cleanly_in_a_project_that_declares_its_client_directives()
    {
        var corpus = UkCorpus();
        using var folder = new TemporaryFolder();
        folder.Write("Uk.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <AdditionalFiles Update="client-directives.graphql">
                  <GraphQLKind>Schema</GraphQLKind>
                </AdditionalFiles>
              </ItemGroup>
            </Project>
            """);
        foreach (var file in GraphQLFilesUnder(corpus))
        {
            folder.Write(Path.GetRelativePath(corpus, file), File.ReadAllText(file));
        }

        var files = GraphQLFilesUnder(folder.Path);
        var expected = AnalyzerOracle.Analyze(AnalyzerOracle.Read(files), kindByPath: new Dictionary<string, string> { [Path.Combine(folder.Path, "client-directives.graphql")] = "Schema" });
        var actual = await ServerDiagnosticsAsync(folder.Path, files);

        Assert.DoesNotContain(expected, d => d.Id.StartsWith("KGQL02", StringComparison.Ordinal));
        Assert.Equal(4, files.Count(f => f.Contains(Path.DirectorySeparatorChar + "operations" + Path.DirectorySeparatorChar, StringComparison.Ordinal)));
        AssertSame(expected, actual, files);
    }

    internal static string UkCorpus()
    {
        var corpus = RepositoryLayout.SharedFolder is { } shared ? Path.Combine(shared, "corpora", "kraken-uk") : null;
        Skip.If(corpus is null || !Directory.Exists(Path.Combine(corpus, "operations")), UkCorpusMissing);
        return corpus!;
    }

    internal static IReadOnlyList<string> GraphQLFilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".graphql", StringComparison.Ordinal) || f.EndsWith(".graphqls", StringComparison.Ordinal) || f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(folder, f).StartsWith("obj", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    /// <summary>Opens every file in a server whose workspace is <paramref name="root"/> and returns the last diagnostics of each.</summary>
    internal static async Task<IReadOnlyList<ComparableDiagnostic>> ServerDiagnosticsAsync(string root, IReadOnlyList<string> files)
    {
        await using var client = await LspClient.StartInitializedAsync(root);
        foreach (var file in files)
        {
            await client.OpenAsync(file, File.ReadAllText(file));
        }

        // Publications go out in order and the opened file's own comes last, so the last file's means all are in.
        await client.WaitForDiagnosticsAsync(LspClient.Uri(files[^1]), 1);
        var result = client.LatestDiagnostics()
            .SelectMany(pair => pair.Value.Select(d => ComparableDiagnostic.FromLsp(new Uri(pair.Key).LocalPath, d!)))
            .ToList();
        Assert.Equal(0, await client.ShutdownAsync());
        return result;
    }

    private static void AssertSame(IReadOnlyList<ComparableDiagnostic> expected, IReadOnlyList<ComparableDiagnostic> actual, IReadOnlyList<string> files)
    {
        Assert.All(actual, d => Assert.Contains(d.Path, files));
        foreach (var file in files)
        {
            var want = Sorted(expected.Where(d => d.Path == file));
            var got = Sorted(actual.Where(d => d.Path == file));
            Assert.True(want.SequenceEqual(got), $"{file}:\nanalyzer:\n  {string.Join("\n  ", want)}\nserver:\n  {string.Join("\n  ", got)}");
        }
    }

    private static List<ComparableDiagnostic> Sorted(IEnumerable<ComparableDiagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.StartLine).ThenBy(d => d.StartCharacter).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal).ToList();
}
