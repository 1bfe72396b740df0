using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Usage;
using Kraken.Codegen.Core.Validation;

namespace Kraken.Codegen.Core.Tests.Usage;

/// <summary>
/// The schema elements operations use (<see cref="SchemaUsageCollector"/>): what counts as a use, where it is, which
/// operation it belongs to through fragment spreads, and the deprecation it carries.
/// </summary>
public sealed class SchemaUsageCollectorTests
{
    private const string Sdl = """
        schema { query: Query mutation: Mutation }
        directive @tag(name: String, label: String @deprecated(reason: "Use 'name'.")) on FIELD | FRAGMENT_SPREAD
        type Query {
          account(number: String, oldNumber: String @deprecated(reason: "Use 'number'.\n- Scheduled for removal on or after 2024-02-01.")): Account
          search(filter: SearchFilter): [Result!]!
          node(id: ID!): Node
        }
        type Mutation { update(input: UpdateInput!): Account }
        interface Node { id: ID! }
        type Account implements Node { id: ID! number: String status: Status balance: Int @deprecated(reason: "Use 'ledgers'.") }
        type Bill implements Node { id: ID! amount: Int }
        union Result = Account | Bill
        enum Status { ACTIVE CLOSED @deprecated }
        input SearchFilter { status: Status, since: String @deprecated(reason: "Use 'from'."), range: Range }
        input Range { from: String, to: String }
        input UpdateInput { number: String! }
        """;

    private const string First = """
        query One($filter: SearchFilter) {
          account(number: "A", oldNumber: "B") { ...AccountParts }
          search(filter: $filter) { ... on Bill { amount } ...ResultParts }
        }
        query Two { node(id: "1") { __typename @include(if: true) ...AccountParts } }
        fragment AccountParts on Account { number status @tag(name: "x", label: "y") }
        fragment ResultParts on Result { ... on Account { ...Nested } }
        fragment Nested on Account { balance }
        fragment Unused on Bill { amount }
        """;

    private const string Second = """
        { search(filter: { status: CLOSED, since: "x" }) { __typename } }
        """;

    private static readonly SchemaModel Schema = SchemaBuilder.Build(new SourceFile("schema.graphql", Sdl));

    private static readonly SchemaUsageSet Usages = SchemaUsageCollector.Collect(
        Schema,
        new ExecutableDocumentSet(ExecutableDocument.Parse("b.graphql", Second), ExecutableDocument.Parse("a.graphql", First)));

    [Fact]
    public void The_operations_are_named_in_file_order()
    {
        Assert.Equal(new[] { "One", "Two", SchemaUsageCollector.AnonymousOperationName }, Usages.OperationNames);
    }

    [Fact]
    public void A_fragment_counts_for_every_operation_that_reaches_it_at_its_own_location()
    {
        Assert.Equal(
            new[] { ("One", At(First, "a.graphql", "number status")), ("Two", At(First, "a.graphql", "number status")) },
            Uses("Account.number"));

        // Through ResultParts and then Nested: only One reaches it.
        Assert.Equal(new[] { ("One", At(First, "a.graphql", "balance }")) }, Uses("Account.balance"));
    }

    [Fact]
    public void A_fragment_no_operation_spreads_counts_for_none()
    {
        Assert.Equal(new[] { ("One", At(First, "a.graphql", "amount } ...ResultParts")) }, Uses("Bill.amount"));
    }

    [Fact]
    public void Fields_arguments_input_fields_enum_values_and_directives_are_used_where_they_are_written()
    {
        Assert.Equal(new[] { ("One", At(First, "a.graphql", "oldNumber")) }, Uses("Query.account(oldNumber:)"));
        Assert.Equal(new[] { ("(anonymous)", At(Second, "b.graphql", "since")) }, Uses("SearchFilter.since"));
        Assert.Equal(new[] { ("(anonymous)", At(Second, "b.graphql", "CLOSED")) }, Uses("Status.CLOSED"));
        Assert.Equal(new[] { ("One", At(First, "a.graphql", "tag(")), ("Two", At(First, "a.graphql", "tag(")) }, Uses("@tag"));
        Assert.Equal(new[] { ("One", At(First, "a.graphql", "name: \"x\"")), ("Two", At(First, "a.graphql", "name: \"x\"")) }, Uses("@tag(name:)"));
    }

