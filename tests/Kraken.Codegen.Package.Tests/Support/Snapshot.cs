using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;
using Kraken.Codegen.TestSupport;

namespace Kraken.Codegen.Package.Tests.Support;

/// <summary>
/// Compares text with its approved copy under the repository's <c>snapshots/&lt;area&gt;/</c>; a mismatch fails and
/// leaves a <c>.received.txt</c> beside it. With <c>KRAKEN_CODEGEN_APPROVE=1</c> the text is approved instead (written
/// as the approved file), which makes refreshing a listing after an intended change one command.
/// </summary>
internal static class Snapshot
{
    public const string ApproveVariable = "KRAKEN_CODEGEN_APPROVE";

    public static void Verify(string area, string name, string text)
    {
        var namer = new Namer(area, name);
        text = text.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1")
        {
            File.WriteAllText(Path.Combine(namer.SourcePath, name + ".approved.txt"), text);
        }

        Approvals.Verify(new ApprovalTextWriter(text, "txt"), namer, new QuietReporter());
    }

    private sealed class Namer : IApprovalNamer
    {
        public Namer(string area, string name)
        {
            var root = RepositoryLayout.Root ?? throw new InvalidOperationException("Snapshots live in the repository.");
            SourcePath = Path.Combine(root, "snapshots", area);
            Name = name;
            Directory.CreateDirectory(SourcePath);
        }

        public string SourcePath { get; }

        public string Name { get; }
    }
}
