namespace Kraken.Codegen.Tool.Lsp.Protocol;

internal sealed record CodeDescription(string Href);

/// <summary>Severity: 1 error, 2 warning, 3 information, 4 hint. Tags: 2 deprecated.</summary>
internal sealed record Diagnostic(Range Range, int Severity, string Code, string Source, string Message, CodeDescription? CodeDescription, IReadOnlyList<int>? Tags);

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Kinds used here: 2 method, 5 field, 7 class, 8 interface, 10 property, 12 value, 13 enum, 6 variable, 14 keyword, 20 enum member, 22 struct, 3 function.</summary>
internal sealed record CompletionItem(
    string Label,
    int Kind,
    string? Detail,
    MarkupContent? Documentation,
    IReadOnlyList<int>? Tags,
    string? SortText,
    string? InsertText);

internal sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

internal sealed record Hover(MarkupContent Contents, Range? Range);

internal sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

/// <summary>Kinds used here: 12 function (an operation), 5 class (a fragment).</summary>
internal sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, IReadOnlyList<DocumentSymbol>? Children);
