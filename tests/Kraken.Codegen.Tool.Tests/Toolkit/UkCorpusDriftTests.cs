using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Tool.Drift;
using Kraken.Codegen.Tool.SchemaDiff;

namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary>
/// Drift on the real UK Kraken schema and its 11 operations, against hand-edited copies of the schema (string edits on
/// the text read from ../shared, in memory). Each case checks what drift reports and that diff classifies the change
/// as the table says.
/// </summary>
public sealed class UkCorpusDriftTests
{
    private static readonly DateTime AsOf = new(2025, 1, 1);
    private static readonly Lazy<(string Text, SchemaModel Schema)> Baseline = new(() =>
    {
        var text = ToolkitFiles.UkSchemaText();
        return (text, ToolkitFiles.UkSchema(text));
    });

    [SkippableFact]
    public void A_removed_field_breaks_exactly_the_operations_that_select_it_at_their_locations()
    {
        var report = Drift(ToolkitFiles.EditAfter(Baseline.Value.Text, "type StatementType implements BillInterface {", "  closingBalance: Int\n", string.Empty));

        var breaking = report.Breaking.Select(f => $"{f.OperationName} {f.Location} {f.Coordinate} {f.DiagnosticId}").ToArray();
        Assert.Equal(
            new[]
            {
                "getBills operations/bill.graphql(157,5) StatementType.closingBalance KGQL0206",
                "getBillsAndTransactions operations/bill.graphql(157,5) StatementType.closingBalance KGQL0206",
            },
            breaking);
        Assert.All(report.Breaking, f => Assert.Equal(ChangeKind.FieldRemoved, Assert.Single(f.Causes).Kind));
        Assert.Empty(report.Dangerous);
        Assert.Equal(ChangeCriticality.Breaking, Assert.Single(report.Changes).Criticality);
    }

    [SkippableFact]
    public void A_nullable_output_field_made_non_null_is_safe_and_breaks_nothing()
    {
        var report = Drift(ToolkitFiles.EditAfter(Baseline.Value.Text, "type StatementType implements BillInterface {", "  closingBalance: Int\n", "  closingBalance: Int!\n"));

        var change = Assert.Single(report.Changes);
        Assert.Equal((ChangeKind.FieldTypeChanged, ChangeCriticality.Safe), (change.Kind, change.Criticality));
        Assert.Empty(report.Findings);
        Assert.False(report.Fails(DriftFailOn.Dangerous));
    }

    [SkippableFact]
    public void A_required_argument_added_breaks_every_operation_that_selects_the_field()
    {
        var report = Drift(ToolkitFiles.EditAfter(Baseline.Value.Text, "type Query {", "  account(accountNumber: String!): AccountType", "  account(accountNumber: String!, brand: String!): AccountType"));

        Assert.Equal(
            new[]
            {
                "accountPropertiesMeters operations/meter.graphql(2,3)",
                "getBills operations/bill.graphql(16,9)",
                "getBillsAndTransactions operations/bill.graphql(118,9)",
                "getStatementTransactions operations/bill.graphql(60,9)",
            },
            report.Breaking.Select(f => $"{f.OperationName} {f.Location}"));
        Assert.All(report.Breaking, f =>
        {
            Assert.Equal("Query.account", f.Coordinate);
            Assert.Equal("KGQL0211", f.DiagnosticId);
            Assert.Equal(ChangeKind.ArgumentAdded, Assert.Single(f.Causes).Kind);
        });
        Assert.Equal(ChangeCriticality.Breaking, Assert.Single(report.Changes).Criticality);
        Assert.True(report.Fails(DriftFailOn.Breaking));
    }

    [SkippableFact]
    public void An_enum_value_added_is_dangerous_for_the_operations_that_read_the_enum()
    {
        var report = Drift(ToolkitFiles.EditAfter(Baseline.Value.Text, "enum BillTypeEnum {", "  PRE_KRAKEN\n", "  PRE_KRAKEN\n  ANNUAL_SUMMARY\n"));

        var change = Assert.Single(report.Changes);
        Assert.Equal((ChangeKind.EnumValueAdded, ChangeCriticality.Dangerous), (change.Kind, change.Criticality));
        Assert.Empty(report.Breaking);
        Assert.Equal(
            new[] { "getBills operations/bill.graphql(40,25)", "getBillsAndTransactions operations/bill.graphql(142,25)" },
            report.Dangerous.Select(f => $"{f.OperationName} {f.Location}"));
        Assert.False(report.Fails(DriftFailOn.Breaking));
        Assert.True(report.Fails(DriftFailOn.Dangerous));
    }

    [SkippableFact]
    public void An_already_deprecated_field_removed_is_dangerous_with_the_option_and_breaking_without()
    {
        var current = ToolkitFiles.UkSchema(WithoutDeprecatedTypedSource());

        var plain = Assert.Single(SchemaDiffer.Compare(Baseline.Value.Schema, current));
        var lowered = Assert.Single(SchemaDiffer.Compare(Baseline.Value.Schema, current, new SchemaDiffOptions { DeprecatedRemovalDangerous = true }));

        Assert.Equal(("MeasurementsMetadataOutput.typedSource", ChangeKind.FieldRemoved, true), (plain.Coordinate, plain.Kind, plain.WasDeprecated));
        Assert.Equal(ChangeCriticality.Breaking, plain.Criticality);
        Assert.Equal(ChangeCriticality.Dangerous, lowered.Criticality);
    }

    [SkippableFact]
    public void A_description_change_is_safe_and_ignored_with_the_option()
    {
        var edited = ToolkitFiles.EditAfter(Baseline.Value.Text, "type StatementType implements BillInterface {", "  closingBalance: Int\n", "  \"The balance when the statement closed.\"\n  closingBalance: Int\n");
        var current = ToolkitFiles.UkSchema(edited);

        var change = Assert.Single(SchemaDiffer.Compare(Baseline.Value.Schema, current));
        Assert.Equal((ChangeKind.FieldDescriptionChanged, ChangeCriticality.Safe), (change.Kind, change.Criticality));
        Assert.Empty(SchemaDiffer.Compare(Baseline.Value.Schema, current, new SchemaDiffOptions { IgnoreDescriptions = true }));
        Assert.Empty(Drift(edited).Findings);
    }

    [SkippableFact]
    public void A_breaking_change_no_operation_uses_reaches_no_operation()
    {
        var report = Drift(WithoutDeprecatedTypedSource());

        Assert.Equal(ChangeCriticality.Breaking, Assert.Single(report.Changes).Criticality);
        Assert.Empty(report.Findings);
        Assert.Equal(1, report.UnaffectingChangeCount);
    }

    /// <summary>The schema without the deprecated field <c>MeasurementsMetadataOutput.typedSource</c> (its directive spans four lines).</summary>
    private static string WithoutDeprecatedTypedSource()
    {
        var text = Baseline.Value.Text;
        var start = text.IndexOf("  typedSource: TypedSourceOutput\n    @deprecated(", text.IndexOf("type MeasurementsMetadataOutput {", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(start > 0, "MeasurementsMetadataOutput.typedSource not found in the UK schema.");
        var end = text.IndexOf("    )\n", start, StringComparison.Ordinal) + "    )\n".Length;
        return text.Remove(start, end - start);
    }

    private static DriftReport Drift(string editedSchemaText) =>
        DriftAnalyzer.Analyze("schema.graphql", Baseline.Value.Schema, "edited.graphql", ToolkitFiles.UkSchema(editedSchemaText), ToolkitFiles.UkOperations(), SchemaDiffOptions.Default, AsOf);
}
