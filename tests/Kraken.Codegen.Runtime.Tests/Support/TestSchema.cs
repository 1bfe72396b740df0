namespace Kraken.Codegen.Runtime.Tests.Support;

/// <summary>A small Kraken-shaped schema: login mutation, a Relay connection, custom scalars, an interface and a field-less type.</summary>
internal static class TestSchema
{
    public const string Sdl = """
        scalar DateTime
        scalar Date
        scalar GenericScalar
        scalar JSONString
        scalar Decimal
        scalar BigInt

        "Status of an account."
        enum AccountStatus { ACTIVE PENDING CLOSED }

        interface Node { id: ID! }

        "Documented elsewhere; only __typename is selected on it."
        type AccountUserType

        type AccountType implements Node {
          id: ID!
          number: String!
          status: AccountStatus!
          balance: Decimal
          createdAt: DateTime
          billingDate: Date
          metadata: JSONString
          settings: GenericScalar
          meterCount: BigInt
          rating: Float
          isActive: Boolean
          tags: [String!]!
          owner: AccountUserType
        }

        type PageInfo {
          hasNextPage: Boolean!
          hasPreviousPage: Boolean!
          startCursor: String
          endCursor: String
        }

        type AccountEdge { cursor: String! node: AccountType }

        type AccountConnection {
          pageInfo: PageInfo!
          edges: [AccountEdge]!
          totalCount: Int
        }

        type Viewer {
          id: ID!
          email: String!
          accounts(first: Int, after: String, legacyFilter: String @deprecated(reason: "Use first/after.")): AccountConnection!
        }

        type Query {
          "The authenticated user."
          viewer: Viewer
          account(accountNumber: String!): AccountType
          node(id: ID!): Node
        }

        input ObtainJSONWebTokenInput {
          email: String
          password: String
          APIKey: String
          organizationSecretKey: String
          preSignedKey: String
          refreshToken: String
        }

        type ObtainKrakenJSONWebToken {
          token: String!
          payload: GenericScalar!
          refreshToken: String
          refreshExpiresIn: Int
        }

        input UpdateNicknameInput {
          accountNumber: String!
          nickname: String!
          legacyName: String @deprecated(reason: "Use nickname.")
        }

        type UpdateNickname { account: AccountType }

        type Mutation {
          obtainKrakenToken(input: ObtainJSONWebTokenInput!): ObtainKrakenJSONWebToken
          updateNickname(input: UpdateNicknameInput!): UpdateNickname
        }
        """;
}
