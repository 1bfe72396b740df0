using System.Collections.Concurrent;

namespace Kraken.Codegen.Runtime.Tests.Support;

/// <summary>
/// A clock that tests move by hand. Every timer (a retry delay) fires at once and moves the clock by its due time,
/// so retries never wait in real time and the delays they asked for are recorded.
/// </summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private DateTimeOffset _now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void Advance(TimeSpan duration)
    {
        lock (_gate)
        {
            _now += duration;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Delays.Enqueue(dueTime);
            Advance(dueTime);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new InertTimer();
    }

    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => default;
    }
}
