namespace Kraken.Codegen.Package.Tests.Support;

/// <summary>
/// Limits how many heavy child processes (pack, restores, builds, compilations) the package tests run at once: one per
/// core, at least two, so independent steps overlap without starving the test assemblies running beside this one.
/// </summary>
internal sealed class Throttle
{
    private readonly SemaphoreSlim _slots = new(Math.Max(2, Environment.ProcessorCount));

    public async Task<T> RunAsync<T>(Func<Task<T>> step, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await step().ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }
}
