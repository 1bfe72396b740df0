using Kraken.Codegen.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kraken.Codegen.Generator.Tests.Incremental;

/// <summary>
/// The pipeline re-runs only what an edit affects. These tests edit one input, run the generator again on the same
/// driver, and read the tracked steps' reasons (New, Modified, Unchanged, Cached).
/// </summary>
public sealed class CachingTests
{
    private const string SchemaPath = "/project/GraphQL/schema.graphqls";
    private const string AccountPath = "/project/GraphQL/Account.graphql";
    private const string CitiesPath = "/project/GraphQL/Cities.graphql";

    private static readonly InMemoryAdditionalText Schema = new(SchemaPath, TestSchemas.Accounts);
    private static readonly InMemoryAdditionalText Account = new(AccountPath, "query Account($n: String!) { account(accountNumber: $n) { id number } }");
    private static readonly InMemoryAdditionalText Cities = new(CitiesPath, "query Cities($p: String!) { cityByPostcode(postcode: $p) { name } }");

    [Fact]
    public void Editing_one_operation_file_regenerates_that_operation_only()
    {
        var (driver, compilation) = FirstRun(Schema, Account, Cities);

        var edited = new InMemoryAdditionalText(AccountPath, "query Account($n: String!) { account(accountNumber: $n) { id number balance } }");
        driver = driver.ReplaceAdditionalText(Account, edited).RunGenerators(compilation);
        var run = driver.GetRunResult().Results.Single();

        var bound = OutputsOf(run, TrackingNames.BoundOperations);
        Assert.Contains(bound, o => Describes(o.Value, "Account") && o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(bound, o => Describes(o.Value, "Cities") && o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);

        var sourceOutputs = run.TrackedOutputSteps["SourceOutput"].SelectMany(step => step.Outputs).ToList();
        Assert.DoesNotContain(OutputsOf(run, TrackingNames.Schemas), o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        Assert.Contains(sourceOutputs, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(1, bound.Count(o => o.Reason == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Inserting_an_operation_above_others_in_a_file_binds_only_the_new_one()
    {
        // A unique comment keeps this input apart from every other test's (bound operations are remembered by input).
        var path = "/project/GraphQL/Several" + Guid.NewGuid().ToString("N") + ".graphql";
        const string others = "query First($n: String!) { account(accountNumber: $n) { id number } }\n\nquery Second($p: String!) { cityByPostcode(postcode: $p) { name } }\n";
        var original = new InMemoryAdditionalText(path, others);
        var (driver, compilation) = FirstRun(Schema, original);
        var before = OutputsOf(driver.GetRunResult().Results.Single(), TrackingNames.BoundOperations);

        var edited = new InMemoryAdditionalText(path, "query Inserted($n: String!) { account(accountNumber: $n) { balance } }\n\n" + others);
        driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);
        var run = driver.GetRunResult().Results.Single();
        var after = OutputsOf(run, TrackingNames.BoundOperations);

        // Roslyn matches values by position, so the two moved operations reach the binding step again; they must come
        // back as the very values bound before (nothing bound again), and only the inserted one is new.
        Assert.Equal(3, after.Count);
        Assert.Same(Single(before, "First"), Single(after, "First"));
        Assert.Same(Single(before, "Second"), Single(after, "Second"));
        Assert.DoesNotContain(before, o => Describes(o.Value, "Inserted"));
        Assert.Contains(run.GeneratedSources, s => s.HintName.EndsWith("InsertedQuery.g.cs", StringComparison.Ordinal));
        Assert.Contains(run.GeneratedSources, s => s.HintName.EndsWith("FirstQuery.g.cs", StringComparison.Ordinal));

        static object Single(List<(object Value, IncrementalStepRunReason Reason)> outputs, string operation) =>
            Assert.Single(outputs, o => Describes(o.Value, operation)).Value;
    }

    [Fact]
    public void Lines_added_above_an_operation_move_its_generator_diagnostic_without_binding_it_again()
    {
        // An anonymous operation cannot be generated (KGQL0502, reported by the generator at the operation's head).
        var path = "/project/GraphQL/Anonymous" + Guid.NewGuid().ToString("N") + ".graphql";
        const string operation = "query { account(accountNumber: \"A\") { id } }\n";
        var original = new InMemoryAdditionalText(path, operation);
        var (driver, compilation) = FirstRun(Schema, original);
        var first = driver.GetRunResult().Results.Single();
        Assert.Equal(0, Assert.Single(first.Diagnostics, d => d.Id == "KGQL0502").Location.GetLineSpan().StartLinePosition.Line);
        var before = Assert.Single(OutputsOf(first, TrackingNames.BoundOperations)).Value;

        var edited = new InMemoryAdditionalText(path, "# a comment\n\n" + operation);
        driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);
        var run = driver.GetRunResult().Results.Single();

        Assert.Same(before, Assert.Single(OutputsOf(run, TrackingNames.BoundOperations)).Value);
        var moved = Assert.Single(run.Diagnostics, d => d.Id == "KGQL0502").Location.GetLineSpan();
        Assert.Equal(path, moved.Path);
        Assert.Equal(2, moved.StartLinePosition.Line);
        Assert.Equal(0, moved.StartLinePosition.Character);
    }

    [Fact]
    public void A_csharp_only_edit_runs_no_graphql_step()
    {
        var (driver, compilation) = FirstRun(Schema, Account, Cities);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace User { public sealed class Added { } }", GeneratorHarness.ParseOptions));
        driver = driver.RunGenerators(edited);
        var run = driver.GetRunResult().Results.Single();

        foreach (var step in new[] { TrackingNames.Files, TrackingNames.Schemas, TrackingNames.OperationFiles, TrackingNames.Fragments, TrackingNames.Context, TrackingNames.Validation, TrackingNames.CheckedOperations, TrackingNames.BindingInputs, TrackingNames.PreparedOperations, TrackingNames.BoundOperations, TrackingNames.SharedTypes })
        {
            var outputs = OutputsOf(run, step);
            Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }
    }

    [Fact]
    public void A_schema_edit_that_touches_one_type_leaves_unrelated_operations_unchanged()
    {
        var (driver, compilation) = FirstRun(Schema, Account, Cities);

        // Only City changes; the Account operation's generated code must not change.
        var editedSchema = new InMemoryAdditionalText(SchemaPath, TestSchemas.Accounts.Replace("type City { name: String! postcode: String! }", "type City { name: String! postcode: String! population: Int }"));
        driver = driver.ReplaceAdditionalText(Schema, editedSchema).RunGenerators(compilation);
        var run = driver.GetRunResult().Results.Single();

        var bound = OutputsOf(run, TrackingNames.BoundOperations);
        Assert.Contains(bound, o => Describes(o.Value, "Account") && o.Reason == IncrementalStepRunReason.Unchanged);
        Assert.Contains(bound, o => Describes(o.Value, "Cities") && o.Reason == IncrementalStepRunReason.Unchanged);
        Assert.Contains(OutputsOf(run, TrackingNames.Schemas), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Pipeline_models_hold_no_compiler_objects()
    {
        var (driver, _) = FirstRun(Schema, Account, Cities);
        var run = driver.GetRunResult().Results.Single();
        var forbidden = new[] { typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(Location), typeof(AdditionalText), typeof(Diagnostic), typeof(SemanticModel) };

        // Only the project's own steps: Roslyn's input steps (AdditionalTexts, Compilation, …) legitimately hold its objects.
        var ownSteps = typeof(TrackingNames).GetFields().Select(field => (string)field.GetValue(null)!).ToHashSet();
        Assert.NotEmpty(ownSteps);
        foreach (var (name, steps) in run.TrackedSteps.Where(pair => ownSteps.Contains(pair.Key)))
        {
            foreach (var output in steps.SelectMany(step => step.Outputs))
            {
                foreach (var value in Flatten(output.Value))
                {
                    Assert.False(forbidden.Any(type => type.IsInstanceOfType(value)), $"Step '{name}' holds a {value.GetType().Name}, which defeats caching.");
                }
            }
        }
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun(params InMemoryAdditionalText[] files)
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace User { public sealed class Existing { } }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> OutputsOf(GeneratorRunResult run, string stepName) =>
        run.TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(step => step.Outputs).ToList()
            : throw new Xunit.Sdk.XunitException($"No tracked step named '{stepName}'.");

    private static bool Describes(object value, string operationName) =>
        value.GetType().GetProperty("Binding")?.GetValue(value) is { } binding
        && binding.GetType().GetProperty("Spec")?.GetValue(binding) is { } spec
        && (string?)spec.GetType().GetProperty("OperationName")?.GetValue(spec) == operationName;

    // Tuples from Combine nest values; look inside them.
    private static IEnumerable<object> Flatten(object value)
    {
        yield return value;
        var type = value.GetType();
        if (type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal))
        {
            foreach (var field in type.GetFields())
            {
                if (field.GetValue(value) is { } item)
                {
                    foreach (var inner in Flatten(item))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }
}
