using System.Text.Json;
using Kraken.Codegen.Runtime;
using Kraken.Codegen.Testing;

namespace Kraken.Codegen.EndToEnd.Tests;

/// <summary>Generated client → HTTP on 127.0.0.1 → GraphQL.NET → typed records.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task A_query_returns_typed_records_with_every_field_read()
    {
        await using var e2e = await EndToEndServer.StartAsync();

        var result = await e2e.Client.AccountAsync("A-1234");

        Assert.False(result.HasErrors, string.Join("; ", result.Errors.Select(e => e.Message)));
        var account = result.GetDataOrThrow().Account;
        Assert.NotNull(account);
        Assert.Equal("abc123", account.Id);
        Assert.Equal("abc123", account.Number);
        Assert.Equal(AccountStatus.Pending, account.Status);
        Assert.False(account.Status.IsUnknown);
        Assert.Equal(1.0m, account.Balance);
        Assert.Equal("abc123", account.BillingName);
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), account.CreatedAt);
        var user = Assert.Single(account.Users);
        Assert.Equal("abc123", user.Id);
        Assert.Equal("abc123", user.GivenName);
        Assert.Equal("abc123", user.Email);
        IUserParts asFragment = user;
        Assert.Equal("abc123", asFragment.Email);
        var tags = Assert.Single(account.Tags!);
        Assert.Equal("abc123", Assert.Single(tags!));

        var request = Assert.Single(e2e.Server.Requests);
        Assert.Equal("Account", request.OperationName);
        Assert.Contains("\"accountNumber\":\"A-1234\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enum_value_added_to_the_server_later_is_kept_as_an_unknown_value()
    {
        var newerServer = EndToEndServer.ClientSchema.Replace("WITHDRAWN\n}", "WITHDRAWN\n  SUSPENDED\n}", StringComparison.Ordinal);
        Assert.NotEqual(EndToEndServer.ClientSchema, newerServer);
        var options = new MockGraphQLServerOptions();
        options.Fields["AccountType.status"] = MockField.Value("SUSPENDED");
        await using var e2e = await EndToEndServer.StartAsync(newerServer, options);

        var account = (await e2e.Client.AccountAsync("A-1")).GetDataOrThrow().Account!;

        Assert.True(account.Status.IsUnknown);
        Assert.Equal(AccountStatus.Kind.Unknown, account.Status.Value);
        Assert.Equal("SUSPENDED", account.Status.RawValue);
        Assert.Equal("SUSPENDED", account.Status.ToString());
        Assert.NotEqual(AccountStatus.Pending, account.Status);
    }

    [Fact]
    public async Task A_union_member_added_to_the_server_later_becomes_the_unknown_case()
    {
        var newerServer = EndToEndServer.ClientSchema
            .Replace("union SearchResult = AccountType | City", "union SearchResult = AccountType | City | Tariff\n\ntype Tariff { code: String! }", StringComparison.Ordinal);
        var options = new MockGraphQLServerOptions();
        options.Fields["Query.search"] = MockField.Json("""[{"__typename":"Tariff","code":"E-1R"},{"__typename":"City","name":"Berlin"},{"__typename":"AccountType","number":"A-9","status":"ACTIVE"}]""");
        await using var e2e = await EndToEndServer.StartAsync(newerServer, options);

        var results = (await e2e.Client.SearchAsync("x")).GetDataOrThrow().Search;

        Assert.Equal(3, results.Count);
        var unknown = Assert.IsType<SearchQuery.Search.Unknown>(results[0]);
        Assert.Equal("Tariff", unknown.Typename);
        var city = Assert.IsType<SearchQuery.Search.City>(results[1]);
        Assert.Equal("Berlin", city.Name);
        var account = Assert.IsType<SearchQuery.Search.AccountType>(results[2]);
        Assert.Equal(AccountStatus.Active, account.Status);
        Assert.Contains("__typename", e2e.Server.Requests.Single().Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Absent_and_null_input_fields_travel_differently()
    {
        await using var e2e = await EndToEndServer.StartAsync();

        var input = new UpdateAccountInput { AccountNumber = "A-1", BillingEmail = null };
        var result = await e2e.Client.UpdateAccountAsync(input);

        Assert.False(result.HasErrors);
        using var body = JsonDocument.Parse(e2e.Server.Requests.Single().Body);
        var sent = body.RootElement.GetProperty("variables").GetProperty("input");
        Assert.Equal("A-1", sent.GetProperty("accountNumber").GetString());
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("billingEmail").ValueKind);
        Assert.False(sent.TryGetProperty("billingName", out _), "An absent input field must not be sent.");
        Assert.False(sent.TryGetProperty("status", out _), "An absent input field must not be sent.");
    }

    [Fact]
    public async Task Every_scalar_mapping_reads_its_wire_format()
    {
        var options = new MockGraphQLServerOptions();
        options.Fields["Query.scalars"] = MockField.Json("""
            {
              "dateTime": "2004-07-21T06:03:23.107935+02:00",
              "date": "2024-02-29",
              "time": "13:45:10",
              "decimal": "12345678901234567.89",
              "floatSafeDecimal": 0.1,
              "bigInt": 9007199254740993,
              "uuid": "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
              "genericScalar": {"exp": 1700000000, "scopes": ["a", "b"]},
              "jsonString": "{\"key\": \"value\"}",
              "int": -7,
              "float": 2.5,
              "boolean": false,
              "id": "QWNjb3VudDox",
              "businessRole": "DIRECTOR",
              "businessSector": "ENERGY",
              "role": "OWNER",
              "industryDate": "2024-03-01T00:00:00+01:00"
            }
            """);
        await using var e2e = await EndToEndServer.StartAsync(options: options);

        var scalars = (await e2e.Client.ScalarsAsync()).GetDataOrThrow().Scalars;

        Assert.Equal(new DateTimeOffset(2004, 7, 21, 6, 3, 23, TimeSpan.FromHours(2)).AddTicks(1079350), scalars.DateTime);
        Assert.Equal(new DateOnly(2024, 2, 29), scalars.Date);
        Assert.Equal(new TimeOnly(13, 45, 10), scalars.Time);
        Assert.Equal(12345678901234567.89m, scalars.Decimal);
        Assert.Equal(0.1m, scalars.FloatSafeDecimal);
        Assert.Equal(9007199254740993L, scalars.BigInt);
        Assert.Equal(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), scalars.Uuid);
        Assert.Equal(1700000000, scalars.GenericScalar.GetProperty("exp").GetInt64());
        Assert.Equal("{\"key\": \"value\"}", scalars.JsonString);
        Assert.Equal(-7, scalars.Int);
        Assert.Equal(2.5, scalars.Float);
        Assert.False(scalars.Boolean);
        Assert.Equal("QWNjb3VudDox", scalars.Id);
        Assert.Equal("DIRECTOR", scalars.BusinessRole);
        Assert.Equal("ENERGY", scalars.BusinessSector);
        Assert.Equal("OWNER", scalars.Role);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.FromHours(1)), scalars.IndustryDate);
    }

    [Fact]
    public async Task A_midnight_aligned_date_is_sent_as_its_date_and_read_back_as_a_date_and_time()
    {
        var options = new MockGraphQLServerOptions();
        // The server's answer: the midnight (Berlin, winter) that starts the date it was sent.
        options.Fields["Query.industryDay"] = MockField.Resolve(context => context.Arguments["date"] + "T00:00:00+01:00");
        await using var e2e = await EndToEndServer.StartAsync(options: options);

        var day = (await e2e.Client.IndustryDayAsync(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.FromHours(1)))).GetDataOrThrow().IndustryDay;

        using var body = JsonDocument.Parse(e2e.Server.Requests.Single().Body);
        Assert.Equal("2024-03-01", body.RootElement.GetProperty("variables").GetProperty("date").GetString());
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.FromHours(1)), day);
    }

    [Fact]
    public async Task A_null_in_a_non_null_field_fails_with_the_json_path()
    {
        var options = new MockGraphQLServerOptions
        {
            // A server that breaks its own schema: GraphQL.NET would never send this, so the HTTP layer does.
            OnRequest = _ => MockHttpResponse.Json(200, """{"data":{"account":{"id":"1","number":"A-1","status":"ACTIVE","balance":"1.0","billingName":null,"createdAt":null,"users":[{"id":"u1","givenName":null,"email":"a@b.c"},{"id":"u2","givenName":"Ann","email":null}],"tags":null}}}"""),
        };
        await using var e2e = await EndToEndServer.StartAsync(options: options);

        var exception = await Assert.ThrowsAsync<GraphQLResponseReadException>(() => e2e.Client.AccountAsync("A-1"));

        Assert.Equal("$.data.account.users[1].email", exception.JsonPath);
        Assert.Contains("non-null type 'String!'", exception.Message, StringComparison.Ordinal);
    }
}
