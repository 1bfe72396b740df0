using System.Collections.Concurrent;
using System.Diagnostics;
using Kraken.Codegen.Runtime.Tests.Support;
using Kraken.Codegen.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Kraken.Codegen.Runtime.Tests;

/// <summary>Runs alone: the soak measures the process's memory, which other tests running beside it would move.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoakCollection
{
    public const string Name = "Soak";
}

/// <summary>
/// The runtime under load: 32 concurrent callers make 20,000 calls through one executor and one token provider
/// against the loopback mock server, which answers every request after a random fault or none: a delay, HTTP 500 and
/// 503, Kraken's rate limit (KT-CT-1199), a truncated body, a dropped connection, an HTML error page, a GraphQL error,
/// or an expired token (KT-CT-1124). Some calls are also cancelled by their caller. Every call must end in a result
/// or a documented exception, none may outlive its cancellation, the provider must renew exactly once per token
/// that expired, and the managed heap must not grow.
/// </summary>
[Collection(SoakCollection.Name)]
public sealed class SoakTests
{
    /// <summary>The calls of the run; <c>KRAKEN_SOAK_CALLS</c> changes it (the README gives the figures of both).</summary>
    private static readonly int Calls = int.TryParse(Environment.GetEnvironmentVariable("KRAKEN_SOAK_CALLS"), out var calls) ? calls : 20_000;

    private const int Callers = 32;
    private const int WarmUpCalls = 1_000;
    private const int Seed = 1199;

    /// <summary>A call that has not ended this long after its start (or its cancellation) hangs.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    private readonly ITestOutputHelper _output;

    public SoakTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Thirty_two_callers_through_random_faults_end_typed_renew_once_per_expired_token_and_keep_memory_flat()
    {
        var faults = new FaultPlan(Seed);
        var tokens = new MockTokenIssuer(new ManualTimeProvider()) { TokenLifetime = TimeSpan.FromDays(36_500) };
        var serverOptions = new MockGraphQLServerOptions { RecordRequests = false, OnRequest = request => faults.Decide(request, tokens) };
        tokens.Install(serverOptions); // runs after the fault plan: a revoked token is answered with KT-CT-1124
        await using var server = await MockGraphQLServer.StartAsync(TestSchema.Sdl, serverOptions);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var options = new KrakenClientOptions
        {
            Endpoint = server.Endpoint,
            Credentials = KrakenCredentials.FromApiKey(MockTokenIssuer.ApiKey),
            Retry = { InitialDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(20) },
        };
        var provider = new KrakenTokenProvider(http, options, NullLogger<KrakenTokenProvider>.Instance, TimeProvider.System);
        var executor = new KrakenGraphQLExecutor(http, options, provider, NullLogger<KrakenGraphQLExecutor>.Instance, TimeProvider.System);

        var warmUp = await RunAsync(executor, 0, WarmUpCalls);
        var (heapBefore, workingSetBefore) = Memory();
        var watch = Stopwatch.StartNew();
        var run = await RunAsync(executor, WarmUpCalls, WarmUpCalls + Calls);
        var elapsed = watch.Elapsed;
        var (heapAfter, workingSetAfter) = Memory();

        // One last call without faults renews a token that expired on the run's last calls, so that every expiry counts.
        faults.Enabled = false;
        var last = await executor.ExecuteAsync(new GetAccountQuery("A-1"));

        var outcomes = warmUp.Outcomes.Concat(run.Outcomes).GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.Sum(o => o.Value));
        _output.WriteLine($"{Calls:N0} calls by {Callers} callers in {elapsed.TotalSeconds:F1} s (after {WarmUpCalls:N0} warm-up calls), {server.RequestCount:N0} requests.");
        _output.WriteLine("Faults injected: " + string.Join(", ", faults.Counts.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value:N0}")));
        _output.WriteLine("Outcomes: " + string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value:N0}")));
        _output.WriteLine($"Tokens expired: {faults.ExpiredTokens:N0}; renewals: {tokens.LoginCount - 1:N0}.");
        _output.WriteLine($"Managed heap {heapBefore / 1024.0 / 1024:F1} MB before, {heapAfter / 1024.0 / 1024:F1} MB after; working set {workingSetBefore / 1024.0 / 1024:F1} MB before, {workingSetAfter / 1024.0 / 1024:F1} MB after.");
        _output.WriteLine($"Slowest call {run.Slowest.TotalMilliseconds:F0} ms; cancelled calls ended at most {run.LatestAfterCancellation.TotalMilliseconds:F0} ms after their cancellation.");

        Assert.True(run.Unexpected.IsEmpty && warmUp.Unexpected.IsEmpty, "Calls ended in undocumented exceptions:\n" + string.Join("\n", run.Unexpected.Concat(warmUp.Unexpected).Take(10)));
        Assert.True(run.Hangs.IsEmpty && warmUp.Hangs.IsEmpty, "Calls hung:\n" + string.Join("\n", run.Hangs.Concat(warmUp.Hangs).Take(10)));
        Assert.Equal(Calls, run.Outcomes.Values.Sum());
        Assert.False(last.HasErrors);
        Assert.True(faults.ExpiredTokens > 0 && faults.Counts.Count == FaultPlan.Kinds.Length, "Every kind of fault was injected.");
        Assert.Equal(faults.ExpiredTokens, tokens.LoginCount - 1);
        Assert.True(outcomes.GetValueOrDefault("cancelled") > 0, "Some calls were cancelled by their caller.");

        // Flat: what stays on the heap after a full collection does not grow with the calls made.
        Assert.True(heapAfter - heapBefore < 16 * 1024 * 1024, $"The managed heap grew by {(heapAfter - heapBefore) / 1024.0 / 1024:F1} MB over {Calls:N0} calls.");
    }

