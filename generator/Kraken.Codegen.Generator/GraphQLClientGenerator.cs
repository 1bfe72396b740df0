using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Generator.Analysis;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;
using Kraken.Codegen.Generator.Pipeline;
using Microsoft.CodeAnalysis;

namespace Kraken.Codegen.Generator;

/// <summary>
/// The incremental pipeline: .graphql files and schema files in, typed records, enums, inputs, fragment interfaces
/// and a client out. Each step's value compares by content, so an edit re-runs only what it affects. The pure logic
/// of each step is in <c>GraphQLClientGenerator.Execute.cs</c>; validation diagnostics come from
/// <see cref="GraphQLDocumentAnalyzer"/>, and the generator reports only what stops it from generating.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class GraphQLClientGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => GraphQLFiles.ReadSettings(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        // Every step that touches a file's content runs it through StepGuard: a failure becomes KGQL0505 on that file,
        // and every other file still generates (an exception escaping here would hide all output behind CS8785).
        var reads = context.AdditionalTextsProvider
            .Where(text => GraphQLFiles.IsCandidate(text.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, cancellationToken) => GraphQLFiles.ReadGuarded(pair.Left, pair.Right, DiagnosticDescriptors.GeneratorFailure, cancellationToken));

        var files = reads
            .Where(read => read.File is not null)
            .Select((read, _) => read.File!)
            .WithTrackingName(TrackingNames.Files);

        var schemas = files
            .Where(file => file.Kind != GraphQLFileKind.Operations)
            .Collect()
            .Select(LoadSchemas)
            .WithTrackingName(TrackingNames.Schemas);

        var operationFiles = files
            .Where(file => file.Kind == GraphQLFileKind.Operations)
            .Select((file, cancellationToken) => OperationFileParser.ParseGuarded(file, cancellationToken))
            .WithTrackingName(TrackingNames.OperationFiles);

        var fragments = operationFiles
            .Collect()
            .Select((all, _) => all.SelectMany(file => file.Fragments).OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.Fragments);

        var operationIdentities = operationFiles
            .Collect()
            .Select((all, _) => all.SelectMany(file => file.Operations).Select(o => new OperationIdentity(o.GroupDirectory, o.Name, o.Kind, o.Path)).ToEquatableArray())
            .WithTrackingName(TrackingNames.OperationIdentities);

        // Each Combine is followed by a Select into a class: Roslyn's driver is generic over every value type that flows
        // through it, and nested tuples of tuples would each cost a fresh compiler process its own JIT compilation.
        var generatorContext = schemas
            .Combine(fragments)
            .Select((pair, _) => new SchemasAndFragments(pair.Left, pair.Right))
            .Combine(operationIdentities.Combine(settings).Select((pair, _) => new IdentitiesAndSettings(pair.Left, pair.Right)))
            .Select((pair, _) => new GeneratorContext(pair.Left.Schemas.Groups, pair.Left.Fragments, pair.Right.Operations, pair.Right.Settings))
            .WithTrackingName(TrackingNames.Context);

        var operations = operationFiles
            .SelectMany((file, _) => file.Operations)
            .WithTrackingName(TrackingNames.Operations);

        // Validity is decided once per document set (and shared with the analyzer); each operation then looks up its own,
        // so an edit that leaves an operation's validity alone leaves its binding cached.
        var validation = files
            .Where(file => file.Kind == GraphQLFileKind.Operations)
            .Collect()
            .Combine(schemas.Combine(settings).Select((pair, _) => new SchemasAndSettings(pair.Left, pair.Right)))
            .Select((pair, cancellationToken) => ValidateOperations(pair.Left, pair.Right.Schemas, pair.Right.Settings, cancellationToken))
            .WithTrackingName(TrackingNames.Validation);

        var checkedOperations = operations
            .Combine(validation)
            .Select((pair, _) => new CheckedOperation(pair.Left, pair.Right.Valid.Contains(pair.Left)))
            .WithTrackingName(TrackingNames.CheckedOperations);

        // Each operation's own slice of the context: an edit elsewhere that leaves the slice equal leaves its binding cached.
        var bindingInputs = checkedOperations
            .Combine(generatorContext)
            .Select((pair, _) => pair.Right.InputOf(pair.Left))
            .WithTrackingName(TrackingNames.BindingInputs);

        // Binding and rendering an operation are pure functions of its input, and a first run (a fresh compiler process,
        // a CI build) has every operation to do: they are done here on all cores, into RecentBindings and RecentRenders,
        // where the per-operation steps below find them. The value of this step is always equal, so it never makes a
        // later step run again; when nothing changed, its lookups find everything cached.
        var prepared = bindingInputs
            .Collect()
            .Select((inputs, cancellationToken) => PrepareOperations(inputs, cancellationToken))
            .WithTrackingName(TrackingNames.PreparedOperations);

        // Roslyn matches values by position: operations that an insertion moved come back here, and get the value bound before.
        var bound = bindingInputs
            .Combine(prepared)
            .Select((pair, cancellationToken) => RecentBindings.GetOrBind(pair.Left, cancellationToken, BindOperation))
            .WithTrackingName(TrackingNames.BoundOperations);

        context.RegisterSourceOutput(bound.Where(b => b.Binding.Spec is not null), EmitOperation);

        var shared = bound
            .Collect()
            .Combine(generatorContext)
            .Select((pair, cancellationToken) => BuildSharedTypes(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.SharedTypes);

        context.RegisterSourceOutput(shared.SelectMany((s, _) => s.Enums).WithTrackingName(TrackingNames.Enums), (output, item) => Emit(output, item.SchemaPath, item.Spec.HintName, item.Spec, Emitting.Emitter.EmitEnum));
        context.RegisterSourceOutput(shared.SelectMany((s, _) => s.InputObjects).WithTrackingName(TrackingNames.InputObjects), (output, item) => Emit(output, item.SchemaPath, item.Spec.HintName, item.Spec, Emitting.Emitter.EmitInputObject));
        context.RegisterSourceOutput(shared.SelectMany((s, _) => s.FragmentInterfaces).WithTrackingName(TrackingNames.FragmentInterfaces), (output, item) => Emit(output, item.SchemaPath, item.Spec.HintName, item.Spec, Emitting.Emitter.EmitFragmentInterface));
        context.RegisterSourceOutput(shared.SelectMany((s, _) => s.Clients).WithTrackingName(TrackingNames.Clients), (output, item) => Emit(output, item.SchemaPath, item.Spec.HintName, item.Spec, Emitting.Emitter.EmitClient));

        // Diagnostics travel apart from the code, so a diagnostic moving with an edit never re-renders C#.
        // Operation diagnostics are placed at the operation's head here, after binding, so a line added above an
        // operation moves its diagnostic without binding it again.
        var operationHeads = operationFiles.Select((file, _) => file.Heads).Collect();
        var operationDiagnostics = bound.Where(b => b.Diagnostics.Count > 0)
            .Collect()
            .Combine(operationHeads)
            .Select((pair, _) => PlaceAtHeads(pair.Left, pair.Right).ToEquatableArray());
        var fileFailures = reads.Where(read => read.Failure is not null).Select((read, _) => read.Failure!).Collect()
            .Combine(operationFiles.Where(file => file.Failure is not null).Select((file, _) => file.Failure!).Collect())
            .Select((pair, _) => pair.Left.Concat(pair.Right).ToEquatableArray());
        var diagnostics = operationDiagnostics
            .Combine(shared.Select((s, _) => s.Diagnostics))
            .Select((pair, _) => pair.Left.Concat(pair.Right).ToEquatableArray())
            .Combine(schemas.Select((s, _) => s.Diagnostics))
            .Select((pair, _) => pair.Left.Concat(pair.Right).ToEquatableArray())
            .Combine(validation.Select((v, _) => v.Diagnostics))
            .Select((pair, _) => pair.Left.Concat(pair.Right).ToEquatableArray())
            .Combine(fileFailures)
            .Select((pair, _) => pair.Left.Concat(pair.Right).Distinct().ToEquatableArray())
            .WithTrackingName(TrackingNames.GeneratorDiagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, list) =>
        {
            foreach (var diagnostic in list)
            {
                output.ReportDiagnostic(RoslynDiagnostics.Create(diagnostic));
            }
        });
    }
}
