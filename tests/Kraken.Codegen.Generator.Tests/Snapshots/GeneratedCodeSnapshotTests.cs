namespace Kraken.Codegen.Generator.Tests.Snapshots;

/// <summary>
/// The generated C# for representative operations, compared with approved copies under <c>snapshots/generator</c>:
/// fragments, unions, interfaces, input objects, enums, deprecated fields, aliases and lists of lists.
/// A change to the generator shows up here as a readable diff of the output.
/// </summary>
public sealed class GeneratedCodeSnapshotTests
{
    private const string Operations = """
        fragment UserFields on AccountUserType {
          id
          givenName
          email
        }

        query AccountOverview($accountNumber: String!, $withUsers: Boolean = true) {
          account(accountNumber: $accountNumber) {
            id
            accountNumber: number
            status
            balance
            createdAt
            tags
            users @include(if: $withUsers) {
              ...UserFields
            }
          }
          legacyBalance
        }

        query SearchEverything($filter: SearchFilter) {
          search(filter: $filter) {
            __typename
            ... on City { name postcode }
            ... on AccountType { number status }
          }
        }

        query NodeById($id: ID!) {
          node(id: $id) {
            id
            ... on AccountUserType { ...UserFields }
          }
        }

        mutation UpdateContact($input: UpdateAccountInput!) {
          updateAccount(input: $input) {
            id
            status
          }
        }
        """;

    public static TheoryData<string> GeneratedFiles() => new()
    {
        "AccountOverviewQuery.g.cs",
        "SearchEverythingQuery.g.cs",
        "NodeByIdQuery.g.cs",
        "UpdateContactMutation.g.cs",
        "AccountStatus.g.cs",
        "UpdateAccountInput.g.cs",
        "SearchFilter.g.cs",
        "IUserFields.g.cs",
        "GraphQLClient.g.cs",
    };

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_file_matches_the_approved_snapshot(string hintNameEnd)
    {
        var result = GeneratorHarness.Run(new[]
        {
            new InMemoryAdditionalText("/project/GraphQL/schema.graphqls", TestSchemas.Accounts),
            new InMemoryAdditionalText("/project/GraphQL/Operations.graphql", Operations),
        });
        result.AssertCompilesCleanly();

        Snapshot.Verify("generator", Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(hintNameEnd)), result.Source("." + hintNameEnd));
    }
}
