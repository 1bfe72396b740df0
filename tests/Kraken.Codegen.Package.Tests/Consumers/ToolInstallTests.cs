using Kraken.Codegen.Package.Tests.Support;

namespace Kraken.Codegen.Package.Tests.Consumers;

/// <summary>The CLI as users get it: <c>dotnet tool install --tool-path … --add-source &lt;feed&gt;</c>, run as a child process.</summary>
[Collection(PackageCollection.Name)]
public sealed class ToolInstallTests
{
    private readonly PackageFeed _feed;

    public ToolInstallTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void Version_prints_the_packed_version()
    {
        var result = RunTool(["--version"]);

        Assert.True(result.ExitCode == 0, result.Describe());
        // The informational version: the package version, then '+' and the commit.
        Assert.StartsWith(_feed.Version, result.StandardOutput.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_the_command_users_type()
    {
        var result = RunTool(["--help"]);

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("kraken-codegen [command] [options]", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Kraken.Codegen.Tool", result.StandardOutput, StringComparison.Ordinal);
        foreach (var command in new[] { "validate", "diff", "drift", "deprecations", "contract", "mock", "introspect", "import-reference" })
        {
            Assert.Contains("  " + command, result.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_reports_a_broken_operation_file_at_its_line_and_column_with_exit_code_1()
    {
        var folder = _feed.NewProjectFolder("ToolValidate");
        ConsumerFiles.WriteGraphQL(folder, ("Account.graphql", ConsumerFiles.AccountOperation), ("Broken.graphql", ConsumerFiles.BrokenOperation));

        var result = RunTool(["validate", "--schema", Path.Combine("GraphQL", "schema.graphqls"), "--operations", Path.Combine("GraphQL", "*.graphql")], folder);

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Contains("Broken.graphql(4,5): error KGQL0206: Field 'balanc' does not exist on type 'AccountType'.", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Account.graphql(", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_without_a_schema_is_a_usage_error_with_exit_code_2()
    {
        var result = RunTool(["validate", "--operations", "*.graphql"]);

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains("kraken-codegen --help", result.StandardError, StringComparison.Ordinal);
    }

    private ProcessResult RunTool(string[] arguments, string? workingDirectory = null) =>
        ProcessRunner.Run(_feed.ToolExecutable, arguments, workingDirectory ?? _feed.WorkRoot, timeout: TimeSpan.FromMinutes(2));
}