    /// <summary>Calls number <paramref name="from"/> to <paramref name="to"/>, taken by <see cref="Callers"/> concurrent callers.</summary>
    private static async Task<RunResult> RunAsync(KrakenGraphQLExecutor executor, int from, int to)
    {
        var result = new RunResult();
        var next = from - 1;
        var callers = Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            int call;
            while ((call = Interlocked.Increment(ref next)) < to)
            {
                await CallAsync(executor, call, result);
            }
        }));
        await Task.WhenAll(callers);
        return result;
    }

    private static async Task CallAsync(KrakenGraphQLExecutor executor, int call, RunResult result)
    {
        var random = new Random(Seed * 100_003 + call);
        var cancelAfter = random.Next(100) < 4 ? TimeSpan.FromMilliseconds(random.Next(1, 150)) : (TimeSpan?)null;
        using var cancellation = new CancellationTokenSource();
        if (cancelAfter is { } delay)
        {
            cancellation.CancelAfter(delay);
        }

        var watch = Stopwatch.StartNew();
        Task<string> task = (random.Next(10)) switch
        {
            < 7 => Outcome(executor.ExecuteAsync(new GetAccountQuery("A-" + call), cancellation.Token)),
            < 9 => Outcome(executor.ExecuteAsync(new UpdateNicknameMutation("A-" + call, "n" + call), cancellation.Token)),
            _ => Outcome(executor.ExecuteAsync(new AccountsPageQuery(10, null), cancellation.Token)),
        };

        string outcome;
        try
        {
            outcome = await task.WaitAsync(HangLimit + (cancelAfter ?? TimeSpan.Zero));
        }
        catch (TimeoutException)
        {
            result.Hangs.Enqueue($"call {call} ({(cancelAfter is null ? "not cancelled" : $"cancelled after {cancelAfter.Value.TotalMilliseconds} ms")}) did not end within {HangLimit.TotalSeconds} s");
            return;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            outcome = "cancelled";
            result.AfterCancellation(watch.Elapsed - cancelAfter!.Value);
        }
        catch (Exception exception) when (exception is GraphQLTransportException or GraphQLResponseReadException or KrakenAuthenticationException)
        {
            outcome = exception.GetType().Name;
        }
        catch (Exception exception)
        {
            result.Unexpected.Enqueue($"call {call}: {exception}");
            return;
        }

        result.Slowest = watch.Elapsed > result.Slowest ? watch.Elapsed : result.Slowest;
        result.Outcomes.AddOrUpdate(outcome, 1, (_, count) => count + 1);
    }

    private static async Task<string> Outcome<TData>(Task<GraphQLResult<TData>> call)
    {
        var result = await call;
        return result.HasErrors ? "result with errors" : "result";
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }

    private sealed class RunResult
    {
        private long _latestAfterCancellationTicks;

        public ConcurrentDictionary<string, int> Outcomes { get; } = new(StringComparer.Ordinal);

        public ConcurrentQueue<string> Unexpected { get; } = new();

        public ConcurrentQueue<string> Hangs { get; } = new();

        public TimeSpan Slowest { get; set; }

        public TimeSpan LatestAfterCancellation => TimeSpan.FromTicks(Interlocked.Read(ref _latestAfterCancellationTicks));

        public void AfterCancellation(TimeSpan late)
        {
            long current;
            while (late.Ticks > (current = Interlocked.Read(ref _latestAfterCancellationTicks))
                && Interlocked.CompareExchange(ref _latestAfterCancellationTicks, late.Ticks, current) != current)
            {
            }
        }
    }

    /// <summary>
    /// What the server does to each request, drawn from the request's sequence number and a seed: the same run injects
    /// the same faults. Logins are never faulted, so that renewals count expiries only.
    /// </summary>
    private sealed class FaultPlan(int seed)
    {
        public static readonly string[] Kinds = ["delay", "HTTP 500", "HTTP 503", "KT-CT-1199", "truncated body", "dropped connection", "HTML page", "GraphQL error", "expired token"];

        private readonly ConcurrentDictionary<string, byte> _expired = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public bool Enabled { get; set; } = true;

        public int ExpiredTokens => _expired.Count;

        public MockHttpResponse? Decide(MockHttpRequest request, MockTokenIssuer tokens)
        {
            if (!Enabled || request.OperationName == "ObtainKrakenToken")
            {
                return null;
            }

            var random = new Random(seed ^ (request.SequenceNumber * 7919));
            var roll = random.Next(100);
            if (roll >= 45)
            {
                return null;
            }

            var kind = Kinds[roll / 5];
            switch (kind)
            {
                case "delay":
                    Count(kind);
                    Thread.Sleep(random.Next(20, 250));
                    return null;
                case "HTTP 500":
                    Count(kind);
                    return MockHttpResponse.Raw(500, "text/plain", "Internal Server Error");
                case "HTTP 503":
                    Count(kind);
                    return MockHttpResponse.Raw(503, "application/json", "{\"message\": \"Service Unavailable\"}");
                case "KT-CT-1199":
                    Count(kind);
                    return MockHttpResponse.KrakenError(KrakenErrorCodes.TooManyRequests, "Too many requests.", "AUTHORIZATION");
                case "truncated body":
                    Count(kind);
                    const string body = "{\"data\": {\"account\": {\"number\": \"A-1\", \"status\": \"ACTIVE\", \"balance\": \"1.00\"}}}";
                    return MockHttpResponse.Raw(200, "application/json", body.Substring(0, random.Next(1, body.Length - 1)));
                case "dropped connection":
                    Count(kind);
                    return MockHttpResponse.DropConnection();
                case "HTML page":
                    Count(kind);
                    return MockHttpResponse.Html(502, "<!DOCTYPE html>\n<html><body><h1>502 Bad Gateway</h1></body></html>\n");
                case "GraphQL error":
                    Count(kind);
                    return MockHttpResponse.KrakenError("KT-CT-4177", "Unauthorized.", "AUTHORIZATION");
                default:
                    // Expire the newest token (a stale one is renewed already); the issuer answers it with KT-CT-1124.
                    var newest = tokens.TokenNumber(tokens.LoginCount);
                    if (request.Authorization == newest && _expired.TryAdd(newest, 0))
                    {
                        Count(kind);
                        tokens.Revoke(newest);
                    }

                    return null;
            }
        }

        private void Count(string kind) => Counts.AddOrUpdate(kind, 1, (_, count) => count + 1);
    }
}
