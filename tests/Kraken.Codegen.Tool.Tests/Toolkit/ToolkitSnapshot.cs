using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;

namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary>
/// Compares text with its approved copy under the repository's <c>snapshots/toolkit/</c> folder (ApprovalTests with a
/// quiet reporter: a mismatch fails the test and leaves a <c>.received.txt</c> file beside the approved one).
/// </summary>
internal static class ToolkitSnapshot
{
    public static string Folder => ToolkitFiles.InRepository("snapshots", "toolkit");

    public static void Verify(string name, string text) => Verify(name, text, Folder);

    public static void Verify(string name, string text, string folder) =>
        Approvals.Verify(new ApprovalTextWriter(text.Replace("\r\n", "\n")), new FolderNamer(folder, name), new QuietReporter());

    public static string ApprovedPath(string name) => Path.Combine(Folder, name + ".approved.txt");

    /// <summary>Puts approved and received files in a given folder under a given name.</summary>
    private sealed class FolderNamer : IApprovalNamer
    {
        public FolderNamer(string folder, string name)
        {
            Directory.CreateDirectory(folder);
            SourcePath = folder;
            Name = name;
        }

        public string SourcePath { get; }

        public string Name { get; }
    }
}
