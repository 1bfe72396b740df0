using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Kraken.Codegen.Generator.Tests.Generation;

/// <summary>
/// Generated code and the runtime read and write JSON with Utf8JsonReader/Utf8JsonWriter only: no reflection-based
/// serializer, so they are safe for trimming and NativeAOT (and no other generator's output is needed).
/// </summary>
public sealed class NoReflectionSerializationTests
{
    [Fact]
    public void The_runtime_assembly_references_no_json_serializer_member()
    {
        var path = typeof(Kraken.Codegen.Runtime.IGraphQLExecutor).Assembly.Location;
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();

        var referencedTypes = metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Select(type => metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name))
            .ToList();

        Assert.Contains("System.Text.Json.Utf8JsonReader", referencedTypes);
        Assert.DoesNotContain("System.Text.Json.JsonSerializer", referencedTypes);
        Assert.DoesNotContain("System.Text.Json.Serialization.Metadata.JsonTypeInfo", referencedTypes);
    }

    [Fact]
    public void Generated_code_uses_no_serializer()
    {
        var result = GeneratorHarness.Run(new[]
        {
            new InMemoryAdditionalText("/p/schema.graphqls", TestSchemas.Accounts),
            new InMemoryAdditionalText("/p/Ops.graphql", "query A($n: String!) { account(accountNumber: $n) { id status users { email } } } mutation U($i: UpdateAccountInput!) { updateAccount(input: $i) { id } }"),
        });
        result.AssertCompilesCleanly();

        var all = string.Join("\n", result.Sources.Select(s => s.SourceText.ToString()));
        Assert.Contains("Utf8JsonReader", all, StringComparison.Ordinal);
        Assert.DoesNotContain("JsonSerializer", all, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Reflection", all, StringComparison.Ordinal);
    }
}
