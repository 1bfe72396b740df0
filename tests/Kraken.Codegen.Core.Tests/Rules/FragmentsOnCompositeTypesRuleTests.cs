using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.5.1.3: <see cref="Kraken.Codegen.Core.Validation.Rules.FragmentsOnCompositeTypesRule"/> (KGQL0214), on the specification's examples and our own.</summary>
public sealed partial class FragmentsOnCompositeTypesRuleTests : IRuleCases
{
    private const string Id = "KGQL0214";

    public static TheoryData<string> Valid => new()
    {
        "{ dog { ...fragOnObject ...fragOnInterface ...fragOnUnion } } fragment fragOnObject on Dog { name } fragment fragOnInterface on Pet { name } fragment fragOnUnion on CatOrDog { ... on Dog { name } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ dog { ...fragOnScalar } } fragment fragOnScalar on Int { something }", "Fragment 'fragOnScalar' cannot condition on non-composite type 'Int': only object, interface and union types have selections.", 1, 54 },
        { "{ dog { ...inlineFragOnScalar } } fragment inlineFragOnScalar on Dog { ... on Boolean { somethingElse } }", "An inline fragment cannot condition on non-composite type 'Boolean': only object, interface and union types have selections.", 1, 79 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
