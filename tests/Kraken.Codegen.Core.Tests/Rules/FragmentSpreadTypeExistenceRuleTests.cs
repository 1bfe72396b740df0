using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.5.1.2: <see cref="Kraken.Codegen.Core.Validation.Rules.FragmentSpreadTypeExistenceRule"/> (KGQL0213), on the specification's examples and our own.</summary>
public sealed partial class FragmentSpreadTypeExistenceRuleTests : IRuleCases
{
    private const string Id = "KGQL0213";

    public static TheoryData<string> Valid => new()
    {
        "{ dog { ...correctType ...inlineFragment ...inlineFragment2 } } fragment correctType on Dog { name } fragment inlineFragment on Dog { ... on Dog { name } } fragment inlineFragment2 on Dog { ... @include(if: true) { name } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ dog { ...notOnExistingType } } fragment notOnExistingType on NotInSchema { name }", "Unknown type 'NotInSchema' in type condition.", 1, 64 },
        { "{ dog { ...inlineNotExistingType } } fragment inlineNotExistingType on Dog { ... on NotInSchema { name } }", "Unknown type 'NotInSchema' in type condition.", 1, 85 },
        { "{ dog { ... on Dgo { name } } }", "Unknown type 'Dgo' in type condition. Did you mean 'Dog'?", 1, 16 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
