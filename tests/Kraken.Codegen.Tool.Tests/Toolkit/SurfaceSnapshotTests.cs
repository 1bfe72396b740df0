using ApprovalTests.Reporters;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Testing;

namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary>
/// Snapshots of the Kraken Germany schema as its 102 operations see it (<see cref="SchemaSurface"/>) and of the
/// deprecated elements they use (<see cref="DeprecationReport"/>), approved under snapshots/toolkit.
/// </summary>
[UseReporter(typeof(QuietReporter))]
public sealed class SurfaceSnapshotTests
{
    private static readonly DateTime AsOf = new(2024, 6, 1);

    [Fact]
    public void The_schema_surface_of_the_kraken_oeg_operations_matches_the_snapshot()
    {
        var surface = SchemaSurface.Create(ToolkitFiles.OegSchema(), ToolkitFiles.OegOperations());

        Assert.Contains("object Query", surface, StringComparison.Ordinal);
        ToolkitSnapshot.Verify("kraken-oeg.surface", surface);
    }

    [Fact]
    public void The_deprecation_report_of_the_kraken_oeg_operations_matches_the_snapshot()
    {
        var report = DeprecationReport.Create(ToolkitFiles.OegSchema(), ToolkitFiles.OegOperations(), AsOf);

        Assert.Equal(4, report.Entries.Count);
        Assert.Equal(new[] { "Query.chargePointDevices", "Query.propertySearch" }, report.Entries.Where(e => e.IsPastRemoval).Select(e => e.Coordinate));
        ToolkitSnapshot.Verify("kraken-oeg.deprecations", report.ToString());
    }

    [Fact]
    public void A_breaking_change_fails_the_surface_snapshot_with_a_readable_diff_naming_it()
    {
        var approvedPath = ToolkitSnapshot.ApprovedPath("kraken-oeg.surface");
        Assert.True(File.Exists(approvedPath), "The approved surface snapshot is missing: " + approvedPath);
        var source = ToolkitFiles.OegSchemaSource();
        var edited = ToolkitFiles.EditAfter(source.Text, "type Query {", "account(accountNumber: String!): AccountType", "account(accountNumber: String!, brand: String!): AccountType");
        var surface = SchemaSurface.Create(SchemaBuilder.Build(new SourceFile(source.Path, edited)), ToolkitFiles.OegOperations());

        // Verified in a scratch folder holding a copy of the approved file, so no .received file lands in snapshots/.
        var scratch = Path.Combine(Path.GetTempPath(), "kraken-surface-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            File.Copy(approvedPath, Path.Combine(scratch, "kraken-oeg.surface.approved.txt"));
            var failure = Assert.ThrowsAny<Exception>(() => ToolkitSnapshot.Verify("kraken-oeg.surface", surface, scratch));
            var diff = LineDiff.Compare(File.ReadAllText(approvedPath), surface);

            var expected =
                "-   account(accountNumber: String!): AccountType\n" +
                "+   account(accountNumber: String!, brand: String!): AccountType\n";
            Assert.Contains("kraken-oeg.surface", failure.Message, StringComparison.Ordinal);
            Assert.True(diff == expected, $"The snapshot failed with: {failure.Message}\nIts diff should name exactly the added argument, but was:\n{diff}");
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
