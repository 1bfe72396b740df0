using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kraken.Codegen.Runtime.Json;

namespace Kraken.Codegen.Runtime.Tests.Support;

// Hand-written operations in the shape the generator emits: a static descriptor, variables written with
// Utf8JsonWriter, data read with Utf8JsonReader, and GraphQLResponseReadException carrying the path on failure.

internal sealed record AccountData(Account? Account);

internal sealed record Account(string Number, string Status, string? Balance);

internal sealed class GetAccountQuery(string accountNumber) : IGraphQLOperation<AccountData>
{
    public static readonly GraphQLOperationDescriptor SharedDescriptor = TestOperationDescriptors.Create(
        "GetAccount",
        GraphQLOperationKind.Query,
        "query GetAccount($accountNumber: String!) { account(accountNumber: $accountNumber) { number status balance } }");

    public GraphQLOperationDescriptor Descriptor => SharedDescriptor;

    public bool HasVariables => true;

    public void WriteVariables(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("accountNumber"u8, accountNumber);
        writer.WriteEndObject();
    }

    public AccountData ReadData(ref Utf8JsonReader reader, GraphQLReadContext context)
    {
        Account? account = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("account"u8))
            {
                reader.Read();
                try
                {
                    account = reader.TokenType == JsonTokenType.Null ? null : ReadAccount(ref reader);
                }
                catch (GraphQLResponseReadException exception)
                {
                    throw exception.AtProperty("account");
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new AccountData(account);
    }

    internal static Account ReadAccount(ref Utf8JsonReader reader)
    {
        string? number = null;
        string? status = null;
        string? balance = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("number"u8))
            {
                reader.Read();
                number = reader.TokenType == JsonTokenType.String
                    ? reader.GetString()
                    : throw new GraphQLResponseReadException("Expected a non-null String.").AtProperty("number");
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                reader.Read();
                status = reader.GetString();
            }
            else if (reader.ValueTextEquals("balance"u8))
            {
                reader.Read();
                balance = reader.TokenType switch
                {
                    JsonTokenType.Null => null,
                    JsonTokenType.String => reader.GetString(),
                    _ => Encoding.UTF8.GetString(reader.ValueSpan),
                };
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new Account(
            number ?? throw new GraphQLResponseReadException("Missing non-null field.").AtProperty("number"),
            status ?? throw new GraphQLResponseReadException("Missing non-null field.").AtProperty("status"),
            balance);
    }
}

internal sealed record AccountsPageData(ConnectionPage<string>? Accounts);

/// <summary>One page of <c>viewer.accounts</c>, nodes reduced to their account numbers.</summary>
internal sealed class AccountsPageQuery(int first, string? after) : IGraphQLOperation<AccountsPageData>
{
    public static readonly GraphQLOperationDescriptor SharedDescriptor = TestOperationDescriptors.Create(
        "AccountsPage",
        GraphQLOperationKind.Query,
        "query AccountsPage($first: Int!, $after: String) { viewer { accounts(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { number status } } } } }");

    public GraphQLOperationDescriptor Descriptor => SharedDescriptor;

    public bool HasVariables => true;

    public int First => first;

    public void WriteVariables(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("first"u8, first);
        if (after is null)
        {
            writer.WriteNull("after"u8);
        }
        else
        {
            writer.WriteString("after"u8, after);
        }

        writer.WriteEndObject();
    }

    public AccountsPageData ReadData(ref Utf8JsonReader reader, GraphQLReadContext context)
    {
        ConnectionPage<string>? page = null;
        ReadObject(ref reader, (ref Utf8JsonReader viewer) =>
        {
            if (viewer.ValueTextEquals("viewer"u8))
            {
                viewer.Read();
                ReadObject(ref viewer, (ref Utf8JsonReader accounts) =>
                {
                    if (accounts.ValueTextEquals("accounts"u8))
                    {
                        accounts.Read();
                        page = ReadConnection(ref accounts);
                        return true;
                    }

                    return false;
                });
                return true;
            }

            return false;
        });
        return new AccountsPageData(page);
    }

    private static ConnectionPage<string> ReadConnection(ref Utf8JsonReader reader)
    {
        var nodes = new List<string>();
        var hasNextPage = false;
        string? endCursor = null;
        ReadObject(ref reader, (ref Utf8JsonReader connection) =>
        {
            if (connection.ValueTextEquals("pageInfo"u8))
            {
                connection.Read();
                ReadObject(ref connection, (ref Utf8JsonReader pageInfo) =>
                {
                    if (pageInfo.ValueTextEquals("hasNextPage"u8))
                    {
                        pageInfo.Read();
                        hasNextPage = pageInfo.GetBoolean();
                        return true;
                    }

                    if (pageInfo.ValueTextEquals("endCursor"u8))
                    {
                        pageInfo.Read();
                        endCursor = pageInfo.TokenType == JsonTokenType.Null ? null : pageInfo.GetString();
                        return true;
                    }

                    return false;
                });
                return true;
            }

            if (connection.ValueTextEquals("edges"u8))
            {
                connection.Read();
                while (connection.Read() && connection.TokenType == JsonTokenType.StartObject)
                {
                    ReadObject(ref connection, (ref Utf8JsonReader edge) =>
                    {
                        if (!edge.ValueTextEquals("node"u8))
                        {
                            return false;
                        }

                        edge.Read();
                        nodes.Add(GetAccountQuery.ReadAccount(ref edge).Number);
                        return true;
                    });
                }

                return true;
            }

            return false;
        });
        return new ConnectionPage<string>(nodes, hasNextPage, endCursor);
    }

    private delegate bool PropertyReader(ref Utf8JsonReader reader);

    /// <summary>Walks an object the reader stands on; the callback reads the properties it knows and returns true.</summary>
    private static void ReadObject(ref Utf8JsonReader reader, PropertyReader readProperty)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!readProperty(ref reader))
            {
                reader.Read();
                reader.Skip();
            }
        }
    }
}

internal sealed record UpdateNicknameData(string? AccountNumber);

internal sealed class UpdateNicknameMutation(string accountNumber, string nickname) : IGraphQLOperation<UpdateNicknameData>
{
    public static readonly GraphQLOperationDescriptor SharedDescriptor = TestOperationDescriptors.Create(
        "UpdateNickname",
        GraphQLOperationKind.Mutation,
        "mutation UpdateNickname($input: UpdateNicknameInput!) { updateNickname(input: $input) { account { number } } }");

    public GraphQLOperationDescriptor Descriptor => SharedDescriptor;

    public bool HasVariables => true;

    public void WriteVariables(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("input"u8);
        writer.WriteString("accountNumber"u8, accountNumber);
        writer.WriteString("nickname"u8, nickname);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public UpdateNicknameData ReadData(ref Utf8JsonReader reader, GraphQLReadContext context)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var number = document.RootElement.GetProperty("updateNickname").GetProperty("account").GetProperty("number").GetString();
        return new UpdateNicknameData(number);
    }
}

internal static class TestOperationDescriptors
{
    public static GraphQLOperationDescriptor Create(string name, GraphQLOperationKind kind, string document) =>
        new(name, kind, document, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document))), []);
}
