using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.2.3.1: <see cref="Kraken.Codegen.Core.Validation.Rules.LoneAnonymousOperationRule"/> (KGQL0204), on the specification's examples and our own.</summary>
public sealed partial class LoneAnonymousOperationRuleTests : IRuleCases
{
    private const string Id = "KGQL0204";

    public static TheoryData<string> Valid => new()
    {
        "{ dog { name } }",
        "query a { dog { name } } query b { dog { nickname } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ dog { name } }\nquery getName { dog { owner { name } } }", "This anonymous operation must be the only operation, but the documents define 2. Give every operation a name.", 1, 1 },
        { "query getName { dog { name } }\nquery { dog { nickname } }", "This anonymous operation must be the only operation, but the documents define 2. Give every operation a name.", 2, 1 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
