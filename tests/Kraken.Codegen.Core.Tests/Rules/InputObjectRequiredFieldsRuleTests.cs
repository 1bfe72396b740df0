using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.6.4: <see cref="Kraken.Codegen.Core.Validation.Rules.InputObjectRequiredFieldsRule"/> (KGQL0222), on the specification's examples and our own.</summary>
public sealed partial class InputObjectRequiredFieldsRuleTests : IRuleCases
{
    private const string Id = "KGQL0222";

    public static TheoryData<string> Valid => new()
    {
        "{ arguments { complexArgField(complexArg: { requiredField: false }) } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ arguments { complexArgField(complexArg: { intField: 4 }) } }", "Field 'ComplexInput.requiredField' of required type 'Boolean!' was not provided.", 1, 43 },
        { "{ arguments { complexArgField(complexArg: { requiredField: null }) } }", "Field 'ComplexInput.requiredField' of required type 'Boolean!' must not be null.", 1, 60 },
        { "mutation m { addPet(pet: { cat: { nickname: \"Tom\" } }) { name } }", "Field 'CatInput.name' of required type 'String!' was not provided.", 1, 33 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
