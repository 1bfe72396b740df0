using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Tool.SchemaDiff;

namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary>Every row of the classification table (docs/schema-changes.md), each on a small schema edited one way.</summary>
public sealed class SchemaDiffClassificationTests
{
    private const string Base = """
        directive @cached(ttl: Int = 60) on FIELD
        interface Node { id: ID! }
        type Query {
          account(number: String!, first: Int = 10): Account
          search: SearchResult
          legacy: String @deprecated(reason: "Use account.")
        }
        type Account implements Node {
          id: ID!
          name: String
          tags: [String]
          status: Status
          code: String!
        }
        type City { name: String }
        type Town { name: String }
        union SearchResult = Account | City
        enum Status { ACTIVE CLOSED OLD @deprecated }
        input Filter { city: String, limit: Int = 5, owner: ID!, kind: Status }
        """;

    public static TheoryData<string, string, string, string, string> Rows() => new()
    {
        { "type removed", "type Town { name: String }", "", "TypeRemoved", "Breaking" },
        { "type kind changed", "type Town { name: String }", "interface Town { name: String }", "TypeKindChanged", "Breaking" },
        { "type added", "type City { name: String }", "type City { name: String }\ntype Village { name: String }", "TypeAdded", "Safe" },
        { "field removed", "  name: String\n", "", "FieldRemoved", "Breaking" },
        { "field added", "  name: String\n", "  name: String\n  email: String\n", "FieldAdded", "Safe" },
        { "output non-null added", "  name: String\n", "  name: String!\n", "FieldTypeChanged", "Safe" },
        { "output list non-null added", "tags: [String]", "tags: [String!]!", "FieldTypeChanged", "Safe" },
        { "output non-null removed", "code: String!", "code: String", "FieldTypeChanged", "Breaking" },
        { "output named type changed", "  name: String\n", "  name: Int\n", "FieldTypeChanged", "Breaking" },
        { "required argument added", "first: Int = 10)", "first: Int = 10, brand: String!)", "ArgumentAdded", "Breaking" },
        { "optional argument added", "first: Int = 10)", "first: Int = 10, brand: String)", "ArgumentAdded", "Dangerous" },
        { "argument removed", "number: String!, first: Int = 10", "number: String!", "ArgumentRemoved", "Breaking" },
        { "argument non-null removed", "number: String!,", "number: String,", "ArgumentTypeChanged", "Safe" },
        { "argument non-null added", "first: Int = 10", "first: Int! = 10", "ArgumentTypeChanged", "Breaking" },
        { "argument list depth changed", "number: String!,", "number: [String!],", "ArgumentTypeChanged", "Breaking" },
        { "argument default changed", "first: Int = 10", "first: Int = 20", "ArgumentDefaultChanged", "Dangerous" },
        { "required input field added", "kind: Status }", "kind: Status, region: String! }", "InputFieldAdded", "Breaking" },
        { "input field with default added", "kind: Status }", "kind: Status, page: Int = 1 }", "InputFieldAdded", "Dangerous" },
        { "nullable input field added", "kind: Status }", "kind: Status, page: Int }", "InputFieldAdded", "Safe" },
        { "input field removed", "city: String, ", "", "InputFieldRemoved", "Breaking" },
        { "input field non-null removed", "owner: ID!,", "owner: ID,", "InputFieldTypeChanged", "Safe" },
        { "input field non-null added", "city: String,", "city: String!,", "InputFieldTypeChanged", "Breaking" },
        { "input field default changed", "limit: Int = 5", "limit: Int = 50", "InputFieldDefaultChanged", "Dangerous" },
        { "enum value added", "CLOSED OLD", "CLOSED SUSPENDED OLD", "EnumValueAdded", "Dangerous" },
        { "enum value removed", "ACTIVE CLOSED", "ACTIVE", "EnumValueRemoved", "Breaking" },
        { "union member added", "= Account | City", "= Account | City | Node2\ntype Node2 { id: ID }", "UnionMemberAdded", "Dangerous" },
        { "union member removed", "= Account | City", "= Account", "UnionMemberRemoved", "Breaking" },
        { "interface added", "type City { name: String }", "type City implements Node { id: ID! name: String }", "InterfaceAdded", "Dangerous" },
        { "interface removed", "type Account implements Node {", "type Account {", "InterfaceRemoved", "Breaking" },
        { "root type changed", "type Query {", "schema { query: Root }\ntype Root {", "RootTypeChanged", "Breaking" },
        { "root type added", "type City { name: String }", "type City { name: String }\ntype Mutation { touch: Boolean }", "RootTypeAdded", "Safe" },
        { "directive removed", "directive @cached(ttl: Int = 60) on FIELD\n", "", "DirectiveRemoved", "Breaking" },
        { "directive location removed", "on FIELD\n", "on FIELD_DEFINITION\n", "DirectiveLocationRemoved", "Breaking" },
        { "directive argument removed", "@cached(ttl: Int = 60)", "@cached", "DirectiveArgumentRemoved", "Breaking" },
        { "directive added", "directive @cached", "directive @audit on FIELD\ndirective @cached", "DirectiveAdded", "Safe" },
        { "directive location added", "on FIELD\n", "on FIELD | QUERY\n", "DirectiveLocationAdded", "Safe" },
        { "description changed", "type City {", "\"A city.\"\ntype City {", "TypeDescriptionChanged", "Safe" },
        { "deprecation added", "  name: String\n", "  name: String @deprecated(reason: \"Use fullName.\")\n", "FieldDeprecationAdded", "Safe" },
        { "deprecation reason changed", "reason: \"Use account.\"", "reason: \"Use account.name.\"", "FieldDeprecationReasonChanged", "Safe" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_row_of_the_table_is_classified_as_documented(string row, string oldText, string newText, string kindName, string criticalityName)
    {
        var kind = Enum.Parse<ChangeKind>(kindName);
        var criticality = Enum.Parse<ChangeCriticality>(criticalityName);
        var changes = Diff(Base, Edit(Base, oldText, newText));

        var change = changes.FirstOrDefault(c => c.Kind == kind);
        Assert.True(change is not null, $"{row}: no {kind} among [{string.Join("; ", changes.Select(c => c.Kind + " " + c.Coordinate))}]");
        Assert.Equal(criticality, change!.Criticality);
    }

    [Fact]
    public void Identical_schemas_have_no_changes() => Assert.Empty(Diff(Base, Base));

    [Fact]
    public void A_removed_deprecated_field_is_breaking_unless_the_option_lowers_it()
    {
        var edited = Edit(Base, "  legacy: String @deprecated(reason: \"Use account.\")\n", string.Empty);

        var plain = Assert.Single(Diff(Base, edited));
        var lowered = Assert.Single(Diff(Base, edited, new SchemaDiffOptions { DeprecatedRemovalDangerous = true }));

        Assert.Equal((ChangeKind.FieldRemoved, ChangeCriticality.Breaking, true), (plain.Kind, plain.Criticality, plain.WasDeprecated));
        Assert.Equal(ChangeCriticality.Dangerous, lowered.Criticality);
    }

    [Fact]
    public void Dangerous_as_breaking_promotes_dangerous_changes_only()
    {
        var edited = Edit(Edit(Base, "CLOSED OLD", "CLOSED SUSPENDED OLD"), "type City {", "\"A city.\"\ntype City {");

        var changes = Diff(Base, edited, new SchemaDiffOptions { DangerousAsBreaking = true });

        Assert.Equal(ChangeCriticality.Breaking, Assert.Single(changes, c => c.Kind == ChangeKind.EnumValueAdded).Criticality);
        Assert.Equal(ChangeCriticality.Safe, Assert.Single(changes, c => c.Kind == ChangeKind.TypeDescriptionChanged).Criticality);
    }

    [Fact]
    public void Ignore_descriptions_drops_description_changes()
    {
        var edited = Edit(Base, "type City {", "\"A city.\"\ntype City {");

        Assert.Single(Diff(Base, edited));
        Assert.Empty(Diff(Base, edited, new SchemaDiffOptions { IgnoreDescriptions = true }));
    }

    [Fact]
    public void An_argument_on_a_new_field_is_not_reported_on_its_own()
    {
        var changes = Diff(Base, Edit(Base, "  search: SearchResult\n", "  search: SearchResult\n  city(name: String!): City\n"));

        Assert.Equal(ChangeKind.FieldAdded, Assert.Single(changes).Kind);
    }

    internal static IReadOnlyList<SchemaChange> Diff(string oldSdl, string newSdl, SchemaDiffOptions? options = null) =>
        SchemaDiffer.Compare(Build(oldSdl), Build(newSdl), options);

    private static SchemaModel Build(string sdl)
    {
        var schema = SchemaBuilder.Build(new SourceFile("schema.graphql", sdl));
        Assert.False(schema.HasErrors, string.Join("\n", schema.Diagnostics.Where(d => d.IsError)));
        return schema;
    }

    private static string Edit(string text, string oldText, string newText)
    {
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        return text.Substring(0, at) + newText + text.Substring(at + oldText.Length);
    }
}
