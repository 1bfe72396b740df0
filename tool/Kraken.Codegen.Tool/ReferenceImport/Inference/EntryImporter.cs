using Kraken.Codegen.Core.Documents;

namespace Kraken.Codegen.Tool.ReferenceImport.Inference;

/// <summary>
/// Phase 4: imports one documented entry as a field of Query (type, arguments, description, deprecation) and as an
/// operation file; <see cref="SelectionImporter"/> does the selections below it.
/// </summary>
internal sealed class EntryImporter
{
    private readonly InferredSchema _schema;
    private readonly SelectionImporter _selections;
    private readonly InferenceLog _log;
    private readonly List<OperationModel> _operations = [];

    public EntryImporter(InferredSchema schema, SelectionImporter selections, InferenceLog log)
    {
        _schema = schema;
        _selections = selections;
        _log = log;
    }

    public IReadOnlyList<OperationModel> Operations => _operations;

    public void Import(ParsedEntry entry)
    {
        var reference = entry.Entry;
        var fieldName = entry.RootField.Name.StringValue;
        if (_schema.Query.FindField(fieldName) is not null)
        {
            _log.Warn(reference.StartLine, reference, $"Query.{fieldName} is documented twice; the later entry is skipped");
            return;
        }

        var declared = DeclaredType(entry);
        var resolution = _selections.ResolveField("Query", entry.RootField, declared, entry.ResultExample, entry, isRoot: true);
        AddQueryField(entry, resolution);
        RecordQueryField(entry, declared, resolution);
        _operations.Add(new OperationModel(
            entry.OperationName,
            fieldName,
            OperationTextFormatter.Format(reference.Operation!.Text),
            reference.Operation.FirstLine,
            SpreadFragmentNames(entry),
            reference.Errors));
    }

    /// <summary>
    /// The fragments the entry's operation spreads, sorted, for the operation file's list of fragments. The reference
    /// defines no fragments, so the spreads in the selection are all it reaches.
    /// </summary>
    private static IReadOnlyList<string> SpreadFragmentNames(ParsedEntry entry) =>
        entry.RootField.SelectionSet is { } selectionSet
            ? FragmentReachability.SpreadsIn(selectionSet).Select(spread => spread.FragmentName.Name.StringValue).Distinct(StringComparer.Ordinal).OrderBy(name => name, StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The Type: line's type, with warnings when it is not a type or its list shape disagrees with the example.</summary>
    private InferredTypeRef? DeclaredType(ParsedEntry entry)
    {
        var declared = entry.DeclaredType;
        if (entry.Entry.TypeText is { } text && declared is null)
        {
            _log.Warn(entry.Entry.TypeLine, entry.Entry, $"the Type: line '{text}' is not a type; the return type is inferred instead");
        }

        var declaredList = declared is not null && (declared.IsNonNull ? declared.Inner! : declared).IsList;
        if (declared is not null && entry.ResultExample is { } example && declaredList != example is ExampleArray)
        {
            _log.Warn(example.Line, entry.Entry, declaredList
                ? $"the Type: line says {declared} but the example response is not a list; the Type: line is kept"
                : $"the Type: line says {declared} but the example response is a list; the Type: line is kept");
        }

        return declared;
    }

    private void AddQueryField(ParsedEntry entry, FieldResolution resolution)
    {
        var reference = entry.Entry;
        var field = new InferredField(entry.RootField.Name.StringValue, resolution.Type)
        {
            Description = reference.DescriptionLines.Count > 0 ? string.Join('\n', reference.DescriptionLines) : null,
            DeprecationReason = reference.Deprecation is { } deprecation ? KrakenDeprecationReason.Write(deprecation) : null,
        };
        field.Arguments.AddRange(_selections.Arguments("Query", entry.RootField, entry, isRoot: true));
        _schema.Query.Fields.Add(field);
    }

    private void RecordQueryField(ParsedEntry entry, InferredTypeRef? declared, FieldResolution resolution)
    {
        var reference = entry.Entry;
        var coordinate = $"Query.{entry.RootField.Name.StringValue}";
        _log.Record(coordinate, resolution.Type, resolution.Rule, entry,
            declared is null ? entry.ResultExample?.Line ?? reference.StartLine : reference.TypeLine, resolution.Note);
        if (reference.Deprecation is not null)
        {
            _log.Record($"{coordinate} @deprecated", resolution.Type, InferenceRules.Deprecation, entry, reference.Deprecation.Line,
                $"marked {reference.Deprecation.MarkedOn ?? "?"}, removal on or after {reference.Deprecation.ScheduledRemoval ?? "?"}");
        }

        if (reference.Url is null)
        {
            _log.Record($"{coordinate} endpoint", resolution.Type, InferenceRules.Endpoint, entry, reference.StartLine,
                $"no URL: line; section endpoint {ReferenceEndpoints.Url(reference.SectionEndpoint)}");
        }
    }
}
