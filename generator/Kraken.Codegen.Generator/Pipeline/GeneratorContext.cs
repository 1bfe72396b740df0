using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Generator.Binding;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Pipeline;

/// <summary>
/// Everything binding needs besides the operation itself: the schema groups, the fragments, the operations' names and
/// the settings. It compares by those inputs (schema fingerprints, fragment texts, names, settings), so an edit that
/// changes none of them leaves every operation's binding cached. What binding derives from them per group (parsed
/// fragments, type names) is built once, when the value is created, and never changes afterwards.
/// </summary>
internal sealed class GeneratorContext : IEquatable<GeneratorContext>
{
    private readonly Dictionary<SchemaGroup, GroupBinding> _bindings;
    private readonly Dictionary<(string Path, string Name), string> _hintNames;

    public GeneratorContext(IReadOnlyList<SchemaGroup> groups, EquatableArray<FragmentSource> fragments, EquatableArray<OperationIdentity> operations, GeneratorSettings settings)
    {
        Groups = groups;
        Fragments = fragments;
        Operations = operations;
        Settings = settings;
        _hintNames = HintNames();
        _bindings = new Dictionary<SchemaGroup, GroupBinding>();
        var failures = new List<GraphQLDiagnostic>();
        foreach (var group in groups)
        {
            // The group's fragments are parsed here: a failure leaves the group unbound (its operations generate
            // nothing) and is KGQL0505 on its schema; the other groups bind as usual.
            var binding = StepGuard.Run<GroupBinding?>(
                StepGuard.BindGroup,
                group.MainSchemaPath,
                () => new GroupBinding(
                    group,
                    NamespaceOf(group),
                    fragments.Where(f => SchemaGroups.Find(groups, f.GroupDirectory) == group).ToEquatableArray(),
                    settings.ScalarMappings,
                    TakenTypeNamesOf(group)),
                exception =>
                {
                    failures.Add(StepGuard.Failure(DiagnosticDescriptors.GeneratorFailure, StepGuard.BindGroup, group.MainSchemaPath, exception));
                    return null;
                },
                CancellationToken.None);
            if (binding is not null)
            {
                _bindings[group] = binding;
            }
        }

        Failures = failures.ToEquatableArray();
    }

    /// <summary>The groups whose binding could not be prepared (KGQL0505 on their schema; they follow from the other inputs).</summary>
    public EquatableArray<GraphQLDiagnostic> Failures { get; }

    /// <summary>Whether <paramref name="group"/> could be prepared for binding (see <see cref="Failures"/>).</summary>
    public bool IsBound(SchemaGroup group) => _bindings.ContainsKey(group);

    public IReadOnlyList<SchemaGroup> Groups { get; }

    public EquatableArray<FragmentSource> Fragments { get; }

    /// <summary>Every operation's name and place (not its text, so editing an operation's body leaves this equal).</summary>
    public EquatableArray<OperationIdentity> Operations { get; }

    public GeneratorSettings Settings { get; }

    /// <summary>What binding needs from <paramref name="group"/>, one of <see cref="Groups"/>.</summary>
    public GroupBinding BindingOf(SchemaGroup group) => _bindings[group];

    /// <summary>
    /// What binding one operation needs: the operation, its group's binding inputs and its file's hint name. Each operation
    /// gets its own value, so a change that concerns other operations (one added above it) leaves it equal.
    /// </summary>
    public BindingInput InputOf(CheckedOperation operation)
    {
        var group = SchemaGroups.Find(Groups, operation.Source.GroupDirectory);
        return group is null
            ? new BindingInput(operation, null, string.Empty)
            : _bindings.TryGetValue(group, out var binding)
                ? new BindingInput(operation, binding, OperationHintName(group, operation.Source))
                : new BindingInput(operation, null, string.Empty, GroupFailed: true);
    }

    /// <summary>The hint name of an operation's file (see <see cref="HintNames"/>).</summary>
    public string OperationHintName(SchemaGroup group, OperationSource operation) =>
        _hintNames.TryGetValue((operation.Path, operation.Name), out var name)
            ? name
            : HintPrefixOf(group) + OperationBinder.ClassName(operation.Name, operation.Kind) + ".g.cs";

