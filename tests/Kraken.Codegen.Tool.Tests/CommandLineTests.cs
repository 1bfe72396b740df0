using Kraken.Codegen.Tool.ReferenceImport;

namespace Kraken.Codegen.Tool.Tests;

public sealed class CommandLineTests
{
    [SkippableFact]
    public void Import_reference_writes_both_schema_folders_and_reports_warnings_on_stderr()
    {
        var reference = RepositoryFiles.SharedReferencePath ?? RepositoryFiles.CommittedReferencePath;
        Skip.If(reference is null, "The Kraken query reference is absent (neither ../shared/seeds nor schema/kraken-oeg/reference.txt).");
        using var output = new TemporaryDirectory();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = CliApplication.Run(["import-reference", "--reference", reference, "--output", output.Path], stdout, stderr);

        Assert.Equal(0, exitCode);
        Assert.True(File.ReadAllBytes(Path.Combine(output.Path, "kraken-oeg", "reference.txt")).AsSpan().SequenceEqual(File.ReadAllBytes(reference)));
        foreach (var file in new[] { "schema.graphqls", "errors.json", "provenance.md" })
        {
            Assert.True(File.Exists(Path.Combine(output.Path, "kraken-oeg", file)), $"kraken-oeg/{file} missing");
            Assert.True(File.Exists(Path.Combine(output.Path, "kraken-oeg-auth", file)), $"kraken-oeg-auth/{file} missing");
        }

        Assert.True(File.Exists(Path.Combine(output.Path, "kraken-oeg", "fragments.graphql")));
        Assert.True(File.Exists(Path.Combine(output.Path, "kraken-oeg", "operations", "Account.graphql")));
        Assert.Equal(3, Directory.GetFiles(Path.Combine(output.Path, "kraken-oeg-auth", "operations"), "*.graphql").Length);
        Assert.Contains("102 operations", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("entry 'activeTariffs'", stderr.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Import_reference_removes_operation_files_it_no_longer_produces()
    {
        var reference = RepositoryFiles.SharedReferencePath ?? RepositoryFiles.CommittedReferencePath;
        Skip.If(reference is null, "The Kraken query reference is absent (neither ../shared/seeds nor schema/kraken-oeg/reference.txt).");
        using var output = new TemporaryDirectory();
        var stale = Path.Combine(output.Path, "kraken-oeg", "operations", "Gone.graphql");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "query Gone { gone }\n");

        var exitCode = CliApplication.Run(["import-reference", "--reference", reference, "--output", output.Path], TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, exitCode);
        Assert.False(File.Exists(stale));
    }

    [Fact]
    public void A_missing_reference_file_is_an_error_with_exit_code_2()
    {
        using var output = new TemporaryDirectory();
        using var stderr = new StringWriter();

        var exitCode = CliApplication.Run(["import-reference", "--reference", Path.Combine(output.Path, "absent.txt"), "--output", output.Path], TextWriter.Null, stderr);

        Assert.Equal(2, exitCode);
        Assert.Contains("absent.txt", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output.Path, ReferenceEndpoints.FolderName(ReferenceEndpoint.Api))));
    }

    [Fact]
    public void An_unknown_command_fails()
    {
        using var stderr = new StringWriter();

        var exitCode = CliApplication.Run(["no-such-command"], TextWriter.Null, stderr);

        Assert.NotEqual(0, exitCode);
    }
}
