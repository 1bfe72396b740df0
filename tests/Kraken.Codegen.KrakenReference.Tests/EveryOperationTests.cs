using System.Reflection;
using System.Text.Json;
using Kraken.Codegen.Runtime;
using Xunit.Abstractions;

namespace Kraken.Codegen.KrakenReference.Tests;

/// <summary>
/// Every documented operation of the reference, called through the generated client against the mock servers, with
/// the reference's example variables; the answer must read into the generated records without error and equal the
/// reference's example response (see <see cref="ExampleComparison"/> for what "equal" means per kind of value).
/// </summary>
public sealed class EveryOperationTests(KrakenReferenceServers servers, ITestOutputHelper output) : IClassFixture<KrakenReferenceServers>
{
    /// <summary>
    /// Entries the reference prints without an example response, so only the call itself is checked. ActiveTariffs:
    /// its heading and response were lost in the reference (line 799 on: the entry starts at its argument table and
    /// the next entry follows its variables directly).
    /// </summary>
    private static readonly IReadOnlySet<string> WithoutExampleResponse = new HashSet<string>(StringComparer.Ordinal)
    {
        "kraken-oeg/ActiveTariffs",
    };

    public static TheoryData<string> Operations()
    {
        var data = new TheoryData<string>();
        foreach (var operation in ReferenceText.Operations)
        {
            data.Add(operation.Id);
        }

        return data;
    }

    [Fact]
    public void The_reference_documents_105_operations_on_two_servers()
    {
        var operations = ReferenceText.Operations;
        Assert.Equal(102, operations.Count(operation => operation.Folder == ReferenceText.ApiFolder));
        Assert.Equal(3, operations.Count(operation => operation.Folder == ReferenceText.AuthFolder));
        Assert.Equal(operations.Count, operations.Select(operation => operation.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(WithoutExampleResponse.Order(StringComparer.Ordinal),
            operations.Where(operation => operation.Response is null).Select(operation => operation.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_mock_servers_loaded_the_example_values()
    {
        // Counted from the files independently of the loader.
        foreach (var folder in new[] { ReferenceText.ApiFolder, ReferenceText.AuthFolder })
        {
            using var document = JsonDocument.Parse(File.ReadAllText(TestFiles.ExamplesPath(folder)));
            Assert.Equal(document.RootElement.GetProperty("fields").EnumerateObject().Count(), servers.ExampleCounts[folder]);
            Assert.Empty(document.RootElement.GetProperty("conflicts").EnumerateArray());
        }

        Assert.True(servers.ExampleCounts[ReferenceText.ApiFolder] > 0);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_answers_the_reference_example(string id)
    {
        var operation = ReferenceText.Find(id);
        var client = servers.Client(operation.Folder);
        var method = client.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Single(candidate => candidate.Name == operation.Name + "Async"
                && candidate.ReturnType.IsGenericType
                && candidate.ReturnType.GetGenericTypeDefinition() == typeof(Task<>));
        var notes = new List<string>();
        var arguments = VariableBinder.Bind(method, operation.Variables, notes);

        var captured = ResponseCapture.Begin();
        var task = (Task)method.Invoke(client, arguments)!;
        await task;
        var result = task.GetType().GetProperty("Result")!.GetValue(task)!;

        // The typed result: no errors, data present, every record read by the generated reader.
        var data = result.GetType().GetMethod(nameof(GraphQLResult<object>.GetDataOrThrow))!.Invoke(result, null);
        Assert.NotNull(data);
        Assert.NotNull(captured.Value);
        using var body = JsonDocument.Parse(captured.Value!);
        Assert.False(body.RootElement.TryGetProperty("errors", out _), captured.Value);

        output.WriteLine($"{id} (reference line {operation.Line}): {method.Name}({string.Join(", ", method.GetParameters().Select(parameter => parameter.Name))})");
        foreach (var note in notes)
        {
            output.WriteLine($"  variables: {note}");
        }

        if (operation.Response is not { } example)
        {
            Assert.Contains(id, WithoutExampleResponse);
            output.WriteLine("  the reference shows no example response for this entry; the call and the typed read are checked");
            return;
        }

        var comparison = ExampleComparison.Run(SchemaIndex.Load(operation.Folder), example.GetProperty("data"), body.RootElement.GetProperty("data"));
        output.WriteLine($"  {comparison.ComparedLeaves} scalar leaves compared, all must be equal");
        foreach (var check in comparison.TypenameChecks)
        {
            output.WriteLine($"  bare type name: {check}");
        }

        foreach (var scalar in comparison.ScalarTypeNames)
        {
            output.WriteLine($"  scalar type name: {scalar}");
        }

        foreach (var added in comparison.AddedTypenames)
        {
            output.WriteLine($"  added by the generator (not in the example): {added}");
        }

        if (comparison.NotSelected.Count > 0)
        {
            output.WriteLine($"  shown by the example but not selected by the operation ({comparison.NotSelected.Count}): {string.Join(", ", comparison.NotSelected)}");
        }

        Assert.True(comparison.Mismatches.Count == 0, $"{id}: {comparison.Mismatches.Count} difference(s) from the reference example:\n" + string.Join("\n", comparison.Mismatches));
        Assert.True(comparison.ComparedLeaves + comparison.TypenameChecks.Count + comparison.ScalarTypeNames.Count > 0,
            $"{id}: nothing of the example response was compared");
    }
}
