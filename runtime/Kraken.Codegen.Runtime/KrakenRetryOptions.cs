namespace Kraken.Codegen.Runtime;

/// <summary>
/// How often and how long a call is retried. Rate-limit errors (KT-CT-1199, HTTP 429) are retried for every
/// operation kind because the server rejected the request before running it; transient transport failures
/// (5xx, timeouts, dropped connections) only for queries unless <see cref="RetryMutationsOnTransientFailure"/> is set.
/// </summary>
public sealed class KrakenRetryOptions
{
    /// <summary>Attempts in total, the first included. 1 disables retries.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The delay before the first retry; it doubles for each further retry, with jitter.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>No single delay is longer than this.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>No retry starts after this much time has passed since the first attempt.</summary>
    public TimeSpan MaxRetryDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Retry mutations after a transient transport failure. Off by default: a mutation whose response was lost may
    /// have been applied already.
    /// </summary>
    public bool RetryMutationsOnTransientFailure { get; set; }

    internal KrakenRetryOptions Clone() => (KrakenRetryOptions)MemberwiseClone();
}
