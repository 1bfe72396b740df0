using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.7.2: <see cref="Kraken.Codegen.Core.Validation.Rules.DirectivesAreInValidLocationsRule"/> (KGQL0224), on the specification's examples and our own.</summary>
public sealed partial class DirectivesAreInValidLocationsRuleTests : IRuleCases
{
    private const string Id = "KGQL0224";

    public static TheoryData<string> Valid => new()
    {
        "query q($v: Boolean! @onVariable) @onQuery { dog { name @skip(if: $v) } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "query @skip(if: $foo) { dog { name } }", "Directive '@skip' may not be used on QUERY; it is allowed on FIELD, FRAGMENT_SPREAD, INLINE_FRAGMENT.", 1, 8 },
        { "{ dog { ...f } } fragment f on Dog @include(if: true) { name }", "Directive '@include' may not be used on FRAGMENT_DEFINITION; it is allowed on FIELD, FRAGMENT_SPREAD, INLINE_FRAGMENT.", 1, 37 },
        { "{ dog { name @onQuery } }", "Directive '@onQuery' may not be used on FIELD; it is allowed on QUERY.", 1, 15 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
