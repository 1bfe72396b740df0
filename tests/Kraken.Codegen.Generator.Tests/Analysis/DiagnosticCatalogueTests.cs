using Kraken.Codegen.Core.Diagnostics;

namespace Kraken.Codegen.Generator.Tests.Analysis;

/// <summary>Every diagnostic ID is documented where users and release tracking look for it.</summary>
public sealed class DiagnosticCatalogueTests
{
    public static TheoryData<string> DiagnosticIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DiagnosticIds))]
    public void Each_id_is_in_the_release_file_the_readme_and_the_help_page(string id)
    {
        var descriptor = DiagnosticDescriptors.Get(id);
        var releases = File.ReadAllText(TestPaths.InRepository("generator", "Kraken.Codegen.Generator", "ReleaseTracking", "AnalyzerReleases.Unshipped.md"));
        var readme = File.ReadAllText(TestPaths.InRepository("README.md"));
        var help = File.ReadAllText(TestPaths.InRepository("docs", "diagnostics.md"));

        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", releases, StringComparison.Ordinal);
        Assert.Contains($"| {id} | {descriptor.DefaultSeverity} | {descriptor.Category} |", readme, StringComparison.Ordinal);
        Assert.Contains($"## {id}", help, StringComparison.Ordinal);
        Assert.EndsWith("#" + id.ToLowerInvariant(), descriptor.HelpLink, StringComparison.Ordinal);
    }
}
