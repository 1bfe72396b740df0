using ApprovalTests.Core;

namespace Kraken.Codegen.Generator.Tests.Snapshots;

/// <summary>Puts approved files under the repository's top-level <c>snapshots/</c> folder, one subfolder per area.</summary>
internal sealed class SnapshotNamer : IApprovalNamer
{
    public SnapshotNamer(string area, string name)
    {
        SourcePath = TestPaths.InRepository("snapshots", area);
        Name = name;
        Directory.CreateDirectory(SourcePath);
    }

    public string SourcePath { get; }

    public string Name { get; }
}