    [Fact]
    public void Types_are_used_as_output_type_condition_or_input_with_nested_input_types()
    {
        Assert.Equal(3, Usages.OfType("Query", TypeUsageRole.Output).Count());
        Assert.Equal(new[] { "One" }, Usages.OfType("Bill", TypeUsageRole.TypeCondition).Select(u => u.OperationName));
        Assert.Equal(new[] { "One" }, Usages.OfType("Account", TypeUsageRole.Output).Select(u => u.OperationName));
        Assert.Equal(new[] { "Two" }, Usages.OfType("Node", TypeUsageRole.Output).Select(u => u.OperationName));
        Assert.Equal(new[] { "One", "Two" }, Usages.OfType("Account", TypeUsageRole.TypeCondition).Select(u => u.OperationName).Distinct());

        // An input type and every type nested in it reach the server: used at a variable's type and at the name of
        // each argument of that type.
        foreach (var type in new[] { "SearchFilter", "Status", "Range" })
        {
            Assert.Equal(
                new[]
                {
                    ("(anonymous)", At(Second, "b.graphql", "filter")),
                    ("One", At(First, "a.graphql", "SearchFilter)")),
                    ("One", At(First, "a.graphql", "filter: $filter")),
                },
                Usages.OfType(type, TypeUsageRole.Input).Select(u => (u.OperationName, u.LocationText)));
        }

        Assert.Empty(Usages.OfType("UpdateInput", TypeUsageRole.Input));
    }

    [Fact]
    public void Meta_fields_are_not_uses_but_the_directives_on_them_are()
    {
        Assert.DoesNotContain(Usages.Coordinates, c => c.Contains("__", StringComparison.Ordinal));
        Assert.Equal(new[] { ("Two", At(First, "a.graphql", "include")) }, Uses("@include"));
        Assert.Equal(new[] { ("Two", At(First, "a.graphql", "if: true")) }, Uses("@include(if:)"));
    }

    [Fact]
    public void Each_use_carries_the_deprecation_of_its_element()
    {
        var deprecated = Usages.Usages
            .Where(u => u.Deprecation is not null)
            .Select(u => (u.Coordinate, u.Kind, u.Deprecation!.SingleLineReason, u.Deprecation.RemovalOn))
            .Distinct()
            .ToList();

        Assert.Equal(
            new (string, SchemaUsageKind, string, DateTime?)[]
            {
                ("@tag(label:)", SchemaUsageKind.Argument, "Use 'name'.", null),
                ("Account.balance", SchemaUsageKind.Field, "Use 'ledgers'.", null),
                ("Query.account(oldNumber:)", SchemaUsageKind.Argument, "Use 'number'. - Scheduled for removal on or after 2024-02-01.", new DateTime(2024, 2, 1)),
                ("SearchFilter.since", SchemaUsageKind.InputField, "Use 'from'.", null),
                ("Status.CLOSED", SchemaUsageKind.EnumValue, Deprecation.DefaultReason, null),
            },
            deprecated);
        Assert.Same(((ObjectTypeDefinition)Schema.GetType("Account")!).Fields["balance"]!.Deprecation, Usages.Of("Account.balance")[0].Deprecation);
    }

    [Fact]
    public void The_deprecation_rule_reports_exactly_the_deprecated_uses()
    {
        var documents = new ExecutableDocumentSet(ExecutableDocument.Parse("b.graphql", Second), ExecutableDocument.Parse("a.graphql", First));
        var warnings = DocumentValidator.Validate(Schema, documents, new ValidationOptions { ReportUnusedFragments = false })
            .Where(d => d.Id.StartsWith("KGQL030", StringComparison.Ordinal))
            .Select(d => d.Location!.Value.ToString())
            .ToList();

        // The rule walks each definition once, so a fragment's use is one warning however many operations reach it.
        var deprecatedUses = Usages.Usages.Where(u => u.Deprecation is not null).Select(u => u.LocationText).Distinct().OrderBy(l => l, StringComparer.Ordinal);
        Assert.Equal(deprecatedUses, warnings.OrderBy(l => l, StringComparer.Ordinal));
        Assert.Equal(5, warnings.Count);
    }

