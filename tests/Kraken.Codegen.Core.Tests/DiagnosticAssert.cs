using Kraken.Codegen.Core.Diagnostics;

namespace Kraken.Codegen.Core.Tests;

internal static class DiagnosticAssert
{
    /// <summary>Fails with every error listed when <paramref name="diagnostics"/> holds any error.</summary>
    public static void NoErrors(IEnumerable<GraphQLDiagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 0, "Unexpected errors:\n" + string.Join("\n", errors.Take(50)));
    }
}
