using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.7.3: <see cref="Kraken.Codegen.Core.Validation.Rules.DirectivesAreUniquePerLocationRule"/> (KGQL0225), on the specification's examples and our own.</summary>
public sealed partial class DirectivesAreUniquePerLocationRuleTests : IRuleCases
{
    private const string Id = "KGQL0225";

    public static TheoryData<string> Valid => new()
    {
        "query ($foo: Boolean = true, $bar: Boolean = false) { dog { name @skip(if: $foo) @tag(name: \"a\") @tag(name: \"b\") } dog { name @skip(if: $bar) } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "query ($foo: Boolean = true, $bar: Boolean = false) { dog { name @skip(if: $foo) @skip(if: $bar) } }", "The directive '@skip' can only be used once at this location.", 1, 83 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
