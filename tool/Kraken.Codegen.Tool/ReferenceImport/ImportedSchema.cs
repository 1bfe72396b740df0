namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>Where one schema element came from: the rule applied and the entry it was applied to.</summary>
internal sealed record ProvenanceRecord(string Element, string Type, InferenceRule Rule, string Entry, int Line, string? Note);

/// <summary>A documented operation, its text re-indented, with the fragments and errors it carries.</summary>
internal sealed record OperationModel(
    string Name,
    string FieldName,
    string Text,
    int Line,
    IReadOnlyList<string> FragmentNames,
    IReadOnlyList<ReferenceError> Errors);

/// <summary>A fragment the operations spread; the reference never defines it.</summary>
internal sealed record FragmentModel(string Name, string TypeCondition, IReadOnlyList<string> UsedBy);

/// <summary>
/// The example value a documented entry shows for one leaf field (<c>Type.field</c>), in reference order; null when the
/// example shows none. Read by <see cref="FieldExamplesWriter"/>.
/// </summary>
internal sealed record LeafExample(string TypeName, string FieldName, ExampleValue? Value, string Entry, int Line)
{
    public string Coordinate => $"{TypeName}.{FieldName}";
}

/// <summary>Everything imported for one endpoint.</summary>
internal sealed record ImportedSchema(
    ReferenceEndpoint Endpoint,
    InferredSchema Schema,
    IReadOnlyList<OperationModel> Operations,
    IReadOnlyList<FragmentModel> Fragments,
    IReadOnlyList<ProvenanceRecord> Provenance,
    IReadOnlyList<ImportWarning> Warnings)
{
    public string FolderName => ReferenceEndpoints.FolderName(Endpoint);

    /// <summary>Every leaf field's example value, in the order the reference shows them.</summary>
    public IReadOnlyList<LeafExample> LeafExamples { get; init; } = [];
}