    public string NamespaceOf(SchemaGroup group)
    {
        if (group.NamespaceOverride is { } explicitNamespace)
        {
            return explicitNamespace;
        }

        // Several schemas in one project: each gets its own namespace, so their types never collide.
        if (Groups.Count > 1)
        {
            return Settings.Namespace.Length == 0 ? group.FolderName : Settings.Namespace + "." + group.FolderName;
        }

        return Settings.Namespace;
    }

    public string ClientNameOf(SchemaGroup group) =>
        group.ClientNameOverride ?? (Groups.Count == 1 ? Settings.ClientName : null) ?? group.FolderName + "Client";

    /// <summary><c>KrakenOegClient</c> → <c>KrakenOegErrorCodes</c>.</summary>
    public string ErrorCodesNameOf(SchemaGroup group)
    {
        var clientName = ClientNameOf(group);
        var baseName = clientName.EndsWith("Client", StringComparison.Ordinal) ? clientName.Substring(0, clientName.Length - "Client".Length) : clientName;
        return (baseName.Length == 0 ? "GraphQL" : baseName) + "ErrorCodes";
    }

    /// <summary>
    /// The hint names of all operations' files. Hint names compare without regard to case, so operations whose class
    /// names differ only in case (the Kraken reference has such a pair) get a number, in path order.
    /// </summary>
    private Dictionary<(string Path, string Name), string> HintNames()
    {
        var result = new Dictionary<(string Path, string Name), string>();
        var operations = Operations.Where(o => o.Name.Length > 0).Select(o => (Identity: o, ClassName: OperationBinder.ClassName(o.Name, o.Kind)));
        foreach (var clash in operations.GroupBy(o => (o.Identity.GroupDirectory, Key: o.ClassName.ToUpperInvariant())))
        {
            var index = 0;
            foreach (var (identity, className) in clash.OrderBy(o => o.Identity.Path, StringComparer.Ordinal).ThenBy(o => o.Identity.Name, StringComparer.Ordinal))
            {
                var group = SchemaGroups.Find(Groups, identity.GroupDirectory);
                var suffix = index++ > 0 ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
                result[(identity.Path, identity.Name)] = (group is null ? string.Empty : HintPrefixOf(group)) + className + suffix + ".g.cs";
            }
        }

        return result;
    }

    /// <summary>A prefix that keeps hint names unique across groups (two folders may hold files of the same name).</summary>
    public string HintPrefixOf(SchemaGroup group)
    {
        var index = 0;
        foreach (var other in Groups)
        {
            if (ReferenceEquals(other, group))
            {
                break;
            }

            if (other.FolderName == group.FolderName)
            {
                index++;
            }
        }

        return group.FolderName + (index == 0 ? string.Empty : index.ToString(System.Globalization.CultureInfo.InvariantCulture)) + ".";
    }

    /// <summary>
    /// The names of the group's operation classes, client and error-code class that an enum or input object of the
    /// schema would take (schema-level types share their namespace and must avoid them). Built from names only, so
    /// editing an operation's body changes nothing here, and only clashing names are kept, so adding an operation
    /// whose class name no schema type wants changes nothing either.
    /// </summary>
    private EquatableArray<string> TakenTypeNamesOf(SchemaGroup group)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { ClientNameOf(group), ErrorCodesNameOf(group) };
        foreach (var operation in Operations.Where(o => SchemaGroups.Find(Groups, o.GroupDirectory) == group && o.Name.Length > 0))
        {
            names.Add(OperationBinder.ClassName(operation.Name, operation.Kind));
        }

        return TypeBinder.SchemaTypeNameCandidates(group.Schema).Where(names.Contains).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();
    }

    public bool Equals(GeneratorContext? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Settings.Equals(other.Settings)
                && Fragments.Equals(other.Fragments)
                && Operations.Equals(other.Operations)
                && SchemaGroup.SameGroups(Groups, other.Groups)));

    public override bool Equals(object? obj) => Equals(obj as GeneratorContext);

    public override int GetHashCode() => SchemaGroup.GroupsHashCode(Groups, Fragments.GetHashCode());
}
