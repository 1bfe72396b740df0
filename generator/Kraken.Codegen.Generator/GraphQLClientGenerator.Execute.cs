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

/// <summary>Which operations of the project are valid, with the diagnostics of a validation that failed unexpectedly.</summary>
internal sealed record OperationValidation(ValidOperations Valid, EquatableArray<GraphQLDiagnostic> Diagnostics);

/// <summary>One operation and whether validation found it free of errors.</summary>
internal sealed record CheckedOperation(OperationSource Source, bool IsValid);

/// <summary>Everything binding one operation depends on (<see cref="GroupBinding"/> is null when no schema covers it).</summary>
internal sealed record BindingInput(CheckedOperation Operation, GroupBinding? Group, string HintName);

/// <summary>
/// One operation after binding, with the generator diagnostics that concern it. Those are placed at the start of the
/// operation's own text (binding does not know where the operation sits in its file); <see cref="PlaceAtHeads"/> moves
/// them to the operation's head in the file.
/// </summary>
internal sealed record BoundOperation(OperationBinding Binding, string SourcePath, string OperationName, string? GroupDirectory, EquatableArray<GraphQLDiagnostic> Diagnostics);

/// <summary>The schema-level files: enums, input objects, fragment interfaces and clients of every group.</summary>
internal sealed record SharedTypes(
    EquatableArray<EnumSpec> Enums,
    EquatableArray<InputObjectSpec> InputObjects,
    EquatableArray<FragmentInterfaceSpec> FragmentInterfaces,
    EquatableArray<ClientSpec> Clients,
    EquatableArray<GraphQLDiagnostic> Diagnostics);

public sealed partial class GraphQLClientGenerator
{
    private static LoadedSchemas LoadSchemas(ImmutableArray<GraphQLFileInput> files, CancellationToken cancellationToken)
    {
        try
        {
            return new LoadedSchemas(SchemaGroups.Build(files, cancellationToken), EquatableArray<GraphQLDiagnostic>.Empty);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var diagnostic = DiagnosticDescriptors.GeneratorFailure.Create(null, "Loading the schema failed: " + exception.Message);
            return new LoadedSchemas(Array.Empty<SchemaGroup>(), new[] { diagnostic }.ToEquatableArray());
        }
    }

    private static OperationValidation ValidateOperations(ImmutableArray<GraphQLFileInput> operationFiles, LoadedSchemas schemas, GeneratorSettings settings, CancellationToken cancellationToken)
    {
        var valid = new List<OperationKey>();
        var diagnostics = new List<GraphQLDiagnostic>();
        foreach (var group in GroupValidation.ByGroup(operationFiles, schemas.Groups))
        {
            if (group.Key is not { } schemaGroup)
            {
                continue;
            }

            try
            {
                var validation = GroupValidation.Validate(schemaGroup, group, settings, cancellationToken);
                valid.AddRange(validation.ValidOperations.Select(o => new OperationKey(o.Path, o.Name)));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                diagnostics.Add(DiagnosticDescriptors.GeneratorFailure.Create(null, $"Validating the operations of '{schemaGroup.MainSchemaPath}' failed: {exception.GetType().Name}: {exception.Message}"));
            }
        }

        return new OperationValidation(new ValidOperations(valid), diagnostics.ToEquatableArray());
    }

    private static BoundOperation BindOperation(BindingInput input, CancellationToken cancellationToken)
    {
        var operation = input.Operation.Source;
        var location = new SourceFile(operation.Path, operation.Text).GetLocation(0, Math.Min(operation.Text.Length, 1)) with { Path = operation.Path };
        try
        {
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
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = DiagnosticDescriptors.GeneratorFailure.Create(location, $"Generating '{operation.Name}' failed: {exception.GetType().Name}: {exception.Message}");
            return new BoundOperation(OperationBinding.None, operation.Path, operation.Name, null, new[] { failure }.ToEquatableArray());
        }
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
        Emit(output, bound.Binding.Spec!.HintName, bound.Binding.Spec!, Emitter.EmitOperation);

    /// <summary>Adds the file rendered from <paramref name="spec"/>, reusing the text of an equal spec rendered before in this process.</summary>
    private static void Emit<TSpec>(SourceProductionContext output, string hintName, TSpec spec, Func<TSpec, string> render)
        where TSpec : class, IEquatable<TSpec>
    {
        try
        {
            output.AddSource(hintName, RecentRenders.GetOrRender(spec, render));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            output.ReportDiagnostic(RoslynDiagnostics.Create(DiagnosticDescriptors.GeneratorFailure.Create(null, $"Rendering '{hintName}' failed: {exception.GetType().Name}: {exception.Message}")));
        }
    }

    private static SharedTypes BuildSharedTypes(ImmutableArray<BoundOperation> operations, GeneratorContext context, CancellationToken cancellationToken)
    {
        var enums = new List<EnumSpec>();
        var inputs = new List<InputObjectSpec>();
        var interfaces = new List<FragmentInterfaceSpec>();
        var clients = new List<ClientSpec>();
        var diagnostics = new List<GraphQLDiagnostic>();
        foreach (var error in context.Settings.ConfigurationErrors)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidConfiguration.Create(null, error));
        }

        foreach (var group in context.Groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
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
                        enums.Add(spec);
                    }
                }

                foreach (var name in inGroup.SelectMany(o => o.Binding.InputObjects).Distinct().OrderBy(n => n, StringComparer.Ordinal))
                {
                    if (SchemaTypeBinder.BindInputObject(binding, name, prefix) is { } spec)
                    {
                        inputs.Add(spec);
                    }
                }

                var shapes = new FragmentInterfaces(binding.Schema, binding.Fragments, binding.Types);
                foreach (var name in inGroup.SelectMany(o => o.Binding.Fragments).Distinct().OrderBy(n => n, StringComparer.Ordinal))
                {
                    if (shapes.Get(name) is { } shape)
                    {
                        interfaces.Add(new FragmentInterfaceSpec(prefix + shape.Name + ".g.cs", binding.Namespace, name, shape.Type.GraphQLName, shape.ToSpec()));
                    }
                }

                foreach (var scalar in inGroup.SelectMany(o => o.Binding.UnmappedScalars).Distinct().OrderBy(n => n, StringComparer.Ordinal))
                {
                    diagnostics.Add(DiagnosticDescriptors.UnmappedScalar.Create(
                        group.Schema.GetType(scalar)?.Location,
                        $"The custom scalar '{scalar}' has no C# mapping and is read as System.Text.Json.JsonElement. Map it with <KrakenCodegenScalar Include=\"{scalar}\" ClrType=\"…\" Converter=\"…\" /> in the project file."));
                }

                clients.Add(BuildClient(group, context, inGroup, prefix));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                diagnostics.Add(DiagnosticDescriptors.GeneratorFailure.Create(null, $"Generating the shared types of '{group.MainSchemaPath}' failed: {exception.GetType().Name}: {exception.Message}"));
            }
        }

        return new SharedTypes(enums.ToEquatableArray(), inputs.ToEquatableArray(), interfaces.ToEquatableArray(), clients.ToEquatableArray(), diagnostics.ToEquatableArray());
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
