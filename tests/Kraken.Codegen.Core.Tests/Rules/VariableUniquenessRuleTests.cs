using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.8.1: <see cref="Kraken.Codegen.Core.Validation.Rules.VariableUniquenessRule"/> (KGQL0226), on the specification's examples and our own.</summary>
public sealed partial class VariableUniquenessRuleTests : IRuleCases
{
    private const string Id = "KGQL0226";

    public static TheoryData<string> Valid => new()
    {
        "query A($atOtherHomes: Boolean) { ...HouseTrainedFragment } query B($atOtherHomes: Boolean) { ...HouseTrainedFragment } fragment HouseTrainedFragment on Query { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }", "There can be only one variable named '$atOtherHomes' in operation 'houseTrainedQuery'.", 1, 49 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
