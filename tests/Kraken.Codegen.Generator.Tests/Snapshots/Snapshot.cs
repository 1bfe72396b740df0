using ApprovalTests;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;

namespace Kraken.Codegen.Generator.Tests.Snapshots;

/// <summary>Compares text with its approved copy under <c>snapshots/</c>; a mismatch leaves a <c>.received.</c> file beside it.</summary>
internal static class Snapshot
{
    public static void Verify(string area, string name, string text, string extension = "cs") =>
        Approvals.Verify(new ApprovalTextWriter(text.Replace("\r\n", "\n"), extension), new SnapshotNamer(area, name), new QuietReporter());
}
