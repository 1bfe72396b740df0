using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Usage;
using Kraken.Codegen.Testing;
using Kraken.Codegen.Tool.Drift;
using Kraken.Codegen.Tool.SchemaDiff;

namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary>
/// <see cref="DeprecationReport"/> and the drift report's deprecations on a small schema: every deprecated element the
/// deprecation diagnostics report is in the report, directive arguments included, and a deprecation the baseline
/// already had is not new, whatever the element's kind.
/// </summary>
public sealed class DeprecationReportTests
{
    private const string Sdl = """
        directive @tag(name: String, label: String @deprecated(reason: "Use 'name'.")) on FIELD
        type Query {
          account: Account
          legacy: Int @deprecated(reason: "Gone.\n- Scheduled for removal on or after 2024-03-01.")
        }
        type Account { number: String }
        """;

    private const string Operation = """
        query Accounts { account { number @tag(label: "x") } legacy }
        """;

    private static readonly DateTime AsOf = new(2024, 6, 1);

    [Fact]
    public void Lists_deprecated_directive_arguments_like_the_deprecation_diagnostics_do()
    {
        var report = DeprecationReport.Create(Schema(Sdl), Operations(), AsOf);

        Assert.Equal(
            new[] { ("Query.legacy", SchemaUsageKind.Field, true), ("@tag(label:)", SchemaUsageKind.Argument, false) },
            report.Entries.Select(e => (e.Coordinate, e.Kind, e.IsPastRemoval)));
        Assert.Contains("@tag(label:) (argument)\n", report.ToString(), StringComparison.Ordinal);
        Assert.Equal(new[] { "Accounts  ops.graphql(1,40)" }, report.Entries[1].Usages.Select(u => $"{u.OperationName}  {u.LocationText}"));
    }

    [Fact]
    public void Drift_tells_new_deprecations_from_those_the_baseline_already_had()
    {
        // The baseline already deprecates the directive argument, not yet the field.
        var baseline = Schema(Sdl.Replace("legacy: Int @deprecated(reason: \"Gone.\\n- Scheduled for removal on or after 2024-03-01.\")", "legacy: Int", StringComparison.Ordinal));
        Assert.Null(SchemaCoordinates.FindDeprecation(baseline, "Query.legacy", SchemaUsageKind.Field));
        var report = DriftAnalyzer.Analyze("baseline.graphql", baseline, "current.graphql", Schema(Sdl), Operations(), SchemaDiffOptions.Default, AsOf);

        Assert.Equal(
            new[] { ("Query.legacy", true), ("@tag(label:)", false) },
            report.Deprecations.Select(d => (d.Usage.Coordinate, d.IsNew)));
    }

    private static SchemaModel Schema(string sdl)
    {
        var schema = SchemaBuilder.Build(new SourceFile("schema.graphql", sdl));
        Assert.False(schema.HasErrors, string.Join("\n", schema.Diagnostics));
        return schema;
    }

    private static ExecutableDocumentSet Operations() => new(ExecutableDocument.Parse("ops.graphql", Operation));
}
