using System.Reflection;
using System.Runtime.CompilerServices;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Testing;

namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary>The CLI uses the libraries it ships with through their public API only: none opens its internals to it.</summary>
public sealed class LibraryBoundaryTests
{
    [Theory]
    [InlineData(typeof(DeprecationReport))]
    [InlineData(typeof(SchemaModel))]
    public void The_library_grants_the_tool_no_access_to_its_internals(Type typeInLibrary)
    {
        var friends = typeInLibrary.Assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();

        Assert.DoesNotContain(friends, name => name.StartsWith("Kraken.Codegen.Tool", StringComparison.Ordinal));
    }
}
