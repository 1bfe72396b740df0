using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.8.4: <see cref="Kraken.Codegen.Core.Validation.Rules.AllVariablesUsedRule"/> (KGQL0229), on the specification's examples and our own.</summary>
public sealed partial class AllVariablesUsedRuleTests : IRuleCases
{
    private const string Id = "KGQL0229";

    public static TheoryData<string> Valid => new()
    {
        "query variableUsedInFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } } fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "query variableUnused($atOtherHomes: Boolean) { dog { isHouseTrained } }", "Variable '$atOtherHomes' is never used in operation 'variableUnused'.", 1, 22 },
        { "query variableNotUsedWithinFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedWithoutVariableFragment } } fragment isHouseTrainedWithoutVariableFragment on Dog { isHouseTrained }", "Variable '$atOtherHomes' is never used in operation 'variableNotUsedWithinFragment'.", 1, 37 },
        { "query queryWithUsedVar($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }\nquery queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) { dog { ...isHouseTrainedFragment } }\nfragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }", "Variable '$extra' is never used in operation 'queryWithExtraVar'.", 2, 49 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
