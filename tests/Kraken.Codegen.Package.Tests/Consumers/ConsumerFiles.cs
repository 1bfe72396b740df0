namespace Kraken.Codegen.Package.Tests.Consumers;

/// <summary>The schema and operations the fresh projects use: small, in Kraken's style, with every kind of scalar the console prints.</summary>
internal static class ConsumerFiles
{
    public const string Schema = """
        type Query {
          "Get details about an account."
          account(accountNumber: String!): AccountType
          "Cities served in a postcode area."
          cities(postcode: String!): [City!]!
        }

        type AccountType {
          number: String!
          status: AccountStatus!
          balance: Decimal!
          createdAt: DateTime!
          openedOn: Date
          meterCount: Int!
          legacyNumber: String @deprecated(reason: "Use number.\n\n- Marked as deprecated on 2023-05-10.\n- Scheduled for removal on or after 2024-01-01.")
        }

        type City {
          name: String!
          postcode: String!
        }

        enum AccountStatus {
          ACTIVE
          CLOSED
        }

        scalar Decimal
        scalar DateTime
        scalar Date
        """;

    public const string AccountOperation = """
        query Account($accountNumber: String!) {
          account(accountNumber: $accountNumber) {
            number
            status
            balance
            createdAt
            openedOn
            meterCount
          }
        }
        """;

    public const string CitiesOperation = """
        query Cities($postcode: String!) {
          cities(postcode: $postcode) {
            name
            postcode
          }
        }
        """;

    /// <summary>A field that does not exist, on line 4, column 5.</summary>
    public const string BrokenOperation = """
        query Broken($accountNumber: String!) {
          account(accountNumber: $accountNumber) {
            number
            balanc
          }
        }
        """;

    /// <summary>Selects the deprecated field on line 4, column 5: a warning, not an error.</summary>
    public const string DeprecatedOperation = """
        query Legacy($accountNumber: String!) {
          account(accountNumber: $accountNumber) {
            number
            legacyNumber
          }
        }
        """;

    public static void WriteGraphQL(string projectFolder, params (string Name, string Text)[] operations)
    {
        var folder = Path.Combine(projectFolder, "GraphQL");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "schema.graphqls"), Schema);
        foreach (var (name, text) in operations)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }
    }
}
