using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.3.3: <see cref="Kraken.Codegen.Core.Validation.Rules.LeafFieldSelectionsRule"/> (KGQL0208), on the specification's examples and our own.</summary>
public sealed partial class LeafFieldSelectionsRuleTests : IRuleCases
{
    private const string Id = "KGQL0208";

    public static TheoryData<string> Valid => new()
    {
        "{ dog { ...scalarSelection } } fragment scalarSelection on Dog { barkVolume }",
        "{ human { pets { name } } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ dog { ...scalarSelectionsNotAllowedOnInt } } fragment scalarSelectionsNotAllowedOnInt on Dog { barkVolume { sinceWhen } }", "Field 'barkVolume' must not have a selection since type 'Int' has no subfields.", 1, 98 },
        { "query directQueryOnObjectWithoutSubFields { human }", "Field 'human' of type 'Human' must have a selection of subfields. Did you mean 'human { ... }'?", 1, 45 },
        { "query directQueryOnInterfaceWithoutSubFields { pets }", "Field 'pets' of type '[Pet]' must have a selection of subfields. Did you mean 'pets { ... }'?", 1, 48 },
        { "query directQueryOnUnionWithoutSubFields { catOrDog }", "Field 'catOrDog' of type 'CatOrDog' must have a selection of subfields. Did you mean 'catOrDog { ... }'?", 1, 44 },
        { "{ dog { name { x } } }", "Field 'name' must not have a selection since type 'String!' has no subfields.", 1, 9 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
