using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.8.2: <see cref="Kraken.Codegen.Core.Validation.Rules.VariablesAreInputTypesRule"/> (KGQL0227), on the specification's examples and our own.</summary>
public sealed partial class VariablesAreInputTypesRuleTests : IRuleCases
{
    private const string Id = "KGQL0227";

    public static TheoryData<string> Valid => new()
    {
        "query takesBoolean($atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } } query takesComplexInput($complexInput: ComplexInput) { arguments { complexArgField(complexArg: $complexInput) } } query TakesListOfBooleanBang($booleans: [Boolean!]) { arguments { nonNullBooleanListField(nonNullBooleanListArg: $booleans) } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "query takesCat($cat: Cat) { dog { name } }", "Variable '$cat' cannot be of non-input type 'Cat' (object): use a scalar, enum or input object type.", 1, 22 },
        { "query takesDogBang($dog: Dog!) { dog { name } }", "Variable '$dog' cannot be of non-input type 'Dog' (object): use a scalar, enum or input object type.", 1, 26 },
        { "query takesListOfPet($pets: [Pet]) { dog { name } }", "Variable '$pets' cannot be of non-input type 'Pet' (interface): use a scalar, enum or input object type.", 1, 30 },
        { "query takesCatOrDog($catOrDog: CatOrDog) { dog { name } }", "Variable '$catOrDog' cannot be of non-input type 'CatOrDog' (union): use a scalar, enum or input object type.", 1, 32 },
        { "query q($b: Boolan) { dog { isHouseTrained(atOtherHomes: $b) } }", "Variable '$b' has the unknown type 'Boolan'. Did you mean 'Boolean'?", 1, 13 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
