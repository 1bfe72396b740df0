using Kraken.Codegen.TestSupport;

namespace Kraken.Codegen.Tool.Tests.Processes;

/// <summary><c>kraken-codegen validate</c> as a child process: what a user's shell sees, exit code and both streams.</summary>
public sealed class ValidateProcessTests
{
    [Fact]
    public async Task The_reported_CR_only_file_gives_KGQL0001_at_its_line_and_column_exit_1_and_no_stack_trace()
    {
        using var folder = new TemporaryDirectory();
        var schema = Path.Combine(folder.Path, "schema.graphqls");
        var file = Path.Combine(folder.Path, "Q2.graphql");
        File.WriteAllText(schema, LineEndingCases.Join(LineEndingCases.SchemaLines, "LF"));
        File.WriteAllText(file, LineEndingCases.CrOnlyMissingBrace);

        var (exitCode, output, error) = await ToolProcess.RunAsync("validate", "-s", schema, "-p", file);

        Assert.True(exitCode == 1 && error.Length == 0, $"exit {exitCode}\n{output}\n{error}");
        Assert.Equal($"{file}(5,1): error KGQL0001: Expected Name, found EOF; for more information see http://spec.graphql.org/October2021/#Field.", output.Split('\n')[0]);
    }

    [Fact]
    public async Task A_binary_schema_is_one_line_on_standard_error_and_exit_2()
    {
        using var folder = new TemporaryDirectory();
        var schema = Path.Combine(folder.Path, "schema.graphqls");
        File.WriteAllBytes(schema, [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0]);

        var (exitCode, output, error) = await ToolProcess.RunAsync("validate", "-s", schema, "-p", folder.Path);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Equal($"error: the schema file '{schema}' is binary, not text (it contains NUL bytes).\n", error);
    }
}
