using Microsoft.CodeAnalysis;

namespace Kraken.Codegen.Generator.Tests.Generation;

/// <summary>Selections on interfaces and unions with type conditions become closed families of records.</summary>
public sealed class FamilyTests
{
    private const string Schema = """
        type Query { things: [Thing!]! }
        interface Thing { id: ID! owner: Person! }
        type Person { name: String! email: String }
        type Box implements Thing { id: ID! owner: Person! size: Int }
        type Bag implements Thing { id: ID! owner: Person! }
        """;

    [Fact]
    public void A_case_that_selects_a_common_field_more_deeply_gets_its_own_type_for_it()
    {
        var result = GeneratorHarness.Run(new[]
        {
            new InMemoryAdditionalText("/p/schema.graphqls", Schema),
            new InMemoryAdditionalText("/p/Things.graphql", "query Things { things { id owner { name } ... on Box { size owner { email } } } }"),
        });
        result.AssertCompilesCleanly();

        var box = Type(result, "ThingsQuery+Things+Box");
        var unknown = Type(result, "ThingsQuery+Things+Unknown");
        var common = Type(result, "ThingsQuery+Things");
        Assert.DoesNotContain(common.GetMembers(), m => m.Name == "Owner");
        var boxOwner = (INamedTypeSymbol)((IPropertySymbol)box.GetMembers("Owner").Single()).Type;
        var unknownOwner = (INamedTypeSymbol)((IPropertySymbol)unknown.GetMembers("Owner").Single()).Type;
        Assert.Contains(boxOwner.GetMembers(), m => m.Name == "Email");
        Assert.Contains(boxOwner.GetMembers(), m => m.Name == "Name");
        Assert.DoesNotContain(unknownOwner.GetMembers(), m => m.Name == "Email");
        Assert.Contains(unknownOwner.GetMembers(), m => m.Name == "Name");
    }

    [Fact]
    public void Generated_family_readers_pick_the_case_by_typename_whatever_its_position()
    {
        // __typename comes last in each object: the reader must look ahead for it.
        var json = """{"things":[{"id":"1","owner":{"name":"Ann","email":"a@b.c"},"size":3,"__typename":"Box"},{"id":"2","owner":{"name":"Bo"},"__typename":"Bag"}]}""";

        var things = ReadThings("query Things { things { id owner { name } ... on Box { size owner { email } } } }", json);

        Assert.Equal("Box", things[0].GetType().Name);
        Assert.Equal(3, things[0].GetType().GetProperty("Size")!.GetValue(things[0]));
        var boxOwner = things[0].GetType().GetProperty("Owner")!.GetValue(things[0])!;
        Assert.Equal("a@b.c", boxOwner.GetType().GetProperty("Email")!.GetValue(boxOwner));
        Assert.Equal("Unknown", things[1].GetType().Name);
        Assert.Equal("Bag", things[1].GetType().GetProperty("Typename")!.GetValue(things[1]));
    }

    [Fact]
    public void Only_a_type_the_schema_did_not_allow_counts_as_schema_drift()
    {
        var drift = new System.Collections.Concurrent.ConcurrentBag<(string Coordinate, string Value)>();
        using var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Kraken.Codegen.Runtime" && instrument.Name == "kraken.graphql.schema_drift")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var values = tags.ToArray().ToDictionary(t => t.Key, t => t.Value as string);
            if (values["graphql.operation.name"] == "Things")
            {
                drift.Add((values["graphql.schema.coordinate"]!, values["kraken.schema_drift.value"]!));
            }
        });
        listener.Start();

        // Bag is a Thing without a case of its own (the unknown case, no drift); Crate is a type the schema did not have.
        var json = """{"things":[{"__typename":"Bag","id":"1","owner":{"name":"Ann"}},{"__typename":"Crate","id":"2","owner":{"name":"Bo"}},{"__typename":"Box","id":"3","owner":{"name":"Cy"},"size":1}]}""";
        var things = ReadThings("query Things { things { id owner { name } ... on Box { size } } }", json);

        Assert.Equal(new[] { "Unknown", "Unknown", "Box" }, things.Select(t => t.GetType().Name));
        Assert.Equal(new[] { ("Query.things", "Crate") }, drift.ToArray());
    }

    /// <summary>
    /// Generates <paramref name="operation"/>, compiles it with a probe that reads <paramref name="json"/> (Utf8JsonReader is
    /// a ref struct and cannot go through reflection), and returns the things read.
    /// </summary>
    private static List<object> ReadThings(string operation, string json)
    {
        const string probe = """
            namespace Probe
            {
                public static class Reader
                {
                    public static object Read(string json)
                    {
                        var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
                        reader.Read();
                        return Test.Client.ThingsQuery.ReadData(ref reader);
                    }
                }
            }
            """;
        var result = GeneratorHarness.Run(
            new[] { new InMemoryAdditionalText("/p/schema.graphqls", Schema), new InMemoryAdditionalText("/p/Things.graphql", operation) },
            userCode: probe);
        result.AssertCompilesCleanly();

        using var peStream = new MemoryStream();
        var emit = result.Compilation.Emit(peStream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var context = new System.Runtime.Loader.AssemblyLoadContext("generated-families", isCollectible: true);
        try
        {
            peStream.Position = 0;
            var read = context.LoadFromStream(peStream).GetType("Probe.Reader")!.GetMethod("Read")!;
            var data = read.Invoke(null, new object[] { json })!;
            return ((System.Collections.IEnumerable)data.GetType().GetProperty("Things")!.GetValue(data)!).Cast<object>().ToList();
        }
        finally
        {
            context.Unload();
        }
    }

    private static INamedTypeSymbol Type(GenerationResult result, string metadataName) =>
        result.Compilation.GetTypeByMetadataName("Test.Client." + metadataName) ?? throw new Xunit.Sdk.XunitException("No type " + metadataName);
}
