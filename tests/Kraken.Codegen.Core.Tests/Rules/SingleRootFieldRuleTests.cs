using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.2.4.1: <see cref="Kraken.Codegen.Core.Validation.Rules.SingleRootFieldRule"/> (KGQL0205), on the specification's examples and our own.</summary>
public sealed partial class SingleRootFieldRuleTests : IRuleCases
{
    private const string Id = "KGQL0205";

    public static TheoryData<string> Valid => new()
    {
        "subscription sub { newMessage { body sender } }",
        "subscription sub { ...newMessageFields } fragment newMessageFields on Subscription { newMessage { body sender } }",
        "subscription sub { newMessage { body } newMessage { sender } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "subscription sub { newMessage { body sender } disallowedSecondRootField }", "Subscription 'sub' must select only one top level field, but also selects 'disallowedSecondRootField'.", 1, 47 },
        { "subscription sub { ...multipleSubscriptions } fragment multipleSubscriptions on Subscription { newMessage { body sender } disallowedSecondRootField }", "Subscription 'sub' must select only one top level field, but also selects 'disallowedSecondRootField'.", 1, 123 },
        { "subscription sub { newMessage { body sender } __typename }", "Subscription 'sub' must select only one top level field, but also selects '__typename'.", 1, 47 },
        { "subscription sub { __typename }", "Subscription 'sub' must not select the introspection field '__typename' at its root.", 1, 20 },
        { "subscription requiredRuntimeValidation($bool: Boolean!) { newMessage @include(if: $bool) { body } }", "Subscription 'requiredRuntimeValidation' must not use '@include' on its root selections: the single root field must always be selected.", 1, 71 },
        { "subscription sub { ... on Subscription { newMessage { body } } first: newMessage { sender } }", "Subscription 'sub' must select only one top level field, but also selects 'first'.", 1, 64 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
