using System.Text;
using Kraken.Codegen.Core.Diagnostics;

namespace Kraken.Codegen.Core.Tests.Validation;

/// <summary>Input built to hurt: every case ends in a diagnostic, never in a crash, a stack overflow or a hang.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void Ten_thousand_nested_lists_in_a_value_are_refused_as_too_deep()
    {
        var value = new string('[', 10_000) + "true" + new string(']', 10_000);
        var diagnostics = ValidationHarness.Validate("{ arguments { booleanListArgField(booleanListArg: " + value + ") } }");
        Assert.Contains(diagnostics, d => d.Id == DiagnosticDescriptors.NestingTooDeep.Id);
    }

    [Fact]
    public void A_chain_of_a_thousand_fragments_is_followed_to_its_end()
    {
        var document = new StringBuilder("query chain { dog { name ...F0 } }\n");
        for (var i = 0; i < 999; i++)
        {
            document.Append($"fragment F{i} on Dog {{ ...F{i + 1} }}\n");
        }

        // At the far end: a field that conflicts with the operation's 'name', and a variable the operation lacks.
        document.Append("fragment F999 on Dog { name: nickname isHouseTrained(atOtherHomes: $far) }\n");
        var diagnostics = ValidationHarness.Validate(document.ToString());

        ValidationHarness.AssertSingle(diagnostics, "KGQL0207", "Fields 'name' conflict because 'name' and 'nickname' are different fields. Use different aliases on the fields to fetch both if this was intentional.", 1001, 24);
        ValidationHarness.AssertSingle(diagnostics, "KGQL0228", "Variable '$far' is not defined by operation 'chain'.", 1001, 68);
        Assert.Equal(2, diagnostics.Count);
    }

    [Fact]
    public void A_cycle_of_a_thousand_fragments_is_reported_once()
    {
        var document = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 1000; i++)
        {
            document.Append($"fragment F{i} on Dog {{ name owner {{ pets {{ ... on Dog {{ ...F{(i + 1) % 1000} }} }} }} }}\n");
        }

        var diagnostics = ValidationHarness.Validate(document.ToString());
        var cycle = Assert.Single(diagnostics, d => d.Id == "KGQL0217");
        Assert.StartsWith("Cannot spread fragment 'F0' within itself via 'F1', 'F2', ", cycle.Message);
        Assert.Equal((1001, 60), (cycle.Location!.Value.StartLine + 1, cycle.Location.Value.StartColumn + 1));
    }

    [Fact]
    public void Fragments_that_spread_each_other_twice_at_every_level_stay_linear()
    {
        // Expanded, this document has 2^500 paths; validation must not expand it.
        var document = new StringBuilder("{ dog { ...L0 } }\n");
        for (var i = 0; i < 500; i++)
        {
            document.Append($"fragment L{i} on Dog {{ name n{i}: nickname ...L{i + 1} ... on Dog {{ ...L{i + 1} }} }}\n");
        }

        document.Append("fragment L500 on Dog { name: barkVolume }\n");
        var diagnostics = ValidationHarness.Validate(document.ToString());
        Assert.Contains(diagnostics, d => d.Id == "KGQL0207" && d.Message.StartsWith("Fields 'name' conflict because 'name' and 'barkVolume' are different fields", StringComparison.Ordinal));
    }

    [Fact]
    public void A_two_megabyte_document_is_refused_as_too_large()
    {
        var document = "{ dog { " + new string(' ', 2_000_000) + "name } }";
        var diagnostic = Assert.Single(ValidationHarness.Validate(document));
        Assert.Equal(DiagnosticDescriptors.DocumentTooLarge.Id, diagnostic.Id);
        Assert.Equal("The document has 2,000,016 characters; the limit is 1,000,000.", diagnostic.Message);
    }

    [Fact]
    public void Thousands_of_repeated_fields_are_merged_without_error()
    {
        var document = "{ dog { " + string.Concat(Enumerable.Repeat("n: name owner { name } ", 2_000)) + "} }";
        Assert.Empty(ValidationHarness.Validate(document));
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("  \n# only a comment\r\n", 3, 1)]
    public void A_document_without_a_definition_is_a_syntax_error_at_its_end(string text, int line, int column)
    {
        // GraphQL-Parser accepts it; the specification requires at least one definition (Document : Definition+).
        var document = Kraken.Codegen.Core.Documents.ExecutableDocument.Parse("empty.graphql", text);

        Assert.Null(document.Syntax);
        ValidationHarness.AssertSingle(document.Diagnostics, "KGQL0001", "Expected an operation or a fragment, found the end of the document; a GraphQL document holds at least one definition.", line, column);
    }

    [Fact]
    public void A_name_longer_than_any_typing_slip_gets_no_suggestion()
    {
        // Found by the fuzzer: suggestions measured every candidate against a 250,000-character name (minutes).
        var name = new string('n', 300) + "ame";

        var diagnostic = ValidationHarness.AssertSingle("{ dog { " + name + " } }", "KGQL0206", $"Field '{name}' does not exist on type 'Dog'.", 1, 9);

        Assert.DoesNotContain("Did you mean", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(" Did you mean 'name'?", Suggestions.DidYouMean("nme", ["name", "nickname", "barkVolume"]));
        Assert.Equal(string.Empty, Suggestions.DidYouMean("n", ["nicknames"]));
    }
}
