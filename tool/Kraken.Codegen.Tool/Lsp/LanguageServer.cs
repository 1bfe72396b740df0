using System.Reflection;
using System.Text.Json;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Projects;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Tool.Lsp.Language;
using Kraken.Codegen.Tool.Lsp.Protocol;
using Kraken.Codegen.Tool.Lsp.Workspace;
using StreamJsonRpc;

namespace Kraken.Codegen.Tool.Lsp;

/// <summary>
/// The LSP methods. StreamJsonRpc calls them one at a time in the order the messages arrive (the host sets a
/// non-concurrent synchronization context), and every method is synchronous, so a request always sees every edit sent
/// before it. Notifications to the client go through <see cref="_notify"/>, which keeps their order.
/// </summary>
internal sealed class LanguageServer
{
    private const string Source = "kraken-codegen";

    private readonly Action<string, object> _notify;
    private readonly GraphQLWorkspace _workspace;
    private bool _initialized;
    private bool _shuttingDown;

    public LanguageServer(Action<string, object> notify)
    {
        _notify = notify;
        _workspace = new GraphQLWorkspace(message => Log(3, message));
    }

    /// <summary>Set by <c>exit</c>: the process exit code (0 after <c>shutdown</c>, 1 without).</summary>
    public int? ExitCode { get; private set; }

