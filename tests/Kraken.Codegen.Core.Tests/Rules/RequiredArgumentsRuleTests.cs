using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.4.3: <see cref="Kraken.Codegen.Core.Validation.Rules.RequiredArgumentsRule"/> (KGQL0211), on the specification's examples and our own.</summary>
public sealed partial class RequiredArgumentsRuleTests : IRuleCases
{
    private const string Id = "KGQL0211";

    public static TheoryData<string> Valid => new()
    {
        "{ arguments { ...goodBooleanArg ...goodNonNullArg ...goodBooleanArgDefault } } fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) } fragment goodNonNullArg on Arguments { nonNullBooleanArgField(nonNullBooleanArg: true) } fragment goodBooleanArgDefault on Arguments { withDefault: booleanArgField }",
        "{ arguments { optionalNonNullBooleanArgField } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ arguments { ...missingRequiredArg } } fragment missingRequiredArg on Arguments { nonNullBooleanArgField }", "Field 'nonNullBooleanArgField' argument 'nonNullBooleanArg' of type 'Boolean!' is required, but it was not provided.", 1, 84 },
        { "{ arguments { ...missingRequiredArg } } fragment missingRequiredArg on Arguments { nonNullBooleanArgField(nonNullBooleanArg: null) }", "Field 'nonNullBooleanArgField' argument 'nonNullBooleanArg' of type 'Boolean!' is required and must not be null.", 1, 126 },
        { "{ dog { name @skip } }", "Directive '@skip' argument 'if' of type 'Boolean!' is required, but it was not provided.", 1, 15 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
