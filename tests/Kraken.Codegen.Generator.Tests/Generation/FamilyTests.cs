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
        // A probe compiled with the generated code: Utf8JsonReader is a ref struct and cannot go through reflection.
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
            new[]
            {
                new InMemoryAdditionalText("/p/schema.graphqls", Schema),
                new InMemoryAdditionalText("/p/Things.graphql", "query Things { things { id owner { name } ... on Box { size owner { email } } } }"),
            },
            userCode: probe);
        result.AssertCompilesCleanly();

        using var peStream = new MemoryStream();
        var emit = result.Compilation.Emit(peStream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var context = new System.Runtime.Loader.AssemblyLoadContext("generated-families", isCollectible: true);
        try
        {
            peStream.Position = 0;
            var assembly = context.LoadFromStream(peStream);
            var read = assembly.GetType("Probe.Reader")!.GetMethod("Read")!;
            // __typename comes last in each object: the reader must look ahead for it.
            var json = """{"things":[{"id":"1","owner":{"name":"Ann","email":"a@b.c"},"size":3,"__typename":"Box"},{"id":"2","owner":{"name":"Bo"},"__typename":"Bag"}]}""";
            var data = read.Invoke(null, new object[] { json })!;
            var things = ((System.Collections.IEnumerable)data.GetType().GetProperty("Things")!.GetValue(data)!).Cast<object>().ToList();

            Assert.Equal("Box", things[0].GetType().Name);
            Assert.Equal(3, things[0].GetType().GetProperty("Size")!.GetValue(things[0]));
            var boxOwner = things[0].GetType().GetProperty("Owner")!.GetValue(things[0])!;
            Assert.Equal("a@b.c", boxOwner.GetType().GetProperty("Email")!.GetValue(boxOwner));
            Assert.Equal("Unknown", things[1].GetType().Name);
            Assert.Equal("Bag", things[1].GetType().GetProperty("Typename")!.GetValue(things[1]));
        }
        finally
        {
            context.Unload();
        }
    }

    private static INamedTypeSymbol Type(GenerationResult result, string metadataName) =>
        result.Compilation.GetTypeByMetadataName("Test.Client." + metadataName) ?? throw new Xunit.Sdk.XunitException("No type " + metadataName);
}