    public event EventHandler? ExitRequested;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams? parameters)
    {
        if (parameters is null)
        {
            throw InvalidParams("initialize needs its parameters.");
        }

        foreach (var folder in parameters.WorkspaceFolders ?? Array.Empty<WorkspaceFolder>())
        {
            if (DocumentUris.ToPath(folder.Uri) is { } path)
            {
                _workspace.AddWorkspaceFolder(path);
            }
        }

        if ((DocumentUris.ToPath(parameters.RootUri) ?? parameters.RootPath) is { Length: > 0 } root)
        {
            _workspace.AddWorkspaceFolder(Path.GetFullPath(root));
        }

        _initialized = true;
        var version = typeof(LanguageServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return new InitializeResult(
            new ServerCapabilities(
                "utf-16",
                new TextDocumentSyncOptions(OpenClose: true, Change: 2, new SaveOptions(IncludeText: false)),
                new CompletionOptions(new[] { "{", "(", ":", "@", "$", ".", " " }, ResolveProvider: false),
                HoverProvider: true,
                DefinitionProvider: true,
                DocumentSymbolProvider: true),
            new ServerInfo("kraken-codegen", version));
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JsonElement? parameters)
    {
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        RequireInitialized();
        _shuttingDown = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit()
    {
        ExitCode = _shuttingDown ? 0 : 1;
        ExitRequested?.Invoke(this, EventArgs.Empty);
    }

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams? parameters)
    {
        if (!CanHandleNotification() || parameters?.TextDocument is not { } document || DocumentUris.ToPath(document.Uri) is not { } path || !GraphQLFileConventions.IsCandidate(path))
        {
            return;
        }

        Publish(_workspace.Open(document.Uri, path, document.Version, document.Text ?? string.Empty));
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams? parameters)
    {
        if (!CanHandleNotification() || parameters?.TextDocument is not { } document || DocumentUris.ToPath(document.Uri) is not { } path)
        {
            return;
        }

        var changes = parameters.ContentChanges ?? Array.Empty<TextDocumentContentChangeEvent>();
        Publish(_workspace.Change(path, document.Version, text => changes.Where(c => c is not null).Aggregate(text, TextPositions.Apply)));
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams? parameters)
    {
        if (CanHandleNotification() && DocumentUris.ToPath(parameters?.TextDocument?.Uri) is { } path)
        {
            Publish(_workspace.Close(path));
        }
    }

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams? parameters)
    {
        if (CanHandleNotification() && DocumentUris.ToPath(parameters?.TextDocument?.Uri) is { } path)
        {
            Publish(_workspace.FilesChanged(new[] { path }));
        }
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams? parameters)
    {
        if (CanHandleNotification())
        {
            Publish(_workspace.FilesChanged((parameters?.Changes ?? Array.Empty<FileEvent>()).Select(c => DocumentUris.ToPath(c?.Uri)).OfType<string>()));
        }
    }

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public CompletionList Completion(TextDocumentPositionParams? parameters)
    {
        var (analysis, offset) = Locate(parameters);
        if (analysis?.Group is not { } group)
        {
            return new CompletionList(false, Array.Empty<CompletionItem>());
        }

        return new CompletionList(false, CompletionService.Complete(group.Schema, analysis.Source.Text, offset, analysis.DocumentSet));
    }

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(TextDocumentPositionParams? parameters)
    {
        var (analysis, offset) = Locate(parameters);
        if (analysis?.Group is not { } group || SymbolResolver.Resolve(group.Schema, analysis.Source, offset, analysis.DocumentSet, analysis.Settings.ScalarMappings) is not { } symbol)
        {
            return null;
        }

        return new Hover(MarkupContent.Markdown(symbol.Markdown), TextPositions.ToRange(analysis.Source, symbol.Token.Start, symbol.Token.End));
    }

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Location[] Definition(TextDocumentPositionParams? parameters)
    {
        var (analysis, offset) = Locate(parameters);
        if (analysis?.Group is not { } group || SymbolResolver.Resolve(group.Schema, analysis.Source, offset, analysis.DocumentSet) is not { Definition: { } target })
        {
            return Array.Empty<Location>();
        }

        var uri = _workspace.GetOpen(target.Path)?.Uri ?? DocumentUris.FromPath(target.Path);
        return new[] { new Location(uri, TextPositions.ToRange(target)) };
    }

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public DocumentSymbol[] DocumentSymbol(DocumentSymbolParams? parameters)
    {
        RequireInitialized();
        var path = DocumentUris.ToPath(parameters?.TextDocument?.Uri) ?? throw InvalidParams("textDocument.uri must be a file: URI.");
        var analysis = _workspace.Analyze(path);
        if (analysis is null || analysis.Input.Kind != GraphQLFileKind.Operations)
        {
            return Array.Empty<DocumentSymbol>();
        }

        return DocumentSymbols.Of(analysis.Source).ToArray();
    }

    private (FileAnalysis? Analysis, int Offset) Locate(TextDocumentPositionParams? parameters)
    {
        RequireInitialized();
        if (parameters?.TextDocument?.Uri is not { } uri || parameters.Position is not { } position)
        {
            throw InvalidParams("textDocument and position are required.");
        }

        var path = DocumentUris.ToPath(uri) ?? throw InvalidParams("textDocument.uri must be a file: URI.");
        var analysis = _workspace.Analyze(path);
        if (analysis is null || analysis.Input.Kind != GraphQLFileKind.Operations)
        {
            return (null, 0);
        }

        return (analysis, TextPositions.ToOffset(analysis.Source, position));
    }

    private void Publish(IReadOnlyList<FileDiagnostics> files)
    {
        foreach (var file in files)
        {
            _notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(file.Uri, file.Version, file.Diagnostics.Select(ToLsp).ToArray()));
        }
    }

    private static Protocol.Diagnostic ToLsp(GraphQLDiagnostic diagnostic)
    {
        var range = diagnostic.Location is { } location ? TextPositions.ToRange(location) : new Protocol.Range(new Position(0, 0), new Position(0, 0));
        var severity = diagnostic.Severity switch
        {
            GraphQLDiagnosticSeverity.Error => 1,
            GraphQLDiagnosticSeverity.Warning => 2,
            GraphQLDiagnosticSeverity.Info => 3,
            _ => 4,
        };
        var deprecated = diagnostic.Descriptor.Category == "GraphQL.Deprecation" ? new[] { 2 } : null;
        return new Protocol.Diagnostic(range, severity, diagnostic.Id, Source, diagnostic.Message, null, deprecated);
    }

    private void Log(int type, string message) => _notify("window/logMessage", new LogMessageParams(type, message));

    private void RequireInitialized()
    {
        if (!_initialized)
        {
            throw new LocalRpcException("The server is not initialized yet.") { ErrorCode = LspErrorCodes.ServerNotInitialized };
        }

        if (_shuttingDown)
        {
            throw new LocalRpcException("The server is shutting down.") { ErrorCode = LspErrorCodes.InvalidRequest };
        }
    }

    // Notifications cannot be answered: before initialize or after shutdown they are dropped, as the protocol says.
    private bool CanHandleNotification() => _initialized && !_shuttingDown;

    private static LocalRpcException InvalidParams(string message) => new(message) { ErrorCode = LspErrorCodes.InvalidParams };
}
