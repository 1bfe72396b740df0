using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.4.1: <see cref="Kraken.Codegen.Core.Validation.Rules.ArgumentNamesRule"/> (KGQL0209), on the specification's examples and our own.</summary>
public sealed partial class ArgumentNamesRuleTests : IRuleCases
{
    private const string Id = "KGQL0209";

    public static TheoryData<string> Valid => new()
    {
        "{ dog { ...argOnRequiredArg } } fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }",
        "{ dog { ...argOnOptional } } fragment argOnOptional on Dog { isHouseTrained(atOtherHomes: true) @include(if: true) }",
        "{ arguments { multipleRequirements(x: 1, y: 2) } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ dog { ...invalidArgName } } fragment invalidArgName on Dog { doesKnowCommand(command: CLEAN_UP_HOUSE) }", "Unknown argument 'command' on field 'Dog.doesKnowCommand'. Did you mean 'dogCommand'?", 1, 80 },
        { "{ dog { ...invalidArgName } } fragment invalidArgName on Dog { isHouseTrained(atOtherHomes: true) @include(unless: false) }", "Unknown argument 'unless' on directive '@include'.", 1, 108 },
        { "{ dog { name(x: 1) } }", "Unknown argument 'x' on field 'Dog.name'.", 1, 14 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
