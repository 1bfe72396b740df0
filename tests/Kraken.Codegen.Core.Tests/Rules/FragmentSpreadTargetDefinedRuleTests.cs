using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.5.2.1: <see cref="Kraken.Codegen.Core.Validation.Rules.FragmentSpreadTargetDefinedRule"/> (KGQL0216), on the specification's examples and our own.</summary>
public sealed partial class FragmentSpreadTargetDefinedRuleTests : IRuleCases
{
    private const string Id = "KGQL0216";

    public static TheoryData<string> Valid => new()
    {
        "{ dog { ...correctType } } fragment correctType on Dog { name }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ dog { ...undefinedFragment } }", "Unknown fragment 'undefinedFragment'.", 1, 12 },
        { "{ dog { ...dogFeilds } } fragment dogFields on Dog { name }", "Unknown fragment 'dogFeilds'. Did you mean 'dogFields'?", 1, 12 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
