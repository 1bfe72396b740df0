using Kraken.Codegen.Tool.GraphQLConfig;
using Kraken.Codegen.Tool.Lsp.Workspace;

namespace Kraken.Codegen.Lsp.Tests;

/// <summary>What the server reads of project files and graphql-config files, and how it picks a file's project.</summary>
public sealed class ProjectDiscoveryTests
{
    [Fact]
    public void A_project_files_settings_scalars_and_item_metadata_are_read()
    {
        using var folder = new TemporaryFolder();
        var project = folder.Write("App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <RootNamespace>My.App</RootNamespace>
                <KrakenCodegenNamespace>$(RootNamespace).Kraken</KrakenCodegenNamespace>
                <KrakenCodegenAsOfDate>2025-03-01</KrakenCodegenAsOfDate>
              </PropertyGroup>
              <PropertyGroup Condition="'$(Configuration)' == 'Release'">
                <KrakenCodegenReportUnusedFragments>false</KrakenCodegenReportUnusedFragments>
              </PropertyGroup>
              <ItemGroup>
                <KrakenCodegenScalar Include="DateTime" ClrType="NodaTime.Instant" Converter="My.App.InstantConverter" IsValueType="true" />
                <KrakenCodegenScalar Include="Broken" ClrType="x" />
                <AdditionalFiles Include="../shared/api.graphqls" GraphQLClientName="ApiClient" />
                <AdditionalFiles Update="GraphQL/directives.graphql">
                  <GraphQLKind>Schema</GraphQLKind>
                </AdditionalFiles>
                <AdditionalFiles Remove="GraphQL/Old/**" />
              </ItemGroup>
            </Project>
            """);
        folder.Write("GraphQL/schema.graphqls", "type Query { a: Int }");
        folder.Write("GraphQL/directives.graphql", "directive @x on FIELD");
        folder.Write("GraphQL/Query.graphql", "{ a }");
        folder.Write("GraphQL/Old/Gone.graphql", "{ a }");
        folder.Write("bin/Debug/Copied.graphql", "{ a }");
        folder.Write(".hidden/Skipped.graphql", "{ a }");
        folder.Write("Nested/bin/Kept.graphql", "{ a }");

        var file = MsBuildProjectFile.Read(project);
        var settings = file.Settings;
        var items = file.ReadItems();

        Assert.Equal("My.App.Kraken", settings.Namespace);
        Assert.Equal(new DateTime(2025, 3, 1), settings.AsOfDate);
        Assert.True(settings.ReportUnusedFragments); // The conditional group is not evaluated, and says so.
        Assert.Contains(file.Problems, p => p.Contains("KrakenCodegenReportUnusedFragments", StringComparison.Ordinal) && p.Contains("condition", StringComparison.Ordinal));
        var scalar = Assert.Single(settings.ScalarMappings);
        Assert.Equal(("DateTime", "NodaTime.Instant", "My.App.InstantConverter", true), (scalar.GraphQLName, scalar.ClrType, scalar.Converter, scalar.IsValueType));
        Assert.Contains(settings.ConfigurationErrors, e => e.Contains("'Broken=x||'", StringComparison.Ordinal));
        Assert.Equal(
            new[] { "GraphQL/Query.graphql", "GraphQL/directives.graphql", "GraphQL/schema.graphqls", "Nested/bin/Kept.graphql" },
            items.Select(i => Path.GetRelativePath(folder.Path, i.Path).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal("Schema", items.Single(i => i.Path.EndsWith("directives.graphql", StringComparison.Ordinal)).Kind);
    }

    [Fact]
    public void Graphql_config_files_are_read_in_yaml_and_json_with_projects_and_our_extension()
    {
        var yaml = GraphQLConfigReader.Parse("/repo/.graphqlrc.yml", """
            projects:
              api:
                schema: schema/kraken-oeg/schema.graphqls
                documents:
                  - "schema/kraken-oeg/**/*.graphql"
                extensions:
                  krakenCodegen:
                    endpoint: https://api.oeg-kraken.energy/v1/graphql/
              auth:
                schema:
                  - https://auth.example/graphql:
                      headers:
                        Authorization: token
                  - schema/kraken-oeg-auth/schema.graphqls
                documents: schema/kraken-oeg-auth/operations/*.graphql
                exclude: "**/Old/**"
            """);
        var json = GraphQLConfigReader.Parse("/repo/graphql.config.json", """{ "schema": "schema.graphql", "documents": ["src/**/*.graphql"] }""");

        var api = yaml.FindProject("api")!;
        Assert.Equal(new[] { "schema/kraken-oeg/schema.graphqls" }, api.Schema);
        Assert.Equal(new[] { "schema/kraken-oeg/**/*.graphql" }, api.Documents);
        Assert.Equal("https://api.oeg-kraken.energy/v1/graphql/", api.KrakenCodegen?.Endpoint);
        var auth = yaml.FindProject("auth")!;
        Assert.Equal(new[] { "https://auth.example/graphql" }, auth.SchemaUrls);
        Assert.Equal(new[] { "schema/kraken-oeg-auth/schema.graphqls" }, auth.SchemaFiles);
        Assert.Equal(new[] { "**/Old/**" }, auth.Exclude);
        Assert.Null(auth.KrakenCodegen);
        var single = Assert.Single(json.Projects);
        Assert.Equal(GraphQLConfigFile.DefaultProjectName, single.Name);
        Assert.Equal(new[] { "src/**/*.graphql" }, single.Documents);
    }

