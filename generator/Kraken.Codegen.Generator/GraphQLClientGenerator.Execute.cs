using System.Collections.Immutable;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Generator.Analysis;
using Kraken.Codegen.Generator.Binding;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Emitting;
using Kraken.Codegen.Generator.Model;
using Kraken.Codegen.Generator.Pipeline;
using Microsoft.CodeAnalysis;

namespace Kraken.Codegen.Generator;

/// <summary>The schemas of the project, compared by their groups (see <see cref="SchemaGroup"/>).</summary>
internal sealed class LoadedSchemas : IEquatable<LoadedSchemas>
{
    public LoadedSchemas(IReadOnlyList<SchemaGroup> groups, EquatableArray<GraphQLDiagnostic> diagnostics)
    {
        Groups = groups;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<SchemaGroup> Groups { get; }

    /// <summary>Problems that stop generation (no schema at all); schema errors themselves are the analyzer's.</summary>
    public EquatableArray<GraphQLDiagnostic> Diagnostics { get; }

    public bool Equals(LoadedSchemas? other) =>
        other is not null && Diagnostics.Equals(other.Diagnostics) && SchemaGroup.SameGroups(Groups, other.Groups);

    public override bool Equals(object? obj) => Equals(obj as LoadedSchemas);

    public override int GetHashCode() => SchemaGroup.GroupsHashCode(Groups);
}

/// <summary>Two pipeline values joined into one class (see the note on Combine in the pipeline).</summary>
internal sealed record SchemasAndFragments(LoadedSchemas Schemas, EquatableArray<FragmentSource> Fragments);

/// <summary>Two pipeline values joined into one class.</summary>
internal sealed record IdentitiesAndSettings(EquatableArray<OperationIdentity> Operations, GeneratorSettings Settings);

/// <summary>Two pipeline values joined into one class.</summary>
internal sealed record SchemasAndSettings(LoadedSchemas Schemas, GeneratorSettings Settings);

/// <summary>Which operations of the project are valid, with the diagnostics of a validation that failed unexpectedly.</summary>
internal sealed record OperationValidation(ValidOperations Valid, EquatableArray<GraphQLDiagnostic> Diagnostics);

/// <summary>One operation and whether validation found it free of errors.</summary>
internal sealed record CheckedOperation(OperationSource Source, bool IsValid);

/// <summary>Everything binding one operation depends on (<see cref="GroupBinding"/> is null when no schema covers it).</summary>
/// <param name="GroupFailed">The operation's group could not be prepared for binding (reported once, on its schema).</param>
internal sealed record BindingInput(CheckedOperation Operation, GroupBinding? Group, string HintName, bool GroupFailed = false);

/// <summary>
/// One operation after binding, with the generator diagnostics that concern it. Those are placed at the start of the
/// operation's own text (binding does not know where the operation sits in its file); <see cref="PlaceAtHeads"/> moves
/// them to the operation's head in the file.
/// </summary>
internal sealed record BoundOperation(OperationBinding Binding, string SourcePath, string OperationName, string? GroupDirectory, EquatableArray<GraphQLDiagnostic> Diagnostics);

/// <summary>The value of the step that binds and renders operations ahead of their own steps: always equal, it carries nothing.</summary>
internal sealed class PreparedOperations : IEquatable<PreparedOperations>
{
    public static readonly PreparedOperations Instance = new();

    private PreparedOperations()
    {
    }

    public bool Equals(PreparedOperations? other) => other is not null;

    public override bool Equals(object? obj) => obj is PreparedOperations;

    public override int GetHashCode() => 0;
}

/// <summary>The schema-level files: enums, input objects, fragment interfaces and clients of every group.</summary>
internal sealed record SharedTypes(
    EquatableArray<FromSchema<EnumSpec>> Enums,
    EquatableArray<FromSchema<InputObjectSpec>> InputObjects,
    EquatableArray<FromSchema<FragmentInterfaceSpec>> FragmentInterfaces,
    EquatableArray<FromSchema<ClientSpec>> Clients,
    EquatableArray<GraphQLDiagnostic> Diagnostics);

/// <summary>A schema-level file's spec with the schema file it comes from, where a failure to render it is reported.</summary>
internal sealed record FromSchema<T>(string SchemaPath, T Spec);

public sealed partial class GraphQLClientGenerator
{
    private static LoadedSchemas LoadSchemas(ImmutableArray<GraphQLFileInput> files, CancellationToken cancellationToken)
    {
        // Each group's schema loads through StepGuard: a group that fails is kept, empty, with its failure.
        var groups = SchemaGroups.Build(files, cancellationToken);
        var failures = groups
            .Where(group => group.LoadFailure is not null)
            .Select(group => StepGuard.Failure(DiagnosticDescriptors.GeneratorFailure, StepGuard.LoadSchema, group.MainSchemaPath, group.LoadFailure!));
        return new LoadedSchemas(groups, failures.ToEquatableArray());
    }

