namespace Kraken.Codegen.Generator.Tests.Generation;

/// <summary>Schema-level types share a namespace with operation classes and the client; clashes are renamed, never C# errors.</summary>
public sealed class TypeNameClashTests
{
    [Fact]
    public void An_input_or_enum_named_like_an_operation_class_or_the_client_gets_a_suffix()
    {
        const string schema = """
            type Query { status(kind: GraphQLClient): String }
            type Mutation { update(input: UpdateMutation!): String }
            input UpdateMutation { note: String }
            enum GraphQLClient { A B }
            """;

        var result = GeneratorHarness.Run(new[]
        {
            new InMemoryAdditionalText("/p/schema.graphqls", schema),
            new InMemoryAdditionalText("/p/Ops.graphql", "mutation Update($input: UpdateMutation!) { update(input: $input) }\nquery Status($kind: GraphQLClient) { status(kind: $kind) }\n"),
        }, new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Test.Client", ["build_property.KrakenCodegenClientName"] = "GraphQLClient" }));

        result.AssertCompilesCleanly();
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Test.Client.UpdateMutation"));
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Test.Client.UpdateMutationInput"));
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Test.Client.GraphQLClient"));
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Test.Client.GraphQLClientEnum"));
    }
}
