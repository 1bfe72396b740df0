using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Kraken.Codegen.Benchmarks.Compile.Profiling;

/// <summary>
/// Records every method the JIT compiles (the runtime's own JIT events, read in process), with the namespace of its
/// type and the time from "jitting started" to "method loaded", so a phase's JIT work can be attributed to the
/// template engine, the parser, the core, the generator, Roslyn or the framework.
/// </summary>
internal sealed class JitEvents : EventListener
{
    private const int MethodLoadVerbose = 143;
    private const int MethodJittingStarted = 145;
    private const long JitKeyword = 0x10;

    private readonly ConcurrentDictionary<ulong, (DateTime Started, string Namespace)> _started = new();
    private readonly ConcurrentQueue<JitEvent> _compiled = new();

    public IReadOnlyCollection<JitEvent> Compiled => _compiled;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)JitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId == MethodJittingStarted && Payload(eventData, "MethodID") is ulong id)
        {
            _started[id] = (eventData.TimeStamp, Payload(eventData, "MethodNamespace") as string ?? "");
        }
        else if (eventData.EventId == MethodLoadVerbose && Payload(eventData, "MethodID") is ulong loaded && _started.TryRemove(loaded, out var start))
        {
            _compiled.Enqueue(new JitEvent(start.Started, eventData.TimeStamp - start.Started, start.Namespace));
        }
    }

    private static object? Payload(EventWrittenEventArgs eventData, string name)
    {
        var index = eventData.PayloadNames?.IndexOf(name) ?? -1;
        return index >= 0 ? eventData.Payload![index] : null;
    }

    /// <summary>
    /// The component a method belongs to, by the namespace of its type. A generic instantiation counts for the
    /// component that defines the generic type; Roslyn's and the framework's generics instantiated over the generator's
    /// own types (such as <c>OneOrMany&lt;EquatableArray&lt;…&gt;&gt;</c> in the driver) are counted apart, because the
    /// compiler's precompiled code cannot cover them: they are JIT-compiled in every fresh compiler process.
    /// </summary>
    public static string Component(string typeNamespace)
    {
        var component = typeNamespace switch
        {
            _ when typeNamespace.StartsWith("Scriban", StringComparison.Ordinal) => "Scriban",
            _ when typeNamespace.StartsWith("GraphQLParser", StringComparison.Ordinal) => "GraphQLParser",
            _ when typeNamespace.StartsWith("Kraken.Codegen.Core", StringComparison.Ordinal) => "Kraken.Codegen.Core",
            _ when typeNamespace.StartsWith("Kraken.Codegen", StringComparison.Ordinal) => "Kraken.Codegen.Generator",
            _ when typeNamespace.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || typeNamespace.StartsWith("Roslyn.", StringComparison.Ordinal) => "Roslyn",
            _ when typeNamespace.StartsWith("System", StringComparison.Ordinal) || typeNamespace.StartsWith("Microsoft", StringComparison.Ordinal) || typeNamespace.StartsWith("Interop", StringComparison.Ordinal) => "framework",
            _ => "other",
        };
        return component is "Roslyn" or "framework" && typeNamespace.Contains("Kraken.Codegen", StringComparison.Ordinal)
            ? component + "-over-generator-types"
            : component;
    }
}

/// <summary>One method compiled by the JIT.</summary>
internal sealed record JitEvent(DateTime Started, TimeSpan Duration, string Namespace);