    [Theory]
    [InlineData("schema: [unclosed", "(2,1)")]
    [InlineData("- just\n- a list", "must hold a mapping")]
    [InlineData("projects: 3", "'projects' must map")]
    [InlineData("schema: { a: 1 }\ndocuments: { }\nprojects:\n  x: 2", "the project 'x' must be a mapping")]
    public void A_broken_graphql_config_names_the_file_and_the_place(string text, string expected)
    {
        var exception = Assert.Throws<GraphQLConfigException>(() => GraphQLConfigReader.Parse("/repo/.graphqlrc.yml", text));
        Assert.StartsWith("/repo/.graphqlrc.yml", exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_nearest_project_file_that_includes_a_file_wins_then_graphql_config_then_the_workspace_folder()
    {
        using var folder = new TemporaryFolder();
        folder.Write(".graphqlrc.yml", "schema: api/schema.graphqls\ndocuments: client/**/*.graphql\n");
        folder.Write("api/schema.graphqls", "type Query { a: Int }");
        var byConfig = folder.Write("client/ops/A.graphql", "{ a }");
        var project = folder.Write("app/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var byProject = folder.Write("app/GraphQL/B.graphql", "{ a }");
        folder.Write("lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><KrakenCodegenIncludeGraphQL>false</KrakenCodegenIncludeGraphQL></PropertyGroup></Project>");
        var notInLib = folder.Write("lib/C.graphql", "{ a }");
        var loose = folder.Write("other/D.graphql", "{ a }");

        Assert.Equal(project, ProjectLocator.Locate(byProject, new[] { folder.Path }).Key);
        Assert.Equal(ProjectSource.GraphQLConfig, ProjectLocator.Locate(byConfig, new[] { folder.Path }).Source);
        Assert.Equal(ProjectSource.Folder, ProjectLocator.Locate(notInLib, new[] { folder.Path }).Source);
        var fallback = ProjectLocator.Locate(loose, new[] { folder.Path });
        Assert.Equal((ProjectSource.Folder, folder.Path), (fallback.Source, fallback.Root));
    }

    [Fact]
    public void A_file_outside_every_workspace_folder_gets_its_own_folder_without_subfolders()
    {
        // Found by fuzzing: a document at file:///tm made the server glob the whole file system for GraphQL files.
        using var folder = new TemporaryFolder();
        var lone = folder.Write("A.graphql", "{ a }");
        var schema = folder.Write("schema.graphqls", "type Query { a: Int }");
        folder.Write("deep/below/B.graphql", "{ a }");

        var project = ProjectLocator.Locate(lone, Array.Empty<string>());

        Assert.Equal((ProjectSource.Folder, folder.Path), (project.Source, project.Root));
        Assert.Equal(new[] { lone, schema }, project.EnumerateFiles().Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal));
        Assert.NotNull(project.Accept(lone));
        Assert.Null(project.Accept(Path.Combine(folder.Path, "deep", "below", "B.graphql")));

        // Inside a workspace folder the conventions reach every subfolder, as in the build.
        var inWorkspace = ProjectLocator.Locate(lone, new[] { folder.Path });
        Assert.Equal(3, inWorkspace.EnumerateFiles().Count);
    }

    [Fact]
    public void Url_schemas_are_reported_and_script_configs_are_refused()
    {
        using var folder = new TemporaryFolder();
        var config = folder.Write(".graphqlrc.yml", "schema: https://api.example/graphql\ndocuments: \"**/*.graphql\"\n");
        var script = folder.Write("graphql.config.js", "module.exports = {}");

        var project = ProjectLocator.FromGraphQLConfig(config);

        Assert.Contains(project.Problems, p => p.Contains("https://api.example/graphql", StringComparison.Ordinal) && p.Contains("introspect", StringComparison.Ordinal));
        Assert.Contains("only YAML and JSON", Assert.Throws<GraphQLConfigException>(() => GraphQLConfigReader.Read(script)).Message, StringComparison.Ordinal);
        Assert.Equal(script, GraphQLConfigReader.Find(folder.Path)); // graphql.config.* comes before .graphqlrc.* in graphql-config's own order.
    }

    [Fact]
    public async Task A_graphql_config_project_binds_its_documents_to_its_schema_wherever_they_are()
    {
        using var folder = new TemporaryFolder();
        folder.Write(".graphqlrc.yml", """
            projects:
              api:
                schema: schemas/api.graphqls
                documents: src/api/**/*.graphql
              auth:
                schema: schemas/auth.graphqls
                documents: src/auth/**/*.graphql
            """);
        folder.Write("schemas/api.graphqls", "type Query {\n  \"The account.\"\n  account: Account\n}\ntype Account { number: String }\n");
        folder.Write("schemas/auth.graphqls", "type Query { token: String }\n");
        var api = folder.Write("src/api/Account.graphql", "query Account { account { number token } }\n");
        var auth = folder.Write("src/auth/Token.graphql", "query Token { token account }\n");

        await using var client = await LspClient.StartInitializedAsync(folder.Path);
        await client.OpenAsync(api, File.ReadAllText(api));
        await client.OpenAsync(auth, File.ReadAllText(auth));

        var apiDiagnostics = (await client.WaitForDiagnosticsAsync(LspClient.Uri(api), 1))["params"]!["diagnostics"]!.AsArray();
        var authDiagnostics = (await client.WaitForDiagnosticsAsync(LspClient.Uri(auth), 1))["params"]!["diagnostics"]!.AsArray();
        Assert.Equal("Field 'token' does not exist on type 'Account'.", (string?)Assert.Single(apiDiagnostics)!["message"]);
        Assert.Equal("Field 'account' does not exist on type 'Query'.", (string?)Assert.Single(authDiagnostics)!["message"]);

        var hover = await client.RequestAsync("textDocument/hover", LspClient.At(api, 0, 18));
        Assert.Contains("The account.", (string)hover["result"]!["contents"]!["value"]!, StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
