using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Kraken.Codegen.Benchmarks.Generator;

/// <summary>
/// Loads assemblies that sit beside this one but are missing from deps.json. Referencing the generator project (whose
/// reference to the core is private, and which hands its analyzer-side dependencies to referencing projects) leaves
/// Kraken.Codegen.Core out of deps.json although the build copies it to the output folder; the host then cannot find
/// it. Installed when this assembly loads, so it also covers BenchmarkDotNet's generated host process.
/// </summary>
internal static class LocalAssemblies
{
#pragma warning disable CA2255 // A benchmark executable, not a library.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Install() =>
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        };
}