    private static OperationValidation ValidateOperations(ImmutableArray<GraphQLFileInput> operationFiles, LoadedSchemas schemas, GeneratorSettings settings, CancellationToken cancellationToken)
    {
        var valid = new List<OperationKey>();
        var diagnostics = new List<GraphQLDiagnostic>();
        foreach (var group in GroupValidation.ByGroup(operationFiles, schemas.Groups))
        {
            // No schema (reported by binding) or one that failed to load (reported above): nothing is valid.
            if (group.Key is not { LoadFailure: null } schemaGroup)
            {
                continue;
            }

            var guarded = GroupValidation.Validate(schemaGroup, group, settings, cancellationToken);
            diagnostics.AddRange(guarded.Failures.Select(failure => StepGuard.Failure(DiagnosticDescriptors.GeneratorFailure, StepGuard.Validate, failure.Path, failure.Failure)));
            if (guarded.Validation is { } validation)
            {
                valid.AddRange(validation.ValidOperations.Select(o => new OperationKey(o.Path, o.Name)));
            }
        }

        return new OperationValidation(new ValidOperations(valid), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Binds and renders the operations on all cores, into <see cref="RecentBindings"/> and <see cref="RecentRenders"/>;
    /// the per-operation steps then take the results from there. Nothing here reports or throws (but cancellation): a
    /// failure is met again, and reported on its file, by the step that owns it.
    /// </summary>
    private static PreparedOperations PrepareOperations(ImmutableArray<BindingInput> inputs, CancellationToken cancellationToken)
    {
        // More than the caches hold would be done twice.
        if (inputs.Length > RecentBindings.Capacity / 2)
        {
            return PreparedOperations.Instance;
        }

        // A first run, or a change that touches most operations (a schema edit), has them nearly all to do; an edit of a
        // few leaves them to their own steps (Roslyn keeps the values of the others), which spares threads and lookups
        // where they gain nothing, and work the caches have forgotten but Roslyn has not (an IDE serving many projects).
        var missing = inputs.Where(input => !RecentBindings.Holds(input)).ToList();
        if (missing.Count < MinimumToPrepare || missing.Count * 2 < inputs.Length)
        {
            return PreparedOperations.Instance;
        }

        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.ForEach(missing, options, input =>
        {
            try
            {
                if (RecentBindings.GetOrBind(input, cancellationToken, BindOperation).Binding.Spec is { } spec)
                {
                    RecentRenders.GetOrRender(spec, Emitter.EmitOperation);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Rendered again by the emit step, which reports the failure as KGQL0505 on the operation's file.
            }
        });
        return PreparedOperations.Instance;
    }

    // Below this many operations to bind, threads cost about what they save.
    private const int MinimumToPrepare = 8;

    private static BoundOperation BindOperation(BindingInput input, CancellationToken cancellationToken)
    {
        var operation = input.Operation.Source;
        var location = StartOf(operation);
        return StepGuard.Run(
            StepGuard.Bind,
            operation.Path,
            () => BindOperationCore(input, location, cancellationToken),
            exception =>
            {
                var failure = StepGuard.Failure(DiagnosticDescriptors.GeneratorFailure, StepGuard.Bind, operation.Path, exception, location);
                return new BoundOperation(OperationBinding.None, operation.Path, operation.Name, null, new[] { failure }.ToEquatableArray());
            },
            cancellationToken);
    }

    private static SourceLocation StartOf(OperationSource operation) =>
        new SourceFile(operation.Path, operation.Text).GetLocation(0, Math.Min(operation.Text.Length, 1)) with { Path = operation.Path };

    private static BoundOperation BindOperationCore(BindingInput input, SourceLocation location, CancellationToken cancellationToken)
    {
        var operation = input.Operation.Source;
        if (input.GroupFailed)
        {
            return new BoundOperation(OperationBinding.None, operation.Path, operation.Name, null, EquatableArray<GraphQLDiagnostic>.Empty);
        }

        if (input.Group is not { } group)
        {
            var noSchema = DiagnosticDescriptors.NoSchema.Create(
                location,
                $"No schema covers '{operation.Path}': add a schema file (*.graphqls, schema.graphql or *.schema.json) to its folder or a folder above it.");
            return new BoundOperation(OperationBinding.None, operation.Path, operation.Name, null, new[] { noSchema }.ToEquatableArray());
        }

        if (operation.Name.Length == 0)
        {
            var anonymous = DiagnosticDescriptors.AnonymousOperation.Create(location, "Anonymous operations cannot be generated: give the operation a name (query Name { … }).");
            return new BoundOperation(OperationBinding.None, operation.Path, operation.Name, group.Group.Directory, new[] { anonymous }.ToEquatableArray());
        }

        // The analyzer reports why an operation is invalid, at its place in the file; nothing is generated for it.
        var binding = input.Operation.IsValid ? OperationBinder.Bind(operation, group, input.HintName, cancellationToken) : OperationBinding.None;
        return new BoundOperation(binding, operation.Path, operation.Name, group.Group.Directory, EquatableArray<GraphQLDiagnostic>.Empty);
    }

    /// <summary>The diagnostics of bound operations, each moved from the start of its operation's text to the operation's head in its file.</summary>
    private static IEnumerable<GraphQLDiagnostic> PlaceAtHeads(ImmutableArray<BoundOperation> bound, ImmutableArray<EquatableArray<OperationHead>> heads)
    {
        var headOf = new Dictionary<(string Path, string Name), SourceLocation>();
        foreach (var head in heads.SelectMany(h => h))
        {
            // An operation written twice keeps its first head (the duplicate is the analyzer's KGQL0203).
            if (!headOf.ContainsKey((head.Path, head.Name)))
            {
                headOf[(head.Path, head.Name)] = head.Location;
            }
        }

        foreach (var operation in bound)
        {
            foreach (var diagnostic in operation.Diagnostics)
            {
                yield return diagnostic.Location is { } at && at.Path == operation.SourcePath && headOf.TryGetValue((operation.SourcePath, operation.OperationName), out var head)
                    ? diagnostic with { Location = head }
                    : diagnostic;
            }
        }
    }

    private static void EmitOperation(SourceProductionContext output, BoundOperation bound) =>
        Emit(output, bound.SourcePath, bound.Binding.Spec!.HintName, bound.Binding.Spec!, Emitter.EmitOperation);

    /// <summary>
    /// Adds the file rendered from <paramref name="spec"/>, reusing the text of an equal spec rendered before in this
    /// process; a failure is KGQL0505 on <paramref name="sourcePath"/>, the file it comes from.
    /// </summary>
    private static void Emit<TSpec>(SourceProductionContext output, string sourcePath, string hintName, TSpec spec, Func<TSpec, string> render)
        where TSpec : class, IEquatable<TSpec> =>
        StepGuard.Run(
            StepGuard.Emit,
            sourcePath,
            () =>
            {
                output.AddSource(hintName, RecentRenders.GetOrRender(spec, render));
                return true;
            },
            exception =>
            {
                output.ReportDiagnostic(RoslynDiagnostics.Create(StepGuard.Failure(DiagnosticDescriptors.GeneratorFailure, StepGuard.Emit, sourcePath, exception)));
                return false;
            },
            output.CancellationToken);

    private static SharedTypes BuildSharedTypes(ImmutableArray<BoundOperation> operations, GeneratorContext context, CancellationToken cancellationToken)
    {
        var diagnostics = new List<GraphQLDiagnostic>();
        foreach (var error in context.Settings.ConfigurationErrors)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidConfiguration.Create(null, error));
        }

        var perGroup = new List<SharedTypes>();
        diagnostics.AddRange(context.Failures);
        foreach (var group in context.Groups.Where(g => g.LoadFailure is null && context.IsBound(g)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            perGroup.Add(StepGuard.Run(
                StepGuard.SharedTypes,
                group.MainSchemaPath,
                () => BuildSharedTypesOf(group, operations, context),
                exception => new SharedTypes(
                    EquatableArray<FromSchema<EnumSpec>>.Empty,
                    EquatableArray<FromSchema<InputObjectSpec>>.Empty,
                    EquatableArray<FromSchema<FragmentInterfaceSpec>>.Empty,
                    EquatableArray<FromSchema<ClientSpec>>.Empty,
                    new[] { StepGuard.Failure(DiagnosticDescriptors.GeneratorFailure, StepGuard.SharedTypes, group.MainSchemaPath, exception) }.ToEquatableArray()),
                cancellationToken));
        }

        return new SharedTypes(
            perGroup.SelectMany(g => g.Enums).ToEquatableArray(),
            perGroup.SelectMany(g => g.InputObjects).ToEquatableArray(),
            perGroup.SelectMany(g => g.FragmentInterfaces).ToEquatableArray(),
            perGroup.SelectMany(g => g.Clients).ToEquatableArray(),
            diagnostics.Concat(perGroup.SelectMany(g => g.Diagnostics)).ToEquatableArray());
    }

    /// <summary>The enums, input objects, fragment interfaces and client of one group, from the operations bound in it.</summary>
    private static SharedTypes BuildSharedTypesOf(SchemaGroup group, ImmutableArray<BoundOperation> operations, GeneratorContext context)
    {
        var schemaPath = group.MainSchemaPath;
        var enums = new List<FromSchema<EnumSpec>>();
        var inputs = new List<FromSchema<InputObjectSpec>>();
        var interfaces = new List<FromSchema<FragmentInterfaceSpec>>();
        var diagnostics = new List<GraphQLDiagnostic>();
        var inGroup = operations
            .Where(o => o.GroupDirectory == group.Directory && o.Binding.Spec is not null)
            .OrderBy(o => o.SourcePath, StringComparer.Ordinal)
            .ThenBy(o => o.Binding.Spec!.ClassName, StringComparer.Ordinal)
            .ToList();
        var binding = context.BindingOf(group);
        var prefix = context.HintPrefixOf(group);

        foreach (var name in inGroup.SelectMany(o => o.Binding.Enums).Distinct().OrderBy(n => n, StringComparer.Ordinal))
        {
            if (SchemaTypeBinder.BindEnum(binding, name, prefix) is { } spec)
            {
                enums.Add(new(schemaPath, spec));
            }
        }

        foreach (var name in inGroup.SelectMany(o => o.Binding.InputObjects).Distinct().OrderBy(n => n, StringComparer.Ordinal))
        {
            if (SchemaTypeBinder.BindInputObject(binding, name, prefix) is { } spec)
            {
                inputs.Add(new(schemaPath, spec));
            }
        }

        var shapes = new FragmentInterfaces(binding.Schema, binding.Fragments, binding.Types);
        foreach (var name in inGroup.SelectMany(o => o.Binding.Fragments).Distinct().OrderBy(n => n, StringComparer.Ordinal))
        {
            if (shapes.Get(name) is { } shape)
            {
                interfaces.Add(new(schemaPath, new FragmentInterfaceSpec(prefix + shape.Name + ".g.cs", binding.Namespace, name, shape.Type.GraphQLName, shape.ToSpec())));
            }
        }

        foreach (var scalar in inGroup.SelectMany(o => o.Binding.UnmappedScalars).Distinct().OrderBy(n => n, StringComparer.Ordinal))
        {
            diagnostics.Add(DiagnosticDescriptors.UnmappedScalar.Create(
                group.Schema.GetType(scalar)?.Location,
                $"The custom scalar '{scalar}' has no C# mapping and is read as System.Text.Json.JsonElement. Map it with <KrakenCodegenScalar Include=\"{scalar}\" ClrType=\"…\" Converter=\"…\" /> in the project file."));
        }

        var client = new FromSchema<ClientSpec>(schemaPath, BuildClient(group, context, inGroup, prefix));
        return new SharedTypes(enums.ToEquatableArray(), inputs.ToEquatableArray(), interfaces.ToEquatableArray(), new[] { client }.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static ClientSpec BuildClient(SchemaGroup group, GeneratorContext context, IReadOnlyList<BoundOperation> operations, string prefix)
    {
        var clientName = context.ClientNameOf(group);
        var errorCodesName = context.ErrorCodesNameOf(group);
        var names = new NameAllocator(clientName, errorCodesName, "Equals", "GetHashCode", "ToString", "GetType");
        var methods = operations
            .Select(o => o.Binding.ClientMethod!)
            .Select(method => method with
            {
                MethodName = names.Allocate(method.MethodName, "Operation"),
                Pagination = method.Pagination is { } pagination ? pagination with { MethodName = names.Allocate(pagination.MethodName, "Pages") } : null,
            })
            .ToEquatableArray();
        var codes = ErrorCodeCatalog.ReadAll(group.Schema)
            .Select(pair => new ErrorCodeSpec(pair.Code, ErrorCodeCatalog.ConstantName(pair.Code), pair.Text))
            .ToEquatableArray();
        return new ClientSpec(prefix + clientName + ".g.cs", context.NamespaceOf(group), clientName, errorCodesName, Path.GetFileName(group.MainSchemaPath), methods, codes);
    }
}
