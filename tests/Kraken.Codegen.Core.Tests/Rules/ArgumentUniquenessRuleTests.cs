using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.4.2: <see cref="Kraken.Codegen.Core.Validation.Rules.ArgumentUniquenessRule"/> (KGQL0210), on the specification's examples and our own.</summary>
public sealed partial class ArgumentUniquenessRuleTests : IRuleCases
{
    private const string Id = "KGQL0210";

    public static TheoryData<string> Valid => new()
    {
        "{ arguments { multipleRequirements(x: 1, y: 2) } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ dog { isHouseTrained(atOtherHomes: true, atOtherHomes: false) } }", "There can be only one argument named 'atOtherHomes'.", 1, 44 },
        { "{ dog { name @include(if: true, if: false) } }", "There can be only one argument named 'if'.", 1, 33 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
