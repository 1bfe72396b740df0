using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.2.1.1: <see cref="Kraken.Codegen.Core.Validation.Rules.OperationTypeExistenceRule"/> (KGQL0202), on the specification's examples and our own.</summary>
public sealed partial class OperationTypeExistenceRuleTests : IRuleCases
{
    private const string Id = "KGQL0202";

    public static TheoryData<string> Valid => new()
    {
        "query viewDog { dog { name } }",
        "mutation addCat { addPet(pet: { cat: { name: \"Tom\" } }) { name } }",
        "subscription s { newMessage { body } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

}
