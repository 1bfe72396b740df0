using Kraken.Codegen.Runtime.Tests.Support;
using Kraken.Codegen.Testing;

namespace Kraken.Codegen.Runtime.Tests;

public sealed class PaginationTests
{
    /// <summary>Serves <paramref name="total"/> accounts A-1…A-n as a Relay connection honouring first/after.</summary>
    private static MockField Connection(int total, Func<int, string?>? cursorAfterPage = null) => MockField.Resolve(context =>
    {
        var first = Convert.ToInt32(context.Arguments["first"], System.Globalization.CultureInfo.InvariantCulture);
        var after = context.Arguments.TryGetValue("after", out var value) ? value as string : null;
        var start = after is null ? 0 : int.Parse(after, System.Globalization.CultureInfo.InvariantCulture);
        var end = Math.Min(start + first, total);
        return new
        {
            pageInfo = new { hasNextPage = end < total, endCursor = cursorAfterPage is null ? end.ToString(System.Globalization.CultureInfo.InvariantCulture) : cursorAfterPage(end) },
            edges = Enumerable.Range(start, end - start).Select(i => new { node = new { number = $"A-{i + 1}" } }).ToArray(),
        };
    });

    private static IAsyncEnumerable<string> AllAccounts(IGraphQLExecutor executor, int pageSize, CancellationToken cancellationToken = default) =>
        GraphQLPagination.EnumerateNodesAsync(
            executor,
            (first, after) => new AccountsPageQuery(first, after),
            (AccountsPageData data) => data.Accounts,
            pageSize,
            cancellationToken);

    [Fact]
    public async Task Walks_every_page_in_order()
    {
        await using var harness = await TestHarness.StartAsync(options => options.Fields["Viewer.accounts"] = Connection(7));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var numbers = await AllAccounts(executor, pageSize: 3).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"A-{i}"), numbers);
        Assert.Equal(3, harness.Server.RequestCount);
        Assert.Contains("\"after\":\"3\"", harness.Server.Requests[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_early_requests_no_further_pages()
    {
        await using var harness = await TestHarness.StartAsync(options => options.Fields["Viewer.accounts"] = Connection(1000));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var firstFive = await AllAccounts(executor, pageSize: 2).Take(5).ToListAsync();

        Assert.Equal(["A-1", "A-2", "A-3", "A-4", "A-5"], firstFive);
        Assert.Equal(3, harness.Server.RequestCount);
    }

    [Fact]
    public async Task Page_size_is_capped_at_one_hundred()
    {
        await using var harness = await TestHarness.StartAsync(options => options.Fields["Viewer.accounts"] = Connection(150));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var count = await AllAccounts(executor, pageSize: 500).CountAsync();

        Assert.Equal(150, count);
        Assert.Contains("\"first\":100", harness.Server.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_cursor_is_reported_instead_of_looping()
    {
        await using var harness = await TestHarness.StartAsync(options => options.Fields["Viewer.accounts"] = Connection(1000, _ => "10"));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        var exception = await Assert.ThrowsAsync<GraphQLPaginationException>(async () => await AllAccounts(executor, 10).CountAsync());

        Assert.Contains("does not advance", exception.Message, StringComparison.Ordinal);
        Assert.Equal(2, harness.Server.RequestCount);
    }

    [Fact]
    public async Task A_next_page_without_a_cursor_is_reported()
    {
        await using var harness = await TestHarness.StartAsync(options => options.Fields["Viewer.accounts"] = Connection(1000, _ => null));
        var executor = harness.CreateExecutor(harness.CreateOptions());

        await Assert.ThrowsAsync<GraphQLPaginationException>(async () => await AllAccounts(executor, 10).CountAsync());
        Assert.Equal(1, harness.Server.RequestCount);
    }

    [Fact]
    public async Task Cancellation_stops_the_walk()
    {
        await using var harness = await TestHarness.StartAsync(options => options.Fields["Viewer.accounts"] = Connection(1000));
        var executor = harness.CreateExecutor(harness.CreateOptions());
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in AllAccounts(executor, 5, cancellation.Token))
            {
                if (++seen == 7)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(7, seen);
        Assert.Equal(2, harness.Server.RequestCount);
    }
}
