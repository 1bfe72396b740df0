using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.7.1: <see cref="Kraken.Codegen.Core.Validation.Rules.DirectivesAreDefinedRule"/> (KGQL0223), on the specification's examples and our own.</summary>
public sealed partial class DirectivesAreDefinedRuleTests : IRuleCases
{
    private const string Id = "KGQL0223";

    public static TheoryData<string> Valid => new()
    {
        "{ dog { name @include(if: true) nickname @skip(if: false) } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ dog { name @includ(if: true) } }", "Unknown directive '@includ': the schema does not define it. Did you mean 'include'?", 1, 15 },
        { "query q @ms_required_by_default { dog { name } }", "Unknown directive '@ms_required_by_default': the schema does not define it.", 1, 10 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
