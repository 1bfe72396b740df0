namespace Kraken.Codegen.Tool.Tests;

/// <summary>Help and usage lines name the command users type, whatever the entry assembly is (here: the test host).</summary>
public sealed class RootCommandTests
{
    [Fact]
    public void Help_shows_kraken_codegen_as_the_command()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = CliApplication.Run(["--help"], stdout, stderr);

        Assert.Equal(0, exitCode);
        Assert.Contains("kraken-codegen [command] [options]", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("--version", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Subcommand_help_shows_the_full_command_line()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = CliApplication.Run(["validate", "--help"], stdout, stderr);

        Assert.Equal(0, exitCode);
        Assert.Contains("kraken-codegen validate [options]", stdout.ToString(), StringComparison.Ordinal);
    }
}
