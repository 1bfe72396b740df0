namespace Kraken.Codegen.Tool.ReferenceImport.Inference;

/// <summary>
/// Builds the schema of one endpoint from its entries: every name comes from the reference, every inferred type
/// follows a rule of <see cref="InferenceRules"/> and is recorded for provenance.md. The phases run in order over all
/// entries, because later ones read what earlier ones learnt from every entry:
/// <list type="number">
/// <item><see cref="EntryParser"/>: the operation text and examples of each entry;</item>
/// <item><see cref="VariableTypeInference"/>: the kinds of the variables' types (rule V1);</item>
/// <item><see cref="SelectionCatalog"/>: what the entries with a <c>Type:</c> line tell about the others (O2, T4);</item>
/// <item><see cref="EntryImporter"/> and <see cref="SelectionImporter"/>: the fields, their types and arguments;</item>
/// <item><see cref="TypeDeclarations.RecordFieldlessTypes"/>: the types left without fields (K1).</item>
/// </list>
/// </summary>
internal static class SchemaInferrer
{
    public static ImportedSchema Infer(ReferenceEndpoint endpoint, IReadOnlyList<ReferenceEntry> entries, string? queryDescription)
    {
        var log = new InferenceLog(endpoint);
        var schema = new InferredSchema(queryDescription);
        var types = new TypeDeclarations(schema, log);

        var parser = new EntryParser(log);
        var parsed = entries.Select(parser.Parse).OfType<ParsedEntry>().ToList();

        var variables = new VariableTypeInference(types, log);
        foreach (var entry in parsed)
        {
            variables.Register(entry);
        }

        var catalog = new SelectionCatalog();
        foreach (var entry in parsed)
        {
            catalog.Collect(entry);
        }

        var fragments = new FragmentCatalog(types, log);
        var selections = new SelectionImporter(types, catalog, fragments, variables.ScalarBySample, log);
        var importer = new EntryImporter(schema, selections, log);
        foreach (var entry in parsed)
        {
            importer.Import(entry);
        }

        types.RecordFieldlessTypes();
        return new ImportedSchema(endpoint, schema, importer.Operations, fragments.Fragments(), log.Provenance, log.Warnings)
        {
            LeafExamples = selections.LeafExamples,
        };
    }
}
