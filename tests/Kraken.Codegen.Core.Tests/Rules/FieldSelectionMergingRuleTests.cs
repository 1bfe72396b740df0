using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.3.2: <see cref="Kraken.Codegen.Core.Validation.Rules.FieldSelectionMergingRule"/> (KGQL0207), on the specification's examples and our own.</summary>
public sealed partial class FieldSelectionMergingRuleTests : IRuleCases
{
    private const string Id = "KGQL0207";

    public static TheoryData<string> Valid => new()
    {
        "{ dog { ...mergeIdenticalFields } } fragment mergeIdenticalFields on Dog { name name }",
        "{ dog { ...mergeIdenticalAliasesAndFields } } fragment mergeIdenticalAliasesAndFields on Dog { otherName: name otherName: name }",
        "{ dog { ...mergeIdenticalFieldsWithIdenticalArgs } } fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }",
        "query q($dogCommand: DogCommand!) { dog { ...mergeIdenticalFieldsWithIdenticalValues } } fragment mergeIdenticalFieldsWithIdenticalValues on Dog { doesKnowCommand(dogCommand: $dogCommand) doesKnowCommand(dogCommand: $dogCommand) }",
        "{ pets { ...safeDifferingFields ...safeDifferingArgs } } fragment safeDifferingFields on Pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } } fragment safeDifferingArgs on Pet { ... on Dog { doesKnowCommand(dogCommand: SIT) } ... on Cat { doesKnowCommand(catCommand: JUMP) } }",
        "{ arguments { multipleRequirements(x: 1, y: 2) multipleRequirements(y: 2, x: 1) } }",
        "{ dog { owner { name } } dog { owner { pets { name } } } }",
        "{ dog { ...A } dog { ...B } } fragment A on Dog { name owner { name } } fragment B on Dog { name owner { pets { name } } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ dog { ...conflictingBecauseAlias } } fragment conflictingBecauseAlias on Dog { name: nickname name }", "Fields 'name' conflict because 'nickname' and 'name' are different fields. Use different aliases on the fields to fetch both if this was intentional.", 1, 97 },
        { "{ dog { ...conflictingArgsOnValues } } fragment conflictingArgsOnValues on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }", "Fields 'doesKnowCommand' conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 1, 115 },
        { "query q($dogCommand: DogCommand!) { dog { ...conflictingArgsValueAndVar } } fragment conflictingArgsValueAndVar on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: $dogCommand) }", "Fields 'doesKnowCommand' conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 1, 155 },
        { "{ dog { ...differingArgs } } fragment differingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand }", "Fields 'doesKnowCommand' conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 1, 95 },
        { "{ pets { ...conflictingDifferingResponses } } fragment conflictingDifferingResponses on Pet { ... on Dog { someValue: nickname } ... on Cat { someValue: meowVolume } }", "Fields 'someValue' conflict because they return conflicting types 'String' and 'Int'. Use different aliases on the fields to fetch both if this was intentional.", 1, 143 },
        { "{ dog { owner { n: name } } dog { owner { n: pets { name } } } }", "Fields 'dog' conflict because subfields 'owner' conflict because subfields 'n' conflict because 'name' and 'pets' are different fields. Use different aliases on the fields to fetch both if this was intentional.", 1, 29 },
        { "{ dog { ...A } dog { ...B } } fragment A on Dog { x: name } fragment B on Dog { x: nickname }", "Fields 'dog' conflict because subfields 'x' conflict because 'name' and 'nickname' are different fields. Use different aliases on the fields to fetch both if this was intentional.", 1, 16 },
        { "{ dog { ...A } } fragment A on Dog { ...B x: name } fragment B on Dog { ...C } fragment C on Dog { x: barkVolume }", "Fields 'x' conflict because 'name' and 'barkVolume' are different fields. Use different aliases on the fields to fetch both if this was intentional.", 1, 100 },
        { "{ dog { name ... on Pet { name: __typename } } }", "Fields 'name' conflict because 'name' and '__typename' are different fields. Use different aliases on the fields to fetch both if this was intentional.", 1, 27 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
