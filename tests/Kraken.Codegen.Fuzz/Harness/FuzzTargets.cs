using Kraken.Codegen.Fuzz.Targets;

namespace Kraken.Codegen.Fuzz.Harness;

/// <summary>Every target by name. A new target is one more line here.</summary>
public static class FuzzTargets
{
    private static readonly Dictionary<string, Func<FuzzTarget>> Factories = new(StringComparer.Ordinal)
    {
        ["operations"] = () => new OperationsTarget(),
        ["sdl"] = () => new SdlTarget(),
        ["introspection"] = () => new IntrospectionTarget(),
        ["generator"] = () => new GeneratorTarget(),
        ["responses"] = () => new ResponsesTarget(),
        ["lsp-frames"] = () => new LspFramesTarget(),
        // Not part of "all": inputs that overflow the stack, hang and throw on purpose, so tests can prove that the
        // supervisor reports each of them and carries on.
        [SelfTestTarget.TargetName] = () => new SelfTestTarget(),
    };

    /// <summary>The targets of a full run, in order.</summary>
    public static IReadOnlyList<string> All { get; } = ["operations", "sdl", "introspection", "generator", "responses", "lsp-frames"];

    public static IEnumerable<string> Names => Factories.Keys;

    public static FuzzTarget Create(string name) =>
        Factories.TryGetValue(name, out var factory) ? factory() : throw new ArgumentException($"No fuzz target '{name}'; known: {string.Join(", ", Factories.Keys)}.");
}
