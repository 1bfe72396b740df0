using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Kraken.Codegen.Runtime.Internal;

/// <summary>
/// Builds the retry pipeline: rate limits (KT-CT-1199, HTTP 429) for every operation kind, transient transport
/// failures for queries (and mutations when allowed), exponential backoff with jitter, bounded by attempt count and by
/// total time. KT-CT-1188/1189 and every other GraphQL error pass through untouched. Delays run on the injected
/// <see cref="TimeProvider"/>. A transport failure that a handler below the executor already retried (the
/// application's own resilience handler) is not retried again, so the two layers do not multiply their attempts.
/// </summary>
internal static class KrakenRetryPipeline
{
    public static readonly ResiliencePropertyKey<GraphQLOperationKind> OperationKindKey = new("kraken.operation-kind");
    public static readonly ResiliencePropertyKey<string> OperationNameKey = new("kraken.operation-name");
    public static readonly ResiliencePropertyKey<long> StartTimestampKey = new("kraken.start-timestamp");

    /// <summary>How often the last request of the attempt went out below the executor (see <see cref="HttpTransmissionCounter"/>).</summary>
    public static readonly ResiliencePropertyKey<int> TransmissionsKey = new("kraken.transmissions");

    public static ResiliencePipeline Build(KrakenRetryOptions options, TimeProvider timeProvider, ILogger logger, Func<double> random)
    {
        if (options.MaxAttempts <= 1)
        {
            return ResiliencePipeline.Empty;
        }

        var retry = new RetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxAttempts - 1,
            ShouldHandle = arguments =>
            {
                if (arguments.Outcome.Exception is GraphQLTransportException { IsTransient: true } && WasRetriedBelow(arguments.Context))
                {
                    Log.RetriedBelow(logger, arguments.Context.Properties.GetValue(OperationNameKey, "?"), arguments.Context.Properties.GetValue(TransmissionsKey, 0));
                    return new ValueTask<bool>(false);
                }

                return new ValueTask<bool>(
                    DescribeRetryReason(arguments.Outcome, arguments.Context, options) is not null
                    && Elapsed(arguments.Context, timeProvider) < options.MaxRetryDuration);
            },
            DelayGenerator = arguments => new ValueTask<TimeSpan?>(
                ComputeDelay(options, arguments.AttemptNumber, arguments.Outcome.Exception, Elapsed(arguments.Context, timeProvider), random())),
            OnRetry = arguments =>
            {
                Log.RetryScheduled(
                    logger,
                    arguments.Context.Properties.GetValue(OperationNameKey, "?"),
                    arguments.AttemptNumber + 1,
                    DescribeRetryReason(arguments.Outcome, arguments.Context, options) ?? "unknown",
                    arguments.RetryDelay.TotalMilliseconds);
                return default;
            },
        };
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }.AddRetry(retry).Build();
    }

    /// <summary>
    /// Exponential backoff from <see cref="KrakenRetryOptions.InitialDelay"/>, capped at <see cref="KrakenRetryOptions.MaxDelay"/>,
    /// with "equal jitter" (between half and all of the step) so clients that failed together do not retry together.
    /// A server's Retry-After is honoured up to the cap; no delay outlasts the remaining total budget.
    /// </summary>
    internal static TimeSpan ComputeDelay(KrakenRetryOptions options, int retryIndex, Exception? failure, TimeSpan elapsed, double randomUnit)
    {
        var exponent = Math.Min(retryIndex, 30);
        var stepTicks = Math.Min(options.InitialDelay.Ticks * Math.Pow(2, exponent), options.MaxDelay.Ticks);
        var delay = TimeSpan.FromTicks((long)(stepTicks * (0.5 + (0.5 * randomUnit))));
        if (failure is GraphQLTransportException { RetryAfter: { } retryAfter } && retryAfter > delay)
        {
            delay = retryAfter < options.MaxDelay ? retryAfter : options.MaxDelay;
        }

        var remaining = options.MaxRetryDuration - elapsed;
        if (remaining < TimeSpan.Zero)
        {
            remaining = TimeSpan.Zero;
        }

        return delay < remaining ? delay : remaining;
    }

    /// <summary>Why the outcome deserves a retry (for logs), or null when it does not.</summary>
    private static string? DescribeRetryReason(Outcome<object> outcome, ResilienceContext context, KrakenRetryOptions options)
    {
        if (outcome.Exception is GraphQLTransportException { IsTransient: true } failure)
        {
            if (WasRetriedBelow(context))
            {
                return null;
            }

            if (failure.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return "HTTP 429";
            }

            var kind = context.Properties.GetValue(OperationKindKey, GraphQLOperationKind.Query);
            if (kind == GraphQLOperationKind.Query || options.RetryMutationsOnTransientFailure)
            {
                return failure.StatusCode is { } status ? $"HTTP {(int)status}" : "no response";
            }

            return null;
        }

        if (outcome.Result is IGraphQLResultErrors result)
        {
            foreach (var error in result.Errors)
            {
                if (error.ErrorCode == KrakenErrorCodes.TooManyRequests)
                {
                    return KrakenErrorCodes.TooManyRequests;
                }
            }
        }

        return null;
    }

    private static bool WasRetriedBelow(ResilienceContext context) => context.Properties.GetValue(TransmissionsKey, 0) > 1;

    private static TimeSpan Elapsed(ResilienceContext context, TimeProvider timeProvider) =>
        timeProvider.GetElapsedTime(context.Properties.GetValue(StartTimestampKey, timeProvider.GetTimestamp()));
}
