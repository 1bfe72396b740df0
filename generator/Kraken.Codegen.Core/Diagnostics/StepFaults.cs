namespace Kraken.Codegen.Core.Diagnostics;

/// <summary>
/// Faults injected into <see cref="StepGuard"/> by tests: a step made to throw for one file, to show that the failure
/// stays on that file. Internal (tests reach it through InternalsVisibleTo); when nothing is injected, the check is one
/// read of a null field.
/// </summary>
internal static class StepFaults
{
    private static readonly object Gate = new();
    private static volatile (string Step, string Path)[]? s_injected;

    /// <summary>Makes <paramref name="step"/> throw for the file at <paramref name="path"/> until the result is disposed.</summary>
    public static IDisposable Inject(string step, string path)
    {
        lock (Gate)
        {
            s_injected = (s_injected ?? Array.Empty<(string, string)>()).Concat(new[] { (step, path) }).ToArray();
        }

        return new Injection(step, path);
    }

    public static void ThrowIfInjected(string step, IReadOnlyList<string> paths)
    {
        if (s_injected is not { } injected)
        {
            return;
        }

        foreach (var fault in injected)
        {
            if (fault.Step == step && paths.Contains(fault.Path, StringComparer.Ordinal))
            {
                throw new InjectedFaultException($"Fault injected into step '{step}' for '{fault.Path}'.");
            }
        }
    }

    private sealed class Injection : IDisposable
    {
        private readonly string _step;
        private readonly string _path;
        private bool _disposed;

        public Injection(string step, string path)
        {
            _step = step;
            _path = path;
        }

        public void Dispose()
        {
            lock (Gate)
            {
                if (_disposed)
                {
                    return;
                }

                _disposed = true;
                var remaining = s_injected!.ToList();
                remaining.Remove((_step, _path));
                s_injected = remaining.Count == 0 ? null : remaining.ToArray();
            }
        }
    }
}

/// <summary>The exception an injected fault throws.</summary>
internal sealed class InjectedFaultException : Exception
{
    public InjectedFaultException(string message)
        : base(message)
    {
    }
}
