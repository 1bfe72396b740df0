using Kraken.Codegen.Generator.Pipeline;
using Microsoft.CodeAnalysis;

namespace Kraken.Codegen.Generator.Tests.Incremental;

/// <summary>
/// A compiler server starts a new generator driver for every build. Work that is a pure function of its input
/// (bound operations, rendered files) is remembered in the process by content, so a new driver on identical input
/// reuses it, and a new driver on changed input never gets a stale result.
/// </summary>
public sealed class CrossDriverCacheTests
{
    private const string Operation = "query Account($n: String!) { account(accountNumber: $n) { id number } }";

    [Fact]
    public void A_new_driver_on_identical_input_reuses_the_bound_operation_and_the_rendered_text()
    {
        // A path of its own keeps this input apart from every other test's in the process-wide caches.
        var files = Files(UniqueFolder(), TestSchemas.Accounts, Operation);
        var compilation = GeneratorHarness.CreateCompilation("namespace User { public sealed class Existing { } }");

        var first = GeneratorHarness.CreateDriver(files).RunGenerators(compilation).GetRunResult().Results.Single();
        var second = GeneratorHarness.CreateDriver(files).RunGenerators(compilation).GetRunResult().Results.Single();

        // The second driver has no step values of its own; it gets the very objects the first one made.
        Assert.Same(BoundAccount(first), BoundAccount(second));
        var firstText = AccountFile(first).SourceText.ToString();
        var secondText = AccountFile(second).SourceText.ToString();
        Assert.Same(firstText, secondText);

        // The client and the shared files are reused the same way.
        Assert.Same(ClientFile(first).SourceText.ToString(), ClientFile(second).SourceText.ToString());
    }

    [Fact]
    public void A_new_driver_on_changed_input_gets_fresh_results()
    {
        var folder = UniqueFolder();
        var compilation = GeneratorHarness.CreateCompilation("namespace User { public sealed class Existing { } }");
        var original = GeneratorHarness.CreateDriver(Files(folder, TestSchemas.Accounts, Operation)).RunGenerators(compilation).GetRunResult().Results.Single();

        // The operation edited: one more field.
        var edited = GeneratorHarness.CreateDriver(Files(folder, TestSchemas.Accounts, Operation.Replace("id number", "id number balance", StringComparison.Ordinal)))
            .RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.NotSame(BoundAccount(original), BoundAccount(edited));
        Assert.DoesNotContain("Balance", AccountFile(original).SourceText.ToString(), StringComparison.Ordinal);
        Assert.Contains("Balance", AccountFile(edited).SourceText.ToString(), StringComparison.Ordinal);

        // The schema edited: a field's description, which the generated property documents.
        var schema = TestSchemas.Accounts.Replace("  number: String!", "  \"The account number, as printed on bills.\"\n  number: String!", StringComparison.Ordinal);
        Assert.NotEqual(TestSchemas.Accounts, schema);
        var describedText = AccountFile(GeneratorHarness.CreateDriver(Files(folder, schema, Operation)).RunGenerators(compilation).GetRunResult().Results.Single()).SourceText.ToString();
        Assert.DoesNotContain("as printed on bills", AccountFile(original).SourceText.ToString(), StringComparison.Ordinal);
        Assert.Contains("as printed on bills", describedText, StringComparison.Ordinal);

        // A setting changed: the root namespace.
        var options = new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Other.Client" });
        var renamed = GeneratorHarness.CreateDriver(Files(folder, TestSchemas.Accounts, Operation), options).RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Contains("namespace Test.Client", AccountFile(original).SourceText.ToString(), StringComparison.Ordinal);
        Assert.Contains("namespace Other.Client", AccountFile(renamed).SourceText.ToString(), StringComparison.Ordinal);
        Assert.Contains("namespace Other.Client", ClientFile(renamed).SourceText.ToString(), StringComparison.Ordinal);

        // And back to the original input: the remembered results again, equal to the first run's.
        var again = GeneratorHarness.CreateDriver(Files(folder, TestSchemas.Accounts, Operation)).RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Equal(AccountFile(original).SourceText.ToString(), AccountFile(again).SourceText.ToString());
    }

    private static string UniqueFolder() => "/cache" + Guid.NewGuid().ToString("N") + "/GraphQL/";

    private static InMemoryAdditionalText[] Files(string folder, string schema, string operation) =>
        new[] { new InMemoryAdditionalText(folder + "schema.graphqls", schema), new InMemoryAdditionalText(folder + "Account.graphql", operation) };

    private static GeneratedSourceResult AccountFile(GeneratorRunResult run) =>
        Assert.Single(run.GeneratedSources, s => s.HintName.EndsWith("AccountQuery.g.cs", StringComparison.Ordinal));

    private static GeneratedSourceResult ClientFile(GeneratorRunResult run) =>
        Assert.Single(run.GeneratedSources, s => s.HintName.EndsWith("Client.g.cs", StringComparison.Ordinal));

    private static object BoundAccount(GeneratorRunResult run) =>
        Assert.Single(run.TrackedSteps[TrackingNames.BoundOperations].SelectMany(step => step.Outputs), o => SpecOf(o.Value) is { } spec && spec.GetType().GetProperty("OperationName")!.GetValue(spec) as string == "Account").Value;

    private static object SpecOf(object bound) =>
        bound.GetType().GetProperty("Binding")!.GetValue(bound)!.GetType().GetProperty("Spec")!.GetValue(bound.GetType().GetProperty("Binding")!.GetValue(bound))!;
}
