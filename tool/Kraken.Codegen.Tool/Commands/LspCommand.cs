using System.CommandLine;
using Kraken.Codegen.Tool.Lsp;

namespace Kraken.Codegen.Tool.Commands;

/// <summary><c>kraken-codegen lsp</c>: the language server, over standard input and output.</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        // Editors' LSP clients often pass --stdio; it is the only transport, so the flag is accepted and changes nothing.
        var stdio = new Option<bool>("--stdio") { Description = "Speak LSP over standard input and output (the default and only transport)." };
        var command = new Command("lsp", """
            Run the GraphQL language server over standard input and output (Language Server Protocol 3.17).
            It finds each file's project the way the build does (the nearest .csproj, else a graphql-config file, else
            the editor's workspace folder) and serves the build's diagnostics (KGQL0xxx, identical to the analyzer's),
            completion, hover with deprecation dates and KT- error codes, go to definition and document symbols.
            Exit codes: 0 after shutdown and exit, 1 when the client exits or disconnects without shutdown.

            Set-up for VS Code, Neovim and Helix: see the README, section 'Editors'.
            """)
        {
            stdio,
        };
        command.SetAction((parse, cancellationToken) => LanguageServerHost.RunAsync(
            Console.OpenStandardInput(),
            Console.OpenStandardOutput(),
            parse.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }
}
