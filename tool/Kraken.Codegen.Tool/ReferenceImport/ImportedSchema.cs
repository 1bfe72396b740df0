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

/// <summary>Everything imported for one endpoint.</summary>
internal sealed record ImportedSchema(
    ReferenceEndpoint Endpoint,
    SchemaModel Schema,
    IReadOnlyList<OperationModel> Operations,
    IReadOnlyList<FragmentModel> Fragments,
    IReadOnlyList<ProvenanceRecord> Provenance,
    IReadOnlyList<ImportWarning> Warnings)
{
    public string FolderName => ReferenceEndpoints.FolderName(Endpoint);
}
