using System.Text.Json;
using Kraken.Codegen.Testing;

namespace Kraken.Codegen.EndToEnd.Tests;

/// <summary>The generated page-by-page method over a Relay connection, against the mock server.</summary>
public sealed class PaginationTests
{
    [Fact]
    public async Task The_generated_nodes_method_walks_every_page_in_order()
    {
        var options = new MockGraphQLServerOptions();
        options.Fields["Query.readings"] = MockField.Resolve(context => Page(context, total: 7));
        await using var e2e = await EndToEndServer.StartAsync(options: options);

        var ids = new List<string>();
        await foreach (var reading in e2e.Client.ReadingsNodesAsync("A-1", pageSize: 3))
        {
            ids.Add(reading.Id);
        }

        Assert.Equal(new[] { "r1", "r2", "r3", "r4", "r5", "r6", "r7" }, ids);
        var requests = e2e.Server.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Equal(new string?[] { null, "c3", "c6" }, requests.Select(AfterOf));
        Assert.All(requests, request => Assert.Equal(3, Variables(request).GetProperty("first").GetInt32()));
    }

    [Fact]
    public async Task Stopping_early_requests_no_further_page()
    {
        var options = new MockGraphQLServerOptions();
        options.Fields["Query.readings"] = MockField.Resolve(context => Page(context, total: 50));
        await using var e2e = await EndToEndServer.StartAsync(options: options);

        var taken = new List<string>();
        await foreach (var reading in e2e.Client.ReadingsNodesAsync("A-1", pageSize: 5))
        {
            taken.Add(reading.Id);
            if (taken.Count == 7)
            {
                break;
            }
        }

        Assert.Equal(7, taken.Count);
        Assert.Equal(2, e2e.Server.RequestCount);
    }

    private static object Page(MockFieldContext context, int total)
    {
        var first = context.Arguments.TryGetValue("first", out var f) && f is not null ? Convert.ToInt32(f, System.Globalization.CultureInfo.InvariantCulture) : 100;
        var start = context.Arguments.TryGetValue("after", out var a) && a is string cursor ? int.Parse(cursor[1..], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var end = Math.Min(total, start + first);
        var edges = Enumerable.Range(start + 1, end - start)
            .Select(i => new Dictionary<string, object?> { ["cursor"] = "c" + i, ["node"] = new Dictionary<string, object?> { ["id"] = "r" + i, ["value"] = i + 0.5m } })
            .ToList();
        return new Dictionary<string, object?>
        {
            ["pageInfo"] = new Dictionary<string, object?> { ["hasNextPage"] = end < total, ["hasPreviousPage"] = start > 0, ["startCursor"] = "c" + (start + 1), ["endCursor"] = "c" + end },
            ["edges"] = edges,
            ["totalCount"] = total,
        };
    }

    private static JsonElement Variables(MockHttpRequest request) =>
        JsonDocument.Parse(request.Body).RootElement.GetProperty("variables").Clone();

    private static string? AfterOf(MockHttpRequest request) =>
        Variables(request).TryGetProperty("after", out var after) && after.ValueKind == JsonValueKind.String ? after.GetString() : null;
}
