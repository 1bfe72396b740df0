using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.8.3: <see cref="Kraken.Codegen.Core.Validation.Rules.AllVariableUsesDefinedRule"/> (KGQL0228), on the specification's examples and our own.</summary>
public sealed partial class AllVariableUsesDefinedRuleTests : IRuleCases
{
    private const string Id = "KGQL0228";

    public static TheoryData<string> Valid => new()
    {
        "query variableIsDefined($atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }",
        "query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } } fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }",
        "query variableIsDefinedUsedInNestedFragment($atOtherHomes: Boolean) { dog { ...outerHouseTrainedFragment } } fragment outerHouseTrainedFragment on Dog { ...isHouseTrainedFragment } fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "query variableIsNotDefined { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }", "Variable '$atOtherHomes' is not defined by operation 'variableIsNotDefined'.", 1, 65 },
        { "query variableIsNotDefinedUsedInSingleFragment { dog { ...isHouseTrainedFragment } } fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }", "Variable '$atOtherHomes' is not defined by operation 'variableIsNotDefinedUsedInSingleFragment'.", 1, 156 },
        { "query variableIsNotDefinedUsedInNestedFragment { dog { ...outerHouseTrainedFragment } } fragment outerHouseTrainedFragment on Dog { ...isHouseTrainedFragment } fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }", "Variable '$atOtherHomes' is not defined by operation 'variableIsNotDefinedUsedInNestedFragment'.", 1, 231 },
        { "query housetrainedQueryOne($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }\nquery housetrainedQueryTwoNotDefined { dog { ...isHouseTrainedFragment } }\nfragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }", "Variable '$atOtherHomes' is not defined by operation 'housetrainedQueryTwoNotDefined'.", 3, 71 },
        { "{ dog { name @include(if: $show) } }", "Variable '$show' is not defined by the anonymous query.", 1, 27 },
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
            ("fragments.graphql", "fragment trained on Dog {\n  isHouseTrained(atOtherHomes: $atOtherHomes)\n}"),
            ("operations.graphql", "query defines($atOtherHomes: Boolean) { dog { ...trained } }\nquery forgets { dog { ...trained } }"));
        var undefined = ValidationHarness.AssertSingle(diagnostics, Id, "Variable '$atOtherHomes' is not defined by operation 'forgets'.", 2, 32);
        Assert.Equal("fragments.graphql", undefined.Location!.Value.Path);
        Assert.Equal("$atOtherHomes", undefined.Location.Value.Length == 13 ? "$atOtherHomes" : undefined.ToString());
    }
}
