using System.Runtime.CompilerServices;

namespace Kraken.Codegen.Runtime;

/// <summary>Walks Relay connections page by page (forward, with <c>first</c>/<c>after</c>).</summary>
public static class GraphQLPagination
{
    /// <summary>Kraken rejects larger pages on some markets; 100 is accepted everywhere.</summary>
    public const int MaxPageSize = 100;

    /// <summary>
    /// Yields every node of a connection, requesting the next page only when the caller has consumed the current one.
    /// Stops when <c>hasNextPage</c> is false or the connection is null; throws <see cref="GraphQLPaginationException"/>
    /// when the cursor does not advance, and <see cref="KrakenGraphQLException"/> when a page comes back with errors.
    /// </summary>
    /// <param name="createPageOperation">Builds the operation for one page from <c>first</c> and <c>after</c>.</param>
    /// <param name="selectPage">Picks the connection out of the page's data; null means there is no connection.</param>
    /// <param name="pageSize">Nodes per request; values above <see cref="MaxPageSize"/> are lowered to it.</param>
    public static async IAsyncEnumerable<TNode> EnumerateNodesAsync<TData, TNode>(
        IGraphQLExecutor executor,
        Func<int, string?, IGraphQLOperation<TData>> createPageOperation,
        Func<TData, ConnectionPage<TNode>?> selectPage,
        int pageSize = MaxPageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(createPageOperation);
        ArgumentNullException.ThrowIfNull(selectPage);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var first = Math.Min(pageSize, MaxPageSize);

        string? after = null;
        var cursorsSeen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var operation = createPageOperation(first, after);
            var result = await executor.ExecuteAsync(operation, cancellationToken).ConfigureAwait(false);
            var page = selectPage(result.GetDataOrThrow());
            if (page is null)
            {
                yield break;
            }

            foreach (var node in page.Nodes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return node;
            }

            if (!page.HasNextPage)
            {
                yield break;
            }

            if (page.EndCursor is null)
            {
                throw new GraphQLPaginationException(
                    $"'{operation.Descriptor.Name}' reported hasNextPage = true without an endCursor; the next page cannot be requested.");
            }

            if (!cursorsSeen.Add(page.EndCursor))
            {
                throw new GraphQLPaginationException(
                    $"'{operation.Descriptor.Name}' returned the endCursor '{page.EndCursor}' a second time; the connection does not advance.");
            }

            after = page.EndCursor;
        }
    }

    /// <summary>
    /// The non-null nodes of a page's edges, in order (generated pagination methods use it; edges and nodes are
    /// nullable in most schemas).
    /// </summary>
    public static IReadOnlyList<TNode> CollectNodes<TEdge, TNode>(IEnumerable<TEdge>? edges, Func<TEdge, TNode?> selectNode)
        where TNode : class
    {
        ArgumentNullException.ThrowIfNull(selectNode);
        var nodes = new List<TNode>();
        foreach (var edge in edges ?? [])
        {
            if (edge is not null && selectNode(edge) is { } node)
            {
                nodes.Add(node);
            }
        }

        return nodes;
    }

    /// <summary>The non-null items of a page's <c>nodes</c> list, in order.</summary>
    public static IReadOnlyList<TNode> CollectNodes<TNode>(IEnumerable<TNode?>? nodes)
        where TNode : class
    {
        var result = new List<TNode>();
        foreach (var node in nodes ?? [])
        {
            if (node is not null)
            {
                result.Add(node);
            }
        }

        return result;
    }
}
