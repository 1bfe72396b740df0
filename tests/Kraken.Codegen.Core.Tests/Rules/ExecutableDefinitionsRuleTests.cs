using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.1.1: <see cref="Kraken.Codegen.Core.Validation.Rules.ExecutableDefinitionsRule"/> (KGQL0201), on the specification's examples and our own.</summary>
public sealed partial class ExecutableDefinitionsRuleTests : IRuleCases
{
    private const string Id = "KGQL0201";

    public static TheoryData<string> Valid => new()
    {
        "query getDogName { dog { name color: nickname } }",
        "query getDogName { dog { ...dogFields } } fragment dogFields on Dog { name }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "query getDogName { dog { name } } extend type Dog { color: String }", "The type extension 'Dog' is not executable: an operation document may contain only operations and fragments. Move it to a schema file.", 1, 47 },
        { "{ dog { name } } type Cat { x: Int }", "The type definition 'Cat' is not executable: an operation document may contain only operations and fragments. Move it to a schema file.", 1, 23 },
        { "{ dog { name } }\ndirective @mine on FIELD", "The directive definition '@mine' is not executable: an operation document may contain only operations and fragments. Move it to a schema file.", 2, 12 },
        { "{ dog { name } }\nschema { query: Query }", "The schema definition is not executable: an operation document may contain only operations and fragments. Move it to a schema file.", 2, 1 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
