using Microsoft.CodeAnalysis;

namespace Kraken.Codegen.Generator.Tests.Generation;

/// <summary>The imported Kraken reference (schema/kraken-oeg and schema/kraken-oeg-auth): every documented operation generates.</summary>
public sealed class KrakenOegGenerationTests
{
    [Fact]
    public void Every_documented_operation_generates_code_that_compiles_without_warnings()
    {
        var files = OegFiles();
        var operationCount = files.Count(f => f.Path.Contains("/operations/", StringComparison.Ordinal));

        var result = GeneratorHarness.Run(files);

        result.AssertCompilesCleanly();
        Assert.Equal(105, operationCount);
        Assert.Equal(operationCount, result.Sources.Count(s => s.SourceText.ToString().Contains("IGraphQLOperation<", StringComparison.Ordinal) && s.HintName.Contains("Query", StringComparison.Ordinal)));
        Assert.Contains(result.Sources, s => s.HintName == "KrakenOeg.KrakenOegClient.g.cs");
        Assert.Contains(result.Sources, s => s.HintName == "KrakenOegAuth.KrakenOegAuthClient.g.cs");
    }

    [Fact]
    public void Operations_validate_and_exactly_the_four_documented_deprecations_warn_with_their_dates()
    {
        var diagnostics = GeneratorHarness.Analyze(OegFiles());

        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var deprecations = diagnostics.Where(d => d.Id == "KGQL0301").Select(d => d.GetMessage()).OrderBy(m => m, StringComparer.Ordinal).ToList();
        Assert.Equal(4, deprecations.Count);
        Assert.Contains(deprecations, m => m.StartsWith("Field 'Query.chargePointDevices' is deprecated (since 2023-05-10; removal on or after 2024-01-01)", StringComparison.Ordinal));
        Assert.Contains(deprecations, m => m.StartsWith("Field 'Query.propertySearch' is deprecated (since 2023-05-23; removal on or after 2024-01-01)", StringComparison.Ordinal));
        Assert.Contains(deprecations, m => m.StartsWith("Field 'Query.registeredKrakenflexDevice' is deprecated (since 2024-04-23; removal on or after 2024-11-01)", StringComparison.Ordinal));
        Assert.Contains(deprecations, m => m.StartsWith("Field 'Query.vehicleChargingPreferences' is deprecated (since 2024-04-23; removal on or after 2024-11-01)", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Id != "KGQL0301");
    }

    internal static List<InMemoryAdditionalText> OegFiles()
    {
        var files = new List<InMemoryAdditionalText>();
        foreach (var folder in new[] { "kraken-oeg", "kraken-oeg-auth" })
        {
            var root = TestPaths.InRepository("schema", folder);
            foreach (var path in Directory.GetFiles(root, "*.graphql*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            {
                // Forward slashes keep the paths stable in assertions on every platform.
                files.Add(new InMemoryAdditionalText(path.Replace('\\', '/'), File.ReadAllText(path)));
            }
        }

        return files;
    }
}
