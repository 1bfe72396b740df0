using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>What binding one operation produced: the spec to emit (null when nothing can be generated) and what it uses.</summary>
internal sealed record OperationBinding(
    OperationSpec? Spec,
    ClientMethodSpec? ClientMethod,
    EquatableArray<string> Enums,
    EquatableArray<string> InputObjects,
    EquatableArray<string> Fragments,
    EquatableArray<string> UnmappedScalars)
{
    /// <summary>Nothing to generate.</summary>
    public static readonly OperationBinding None = new(
        null, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);
}

/// <summary>
/// Binds one valid operation to its schema and produces its <see cref="OperationSpec"/>, in phases: the variables
/// (<see cref="VariableBinder"/>), the records of its selection sets (<see cref="RecordBinder"/>), the document it sends
/// (<see cref="DocumentAssembler"/>) and its client method (<see cref="ClientMethodBinder"/>). Validity is decided
/// before, once for the whole document set; an operation reaches this class only when it is valid.
/// </summary>
internal static class OperationBinder
{
    /// <summary><c>Account</c> + Query → <c>AccountQuery</c>; a name that already ends with its kind keeps it once.</summary>
    public static string ClassName(string operationName, string kind)
    {
        var name = Identifiers.Pascal(operationName);
        return name.EndsWith(kind, StringComparison.Ordinal) ? name : name + kind;
    }

    public static OperationBinding Bind(OperationSource source, GroupBinding group, string hintName, CancellationToken cancellationToken)
    {
        var document = ExecutableDocument.Parse(new SourceFile(source.Path, source.Text), cancellationToken: cancellationToken);
        var operation = document.Operations.FirstOrDefault();
        if (operation?.Name is null || group.Schema.GetRootType(operation.Operation) is not { } rootType)
        {
            return OperationBinding.None;
        }

        var operationName = operation.Name.StringValue;
        var kind = operation.Operation.ToString();
        var className = ClassName(operationName, kind);
        var usage = new TypeUsage(group.Schema, group.Types.Scalars);
        var interfaces = new FragmentInterfaces(group.Schema, group.Fragments, group.Types);
        var collector = new SelectionCollector(group.Schema, group.Fragments.Find);

        var variables = VariableBinder.Bind(operation, group.Types, usage);
        var records = new RecordBinder(group.Schema, group.Types, usage, interfaces, collector, className);
        records.BindRoot(rootType, new SelectionSetRef(operation.SelectionSet, document, false));

        var reachable = FragmentReachability.ReachableFragmentNames(operation.SelectionSet, name => group.Fragments.Find(name)?.Node.SelectionSet);
        var text = DocumentAssembler.Assemble(document, operation, reachable.Select(name => group.Fragments.Find(name)!.Value), records.TypenameInsertions);
        var errorCodes = operation.SelectionSet.Selections.OfType<GraphQLField>()
            .Select(field => rootType.Fields[field.Name.StringValue])
            .Where(field => field is not null)
            .SelectMany(field => ErrorCodeCatalog.Read(field!.Description).Select(pair => pair.Code))
            .Distinct()
            .ToEquatableArray();

        var spec = new OperationSpec(
            hintName,
            Path.GetFileName(source.Path),
            group.Namespace,
            className,
            operationName,
            (OperationKind)Enum.Parse(typeof(OperationKind), kind),
            text,
            DocumentAssembler.Sha256(text),
            errorCodes,
            variables,
            records.Records.ToEquatableArray());

        return new OperationBinding(
            spec,
            ClientMethodBinder.Bind(spec, operation, rootType),
            usage.Enums.ToEquatableArray(),
            usage.InputObjects.ToEquatableArray(),
            reachable.OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
            usage.UnmappedScalars.ToEquatableArray());
    }
}
