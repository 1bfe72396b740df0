namespace Kraken.Codegen.Runtime;

/// <summary>One page of a Relay connection: the nodes plus the <c>pageInfo</c> facts needed to ask for the next page.</summary>
public sealed record ConnectionPage<TNode>(IReadOnlyList<TNode> Nodes, bool HasNextPage, string? EndCursor);
