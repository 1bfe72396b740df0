namespace Kraken.Codegen.Generator.Tests.Generation;

public sealed class BasicGenerationTests
{
    private const string AccountOperation = """
        query Account($accountNumber: String!) {
          account(accountNumber: $accountNumber) {
            id
            number
            status
            balance
            createdAt
            users { id givenName email }
            tags
          }
        }
        """;

    [Fact]
    public void Operations_with_objects_lists_enums_and_variables_compile_cleanly()
    {
        var result = GeneratorHarness.Run(new[]
        {
            new InMemoryAdditionalText("/project/GraphQL/schema.graphqls", TestSchemas.Accounts),
            new InMemoryAdditionalText("/project/GraphQL/Account.graphql", AccountOperation),
            new InMemoryAdditionalText("/project/GraphQL/Cities.graphql", "query Cities($postcode: String!, $first: Int) { cityByPostcode(postcode: $postcode, first: $first) { name postcode } }"),
            new InMemoryAdditionalText("/project/GraphQL/Update.graphql", "mutation Update($input: UpdateAccountInput!) { updateAccount(input: $input) { id status } }"),
            new InMemoryAdditionalText("/project/GraphQL/Search.graphql", "query Search($filter: SearchFilter) { search(filter: $filter) { __typename ... on City { name } ... on AccountType { number } } }"),
        });

        result.AssertCompilesCleanly();
        var account = result.Source("AccountQuery.g.cs");
        Assert.Contains("public sealed partial class AccountQuery", account);
        Assert.Contains("public required string Number { get; init; }", account);
        Assert.Contains("global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.IReadOnlyList<string?>?>? Tags", account);
        Assert.Contains("\"KT-CT-4177\", \"KT-CT-1113\"", account);
        var client = result.Source("GraphQLClient.g.cs");
        Assert.Contains("AccountAsync(string accountNumber, global::System.Threading.CancellationToken cancellationToken = default)", client);
        Assert.Contains("public const string KT_DE_4711 = \"KT-DE-4711\";", client);
    }
}
