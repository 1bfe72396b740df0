using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.2.2.1: <see cref="Kraken.Codegen.Core.Validation.Rules.OperationNameUniquenessRule"/> (KGQL0203), on the specification's examples and our own.</summary>
public sealed partial class OperationNameUniquenessRuleTests : IRuleCases
{
    private const string Id = "KGQL0203";

    public static TheoryData<string> Valid => new()
    {
        "query getDogName { dog { name } }\nquery getOwnerName { dog { owner { name } } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "query getName { dog { name } }\nquery getName { dog { owner { name } } }", "There can be only one operation named 'getName'; it is first defined at query.graphql(1,7).", 2, 7 },
        { "query dogOperation { dog { name } }\nmutation dogOperation { addPet(pet: { dog: { name: \"Rex\" } }) { name } }", "There can be only one operation named 'dogOperation'; it is first defined at query.graphql(1,7).", 2, 10 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);

    [Fact]
    public void Reports_a_duplicate_operation_name_in_another_file()
    {
        var diagnostics = ValidationHarness.ValidateFiles(
            ("a.graphql", "query getDog { dog { name } }"),
            ("b.graphql", "\n\nquery getDog { dog { nickname } }"));
        var duplicate = ValidationHarness.AssertSingle(diagnostics, Id, "There can be only one operation named 'getDog'; it is first defined at a.graphql(1,7).", 3, 7);
        Assert.Equal("b.graphql", duplicate.Location!.Value.Path);
    }
}
