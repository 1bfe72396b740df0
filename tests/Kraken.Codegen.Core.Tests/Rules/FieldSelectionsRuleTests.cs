using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.3.1: <see cref="Kraken.Codegen.Core.Validation.Rules.FieldSelectionsRule"/> (KGQL0206), on the specification's examples and our own.</summary>
public sealed partial class FieldSelectionsRuleTests : IRuleCases
{
    private const string Id = "KGQL0206";

    public static TheoryData<string> Valid => new()
    {
        "{ dog { ...interfaceFieldSelection } } fragment interfaceFieldSelection on Pet { name }",
        "{ catOrDog { ...inDirectFieldSelectionOnUnion } } fragment inDirectFieldSelectionOnUnion on CatOrDog { __typename ... on Pet { name } ... on Dog { barkVolume } }",
        "{ dog { __typename } __typename __schema { queryType { name } } __type(name: \"Dog\") { name } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ dog { meowVolume } }", "Field 'meowVolume' does not exist on type 'Dog'. Did you mean 'barkVolume'?", 1, 9 },
        { "{ dog { barkVolum } }", "Field 'barkVolum' does not exist on type 'Dog'. Did you mean 'barkVolume'?", 1, 9 },
        { "{ dog { ...definedOnImplementorsButNotInterface } } fragment definedOnImplementorsButNotInterface on Pet { nickname }", "Field 'nickname' does not exist on type 'Pet'.", 1, 108 },
        { "{ catOrDog { ...directFieldSelectionOnUnion } } fragment directFieldSelectionOnUnion on CatOrDog { directField }", "Field 'directField' does not exist on type 'CatOrDog'. Unions have no fields of their own: select fields inside '... on Type' fragments.", 1, 100 },
        { "mutation m { __schema { queryType { name } } addPet(pet: { cat: { name: \"x\" } }) { name } }", "Field '__schema' does not exist on type 'Mutation'.", 1, 14 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
