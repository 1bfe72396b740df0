using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.5.1.4: <see cref="Kraken.Codegen.Core.Validation.Rules.FragmentsMustBeUsedRule"/> (KGQL0215), on the specification's examples and our own.</summary>
public sealed partial class FragmentsMustBeUsedRuleTests : IRuleCases
{
    private const string Id = "KGQL0215";

    public static TheoryData<string> Valid => new()
    {
        "{ dog { ...a } } fragment a on Dog { ...b } fragment b on Dog { name }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "fragment nameFragment on Dog { name }\n{ dog { name } }", "Fragment 'nameFragment' is never used: no operation spreads it.", 1, 10 },
        { "{ dog { ...a } } fragment a on Dog { name } fragment b on Dog { ...a }", "Fragment 'b' is never used: no operation spreads it.", 1, 54 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
