namespace Kraken.Codegen.Runtime.Internal;

/// <summary>The innermost handler of a Kraken client's HTTP pipeline: counts what really goes out (see <see cref="HttpTransmissionCounter"/>).</summary>
internal sealed class TransmissionCountingHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(HttpTransmissionCounter.OptionKey, out var counter))
        {
            counter.Increment();
        }

        return base.SendAsync(request, cancellationToken);
    }
}
