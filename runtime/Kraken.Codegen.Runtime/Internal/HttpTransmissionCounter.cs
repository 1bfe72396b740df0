namespace Kraken.Codegen.Runtime.Internal;

/// <summary>
/// Counts how often one request of the executor actually went out below it. The executor puts a counter on each
/// request's options; <see cref="TransmissionCountingHandler"/>, the innermost handler of every client registered
/// through dependency injection, counts each transmission. More than one means a handler in between (for example the
/// application's own resilience handler) already retried the request, so the runtime does not retry it on top.
/// </summary>
internal sealed class HttpTransmissionCounter
{
    public static readonly HttpRequestOptionsKey<HttpTransmissionCounter> OptionKey = new("Kraken.Codegen.Runtime.Transmissions");

    /// <summary>Stands in for executors whose requests carry no counter; never attached, so it stays at 0.</summary>
    public static readonly HttpTransmissionCounter Unused = new();

    private int _count;

    /// <summary>Transmissions of the latest request; 0 when no counting handler is installed.</summary>
    public int Count => Volatile.Read(ref _count);

    public void Attach(HttpRequestMessage request)
    {
        Volatile.Write(ref _count, 0);
        request.Options.Set(OptionKey, this);
    }

    /// <summary>Called by the counting handler; resilience handlers copy request options to their clones, counter included.</summary>
    public void Increment() => Interlocked.Increment(ref _count);
}
