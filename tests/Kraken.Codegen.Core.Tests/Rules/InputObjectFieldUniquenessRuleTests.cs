using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.6.3: <see cref="Kraken.Codegen.Core.Validation.Rules.InputObjectFieldUniquenessRule"/> (KGQL0221), on the specification's examples and our own.</summary>
public sealed partial class InputObjectFieldUniquenessRuleTests : IRuleCases
{
    private const string Id = "KGQL0221";

    public static TheoryData<string> Valid => new()
    {
        "{ findDog(searchBy: { name: \"Fido\", owner: \"Ann\" }) { name } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ findDog(searchBy: { name: \"Fido\", name: \"Fido\" }) { name } }", "There can be only one input field named 'name'.", 1, 37 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
