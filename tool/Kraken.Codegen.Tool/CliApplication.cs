using System.CommandLine;
using Kraken.Codegen.Tool.Commands;

namespace Kraken.Codegen.Tool;

/// <summary>The kraken-codegen command line: one registration line per command, each command in Commands/.</summary>
internal static class CliApplication
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Kraken.Codegen: schema-first GraphQL tooling for the Kraken energy platform API.");
        root.Subcommands.Add(ImportReferenceCommand.Create());
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        CreateRootCommand().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
}
