using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.2.1.1: <see cref="Kraken.Codegen.Core.Validation.Rules.OperationTypeExistenceRule"/> (KGQL0202), on the specification's examples and our own.</summary>
public sealed partial class OperationTypeExistenceRuleTests : IRuleCases
{
    private const string Id = "KGQL0202";

    public static TheoryData<string> Valid => new()
    {
        "query viewDog { dog { name } }",
        "mutation addCat { addPet(pet: { cat: { name: \"Tom\" } }) { name } }",
        "subscription s { newMessage { body } }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [InlineData("mutation { goodbye }", "The schema does not support mutation operations: it defines no mutation root type.", 1, 1)]
    [InlineData("query ok { a }\nsubscription watch { a }", "The schema does not support subscription operations: it defines no subscription root type.", 2, 1)]
    public void Rejects_operations_without_a_root_type(string document, string message, int line, int column)
    {
        var queryOnly = SchemaBuilder.Build(new SourceFile("query-only.graphql", "type Query { a: Int }"));
        var diagnostic = ValidationHarness.AssertSingle(ValidationHarness.Validate(document, schema: queryOnly), Id, message, line, column);
        Assert.Equal(document.Contains("mutation") ? "mutation" : "subscription", ValidationHarness.SpanText(document, diagnostic));
    }
}
