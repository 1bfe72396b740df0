using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.5.1.1: <see cref="Kraken.Codegen.Core.Validation.Rules.FragmentNameUniquenessRule"/> (KGQL0212), on the specification's examples and our own.</summary>
public sealed partial class FragmentNameUniquenessRuleTests : IRuleCases
{
    private const string Id = "KGQL0212";

    public static TheoryData<string> Valid => new()
    {
        "{ dog { ...fragmentOne ...fragmentTwo } } fragment fragmentOne on Dog { name } fragment fragmentTwo on Dog { owner { name } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ dog { ...fragmentOne } }\nfragment fragmentOne on Dog { name }\nfragment fragmentOne on Dog { owner { name } }", "There can be only one fragment named 'fragmentOne'; it is first defined at query.graphql(2,10).", 3, 10 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);

    [Fact]
    public void Shares_fragments_across_files_and_reports_a_duplicate_in_another_file_naming_the_first()
    {
        var clean = ValidationHarness.ValidateFiles(
            ("a.graphql", "query a { dog { ...dogFields } }"),
            ("b.graphql", "fragment dogFields on Dog { name }"));
        Assert.Empty(clean);

        var diagnostics = ValidationHarness.ValidateFiles(
            ("a.graphql", "fragment dogFields on Dog { name }"),
            ("b.graphql", "query b { dog { ...dogFields } }\nfragment dogFields on Dog { nickname }"));
        var duplicate = ValidationHarness.AssertSingle(diagnostics, Id, "There can be only one fragment named 'dogFields'; it is first defined at a.graphql(1,10).", 2, 10);
        Assert.Equal("b.graphql", duplicate.Location!.Value.Path);
    }
}
