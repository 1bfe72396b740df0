using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kraken.Codegen.Benchmarks.Compile.Profiling;

/// <summary>
/// Loads the generator package's analyzer folder the way the compiler does: the folder's assemblies (generator, core,
/// GraphQL-Parser, Scriban) in a load context of their own, Roslyn and the framework shared with the host.
/// </summary>
internal sealed class GeneratorLoadContext : AssemblyLoadContext
{
    private readonly string _folder;

    public GeneratorLoadContext(string folder)
        : base("Kraken.Codegen analyzers", isCollectible: false) => _folder = folder;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var path = Path.Combine(_folder, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }

    /// <summary>Every incremental generator and diagnostic analyzer in the folder's assemblies.</summary>
    public (IReadOnlyList<IIncrementalGenerator> Generators, IReadOnlyList<DiagnosticAnalyzer> Analyzers) CreateAll()
    {
        var types = Directory.GetFiles(_folder, "*.dll")
            .Select(LoadFromAssemblyPath)
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsClass: true })
            .ToList();
        var generators = types
            .Where(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && t.GetCustomAttribute<GeneratorAttribute>() is not null)
            .Select(t => (IIncrementalGenerator)Activator.CreateInstance(t)!)
            .ToList();
        var analyzers = types
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();
        return (generators, analyzers);
    }
}