    [Fact]
    public void On_the_imported_kraken_schema_the_rule_and_the_usages_agree_on_every_deprecated_use()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "schema", "kraken-oeg");
        var schema = SchemaBuilder.Build(Read(folder, "schema.graphqls"));
        var documents = new ExecutableDocumentSet(Directory.GetFiles(Path.Combine(folder, "operations"), "*.graphql")
            .Select(path => Read(folder, Path.Combine("operations", Path.GetFileName(path))))
            .Append(Read(folder, "fragments.graphql"))
            .Select(file => ExecutableDocument.Parse(file)));

        var warnings = DocumentValidator.Validate(schema, documents)
            .Where(d => d.Id.StartsWith("KGQL030", StringComparison.Ordinal))
            .Select(d => d.Location!.Value.ToString())
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();
        var usages = SchemaUsageCollector.Collect(schema, documents);
        var deprecatedUses = usages.Usages.Where(u => u.Deprecation is not null).Select(u => u.LocationText).Distinct().OrderBy(l => l, StringComparer.Ordinal);

        Assert.True(warnings.Count >= 4, "The imported reference uses at least four deprecated elements.");
        Assert.Equal(warnings, deprecatedUses);
        Assert.Equal(usages.OperationNames.Count, documents.Operations.Count());
    }

    [Fact]
    public void Deprecations_are_found_by_coordinate()
    {
        Assert.Equal("Use 'ledgers'.", SchemaCoordinates.FindDeprecation(Schema, "Account.balance", SchemaUsageKind.Field)?.Reason);
        Assert.NotNull(SchemaCoordinates.FindDeprecation(Schema, "Query.account(oldNumber:)", SchemaUsageKind.Argument));
        Assert.Equal("Use 'name'.", SchemaCoordinates.FindDeprecation(Schema, "@tag(label:)", SchemaUsageKind.Argument)?.Reason);
        Assert.Null(SchemaCoordinates.FindDeprecation(Schema, "@tag(name:)", SchemaUsageKind.Argument));
        Assert.Null(SchemaCoordinates.FindDeprecation(Schema, "Query.account", SchemaUsageKind.Argument));
        Assert.NotNull(SchemaCoordinates.FindDeprecation(Schema, "SearchFilter.since", SchemaUsageKind.InputField));
        Assert.NotNull(SchemaCoordinates.FindDeprecation(Schema, "Status.CLOSED", SchemaUsageKind.EnumValue));
        Assert.Null(SchemaCoordinates.FindDeprecation(Schema, "Account.number", SchemaUsageKind.Field));
        Assert.Null(SchemaCoordinates.FindDeprecation(Schema, "Missing.field", SchemaUsageKind.Field));
        Assert.Null(SchemaCoordinates.FindDeprecation(Schema, "Account", SchemaUsageKind.Type));
    }

    private static SourceFile Read(string folder, string relativePath) =>
        new(relativePath.Replace('\\', '/'), File.ReadAllText(Path.Combine(folder, relativePath)));

    private static IEnumerable<(string Operation, string Location)> Uses(string coordinate) =>
        Usages.Of(coordinate).Select(u => (u.OperationName, u.LocationText));

    /// <summary>The compiler-style location of the first occurrence of <paramref name="marker"/> in a document.</summary>
    private static string At(string text, string path, string marker)
    {
        var offset = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{marker}' is not in the document.");
        var before = text.Substring(0, offset);
        var line = before.Count(c => c == '\n');
        var column = offset - (before.LastIndexOf('\n') + 1);
        return new SourceLocation(path, offset, marker.Length, line, column, line, column).ToString();
    }
}
