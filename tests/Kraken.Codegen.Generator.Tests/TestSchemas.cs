namespace Kraken.Codegen.Generator.Tests;

/// <summary>Small schemas written for the tests, in Kraken's style.</summary>
internal static class TestSchemas
{
    public const string Accounts = """
        "The root of all queries."
        type Query {
          "Get details about an account.\n\nThe possible errors that can be raised are:\n\n- KT-CT-4177: Unauthorized.\n- KT-CT-1113: Disabled GraphQL field requested."
          account(accountNumber: String!): AccountType
          "Look up cities.\n\nThe possible errors that can be raised are:\n\n- KT-DE-4711: Postcode not found."
          cityByPostcode(postcode: String!, first: Int = 10): [City!]!
          node(id: ID!): Node
          search(text: String, filter: SearchFilter): [SearchResult]
          legacyBalance: Int @deprecated(reason: "The 'legacyBalance' field is deprecated.\n\nUse account.balance.\n\n- Marked as deprecated on 2023-05-10.\n- Scheduled for removal on or after 2024-01-01.")
        }

        type Mutation {
          "Update an account's contact details."
          updateAccount(input: UpdateAccountInput!): AccountType
        }

        interface Node { id: ID! }

        "An energy account."
        type AccountType implements Node {
          id: ID!
          number: String!
          status: AccountStatus
          balance: Decimal!
          createdAt: DateTime
          users: [AccountUserType!]
          tags: [[String]]
        }

        type AccountUserType implements Node {
          id: ID!
          givenName: String
          email: String!
        }

        type City { name: String! postcode: String! }

        union SearchResult = AccountType | City

        enum AccountStatus {
          PENDING
          ACTIVE
          "Closed accounts."
          CLOSED @deprecated(reason: "Use WITHDRAWN")
          WITHDRAWN
        }

        input UpdateAccountInput {
          accountNumber: String!
          billingEmail: String
          billingName: String
          status: AccountStatus
        }

        input SearchFilter @oneOf {
          byNumber: String
          byPostcode: String
        }

        scalar Decimal
        scalar DateTime
        """;
}
