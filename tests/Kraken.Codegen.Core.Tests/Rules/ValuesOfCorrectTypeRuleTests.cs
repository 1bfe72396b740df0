using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.6.1: <see cref="Kraken.Codegen.Core.Validation.Rules.ValuesOfCorrectTypeRule"/> (KGQL0219), on the specification's examples and our own.</summary>
public sealed partial class ValuesOfCorrectTypeRuleTests : IRuleCases
{
    private const string Id = "KGQL0219";

    public static TheoryData<string> Valid => new()
    {
        "{ arguments { intArgField(intArg: 2147483647) floatArgField(floatArg: 1) f2: floatArgField(floatArg: 1.5e3) idArgField(idArg: 4) i2: idArgField(idArg: \"x\") stringArgField(stringArg: \"s\") booleanArgField(booleanArg: false) } }",
        "{ arguments { booleanListArgField(booleanListArg: true) b2: booleanListArgField(booleanListArg: [true, null]) dateArgField(dateArg: \"2020-01-01\") d2: dateArgField(dateArg: 20200101) d3: dateArgField(dateArg: { any: [1] }) } }",
        "{ findDog(searchBy: { name: \"Fido\" }) { name } dog { doesKnowCommand(dogCommand: HEEL) } }",
        "{ arguments { complexArgField(complexArg: { requiredField: true, stringListField: \"one\", nested: { requiredField: false } }) } }",
        "mutation m { addPet(pet: { cat: { name: \"Tom\" } }) { name } addPets(pets: { dog: { name: \"Rex\" } }) { name } }",
        "query q($x: Int = 3) { arguments { intArgField(intArg: $x) } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ dog { isHouseTrained(atOtherHomes: \"yes\") } }", "Expected a value of type 'Boolean', found \"yes\": Boolean accepts only true or false.", 1, 38 },
        { "{ arguments { intArgField(intArg: 2147483648) } }", "Expected a value of type 'Int', found 2147483648: Int is a 32-bit signed integer and cannot represent this value.", 1, 35 },
        { "{ arguments { intArgField(intArg: 1.5) } }", "Expected a value of type 'Int', found 1.5: Int accepts only integer literals.", 1, 35 },
        { "{ arguments { stringArgField(stringArg: 1) } }", "Expected a value of type 'String', found 1: String accepts only string literals.", 1, 41 },
        { "{ arguments { idArgField(idArg: 1.0) } }", "Expected a value of type 'ID', found 1.0: ID accepts only string or integer literals.", 1, 33 },
        { "{ dog { doesKnowCommand(dogCommand: \"SIT\") } }", "Expected a value of enum type 'DogCommand!', found \"SIT\". Enum values are written without quotes: SIT.", 1, 37 },
        { "{ dog { doesKnowCommand(dogCommand: SITT) } }", "Value 'SITT' does not exist in enum 'DogCommand'. Did you mean 'SIT'?", 1, 37 },
        { "{ findDog(searchBy: \"Fido\") { name } }", "Expected an input object of type 'FindDogInput', found \"Fido\".", 1, 21 },
        { "{ arguments { booleanListArgField(booleanListArg: [true, 1]) } }", "Expected a value of type 'Boolean', found 1: Boolean accepts only true or false.", 1, 58 },
        { "{ arguments { booleanListArgField(booleanListArg: 1) } }", "Expected a value of type '[Boolean]!', found 1: Boolean accepts only true or false.", 1, 51 },
        { "{ arguments { nonNullBooleanListField(nonNullBooleanListArg: [true, null]) } }", "Expected a value of non-null type 'Boolean!', found null.", 1, 69 },
        { "{ arguments { complexArgField(complexArg: { requiredField: true, defaulted: null }) } }", "Expected a value of non-null type 'Int!', found null.", 1, 77 },
        { "mutation m { addPet(pet: { cat: { name: \"Tom\" }, dog: { name: \"Rex\" } }) { name } }", "OneOf input object 'PetInput' must specify exactly one field, but 2 are given.", 1, 26 },
        { "mutation m { addPet(pet: { cat: null }) { name } }", "Field 'PetInput.cat' of OneOf input object must not be null.", 1, 33 },
        { "mutation m { addPets(pets: [{ cat: { name: \"Tom\" } }, {}]) { name } }", "OneOf input object 'PetInput' must specify exactly one field, but 0 are given.", 1, 55 },
        { "query q($x: Int = \"three\") { arguments { intArgField(intArg: $x) } }", "Expected a value of type 'Int', found \"three\": Int accepts only integer literals.", 1, 19 },
        { "{ dog { name @include(if: \"true\") } }", "Expected a value of type 'Boolean!', found \"true\": Boolean accepts only true or false.", 1, 27 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
