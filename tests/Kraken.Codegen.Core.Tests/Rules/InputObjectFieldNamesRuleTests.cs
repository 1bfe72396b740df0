using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.6.2: <see cref="Kraken.Codegen.Core.Validation.Rules.InputObjectFieldNamesRule"/> (KGQL0220), on the specification's examples and our own.</summary>
public sealed partial class InputObjectFieldNamesRuleTests : IRuleCases
{
    private const string Id = "KGQL0220";

    public static TheoryData<string> Valid => new()
    {
        "{ findDog(searchBy: { name: \"Fido\", owner: \"Ann\" }) { name } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ findDog(searchBy: { favoriteCookieFlavor: \"Bacon\" }) { name } }", "Field 'favoriteCookieFlavor' is not defined by input object type 'FindDogInput'.", 1, 23 },
        { "{ findDog(searchBy: { nmae: \"Fido\" }) { name } }", "Field 'nmae' is not defined by input object type 'FindDogInput'. Did you mean 'name'?", 1, 23 },
        { "{ arguments { complexArgField(complexArg: { requiredField: true, nested: { requiredField: true, unknown: 1 } }) } }", "Field 'unknown' is not defined by input object type 'ComplexInput'.", 1, 97 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
