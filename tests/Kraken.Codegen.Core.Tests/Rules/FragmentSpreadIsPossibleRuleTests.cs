using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.5.2.3: <see cref="Kraken.Codegen.Core.Validation.Rules.FragmentSpreadIsPossibleRule"/> (KGQL0218), on the specification's examples and our own.</summary>
public sealed partial class FragmentSpreadIsPossibleRuleTests : IRuleCases
{
    private const string Id = "KGQL0218";

    public static TheoryData<string> Valid => new()
    {
        "{ dog { ...dogFragment ...petNameFragment ...catOrDogNameFragment ... on Dog { barkVolume } } } fragment dogFragment on Dog { barkVolume } fragment petNameFragment on Pet { name } fragment catOrDogNameFragment on CatOrDog { ... on Cat { meowVolume } }",
        "{ pets { ...unionWithInterface } } fragment unionWithInterface on Pet { ...dogOrHumanFragment } fragment dogOrHumanFragment on DogOrHuman { ... on Dog { barkVolume } }",
        "{ human { pets { ...petFragment } } } fragment petFragment on Pet { ... on Dog { name } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ dog { ...catInDogFragmentInvalid } } fragment catInDogFragmentInvalid on Dog { ... on Cat { meowVolume } }", "Fragment cannot be spread here as objects of type 'Dog' can never be of type 'Cat'.", 1, 89 },
        { "{ human { ...sentientFragment } } fragment sentientFragment on Sentient { ... on Dog { barkVolume } }", "Fragment cannot be spread here as objects of type 'Sentient' can never be of type 'Dog'.", 1, 82 },
        { "{ humanOrAlien { ...humanOrAlienFragment } } fragment humanOrAlienFragment on HumanOrAlien { ... on Cat { meowVolume } }", "Fragment cannot be spread here as objects of type 'HumanOrAlien' can never be of type 'Cat'.", 1, 101 },
        { "{ pets { ...nonIntersectingInterfaces } } fragment nonIntersectingInterfaces on Pet { ...sentientFragment } fragment sentientFragment on Sentient { name }", "Fragment 'sentientFragment' cannot be spread here as objects of type 'Pet' can never be of type 'Sentient'.", 1, 90 },
        { "{ catOrDog { ...sentientFragment } } fragment sentientFragment on Sentient { name }", "Fragment 'sentientFragment' cannot be spread here as objects of type 'CatOrDog' can never be of type 'Sentient'.", 1, 17 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
