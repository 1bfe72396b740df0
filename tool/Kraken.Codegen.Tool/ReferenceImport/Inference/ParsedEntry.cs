using GraphQLParser.AST;

namespace Kraken.Codegen.Tool.ReferenceImport.Inference;

/// <summary>An entry whose operation text parsed: its documented root field, its variables and its examples.</summary>
internal sealed record ParsedEntry(
    ReferenceEntry Entry,
    string OperationName,
    GraphQLField RootField,
    IReadOnlyDictionary<string, InferredTypeRef> VariableTypes,
    ExampleObject? VariableExamples,
    ExampleValue? ResultExample)
{
    /// <summary>The type the entry's <c>Type:</c> line names; null when it has none or it is not a type.</summary>
    public InferredTypeRef? DeclaredType => Entry.TypeText is { } text ? InferredTypeRef.Parse(text) : null;
}
