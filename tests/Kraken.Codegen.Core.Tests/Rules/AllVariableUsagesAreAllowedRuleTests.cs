using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.8.5: <see cref="Kraken.Codegen.Core.Validation.Rules.AllVariableUsagesAreAllowedRule"/> (KGQL0230), on the specification's examples and our own.</summary>
public sealed partial class AllVariableUsagesAreAllowedRuleTests : IRuleCases
{
    private const string Id = "KGQL0230";

    public static TheoryData<string> Valid => new()
    {
        "query nonNullListToList($nonNullBooleanList: [Boolean]!) { arguments { booleanListArgField(booleanListArg: $nonNullBooleanList) } }",
        "query booleanArgQueryWithDefault($booleanArg: Boolean) { arguments { optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg) } }",
        "query booleanArgQueryWithDefault($booleanArg: Boolean = true) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }",
        "query listItem($b: Boolean) { arguments { booleanListArgField(booleanListArg: [$b]) } }",
        "mutation addCat($cat: CatInput!) { addPet(pet: { cat: $cat }) { name } }",
        "query q($name: String) { findDog(searchBy: { name: $name }) { name } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "query intCannotGoIntoBoolean($intArg: Int) { arguments { booleanArgField(booleanArg: $intArg) } }", "Variable '$intArg' of type 'Int' is used in a position expecting type 'Boolean' in operation 'intCannotGoIntoBoolean'.", 1, 86 },
        { "query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) { arguments { booleanArgField(booleanArg: $booleanListArg) } }", "Variable '$booleanListArg' of type '[Boolean]' is used in a position expecting type 'Boolean' in operation 'booleanListCannotGoIntoBoolean'.", 1, 108 },
        { "query booleanArgQuery($booleanArg: Boolean) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }", "Variable '$booleanArg' of type 'Boolean' is used in a position expecting type 'Boolean!' in operation 'booleanArgQuery'.", 1, 101 },
        { "query listToNonNullList($booleanList: [Boolean]) { arguments { nonNullBooleanListField(nonNullBooleanListArg: $booleanList) } }", "Variable '$booleanList' of type '[Boolean]' is used in a position expecting type '[Boolean!]' in operation 'listToNonNullList'.", 1, 111 },
        { "query booleanArgQuery($booleanArg: Boolean = null) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }", "Variable '$booleanArg' of type 'Boolean' is used in a position expecting type 'Boolean!' in operation 'booleanArgQuery'.", 1, 108 },
        { "mutation addCat($cat: CatInput) { addPet(pet: { cat: $cat }) { name } }", "Variable '$cat' of type 'CatInput' is used in a field of a OneOf input object, which needs type 'CatInput!' in operation 'addCat'.", 1, 54 },
        { "query a($b: Boolean!) { ...F } query b($b: Int) { ...F } fragment F on Query { dog { isHouseTrained(atOtherHomes: $b) } }", "Variable '$b' of type 'Int' is used in a position expecting type 'Boolean' in operation 'b'.", 1, 115 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);

    [Fact]
    public void Judges_a_shared_fragment_in_another_file_per_operation()
    {
        var diagnostics = ValidationHarness.ValidateFiles(
            ("fragments.graphql", "fragment command on Dog { doesKnowCommand(dogCommand: $command) }"),
            ("operations.graphql", "query strict($command: DogCommand!) { dog { ...command } }\nquery loose($command: DogCommand) { dog { ...command } }"));
        var misuse = ValidationHarness.AssertSingle(diagnostics, Id, "Variable '$command' of type 'DogCommand' is used in a position expecting type 'DogCommand!' in operation 'loose'.", 1, 55);
        Assert.Equal("fragments.graphql", misuse.Location!.Value.Path);
    }
}
