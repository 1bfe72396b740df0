using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Kraken.Codegen.Tool.ReferenceImport.Inference;

/// <summary>
/// Phase 1: parses each entry's operation text and example JSON. An entry whose operation does not parse or selects
/// nothing is skipped with a warning.
/// </summary>
internal sealed class EntryParser
{
    private readonly InferenceLog _log;

    public EntryParser(InferenceLog log) => _log = log;

    public ParsedEntry? Parse(ReferenceEntry entry)
    {
        if (ParseOperation(entry) is not { } operation || RootField(entry, operation) is not { } rootField)
        {
            return null;
        }

        var operationName = OperationName(entry, operation, rootField);
        var variableTypes = VariableTypes(operation);
        var variableExamples = VariableExamples(entry, hasVariables: variableTypes.Count > 0);
        return new ParsedEntry(entry, operationName, rootField, variableTypes, variableExamples, ResultExample(entry, rootField));
    }

    private GraphQLOperationDefinition? ParseOperation(ReferenceEntry entry)
    {
        var operationBlock = entry.Operation!;
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(operationBlock.Text);
        }
        catch (GraphQLParserException exception)
        {
            _log.Warn(operationBlock.FirstLine, entry, $"the operation text does not parse ({exception.Message}); the entry is skipped");
            return null;
        }

        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault();
        if (operation is null || !operation.SelectionSet.Selections.OfType<GraphQLField>().Any())
        {
            _log.Warn(operationBlock.FirstLine, entry, "the operation text has no query selecting a field; the entry is skipped");
            return null;
        }

        return operation;
    }

    private GraphQLField RootField(ReferenceEntry entry, GraphQLOperationDefinition operation)
    {
        var rootFields = operation.SelectionSet.Selections.OfType<GraphQLField>().ToList();
        if (rootFields.Count > 1)
        {
            _log.Warn(entry.Operation!.FirstLine, entry, "the operation selects several root fields; only the first is documented");
        }

        return rootFields[0];
    }

    private string OperationName(ReferenceEntry entry, GraphQLOperationDefinition operation, GraphQLField rootField)
    {
        if (operation.Name?.StringValue is { } name)
        {
            return name;
        }

        var fieldName = rootField.Name.StringValue;
        var madeUp = char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
        _log.Warn(entry.Operation!.FirstLine, entry, $"the operation has no name; it is written as '{madeUp}'");
        return madeUp;
    }

    private static Dictionary<string, InferredTypeRef> VariableTypes(GraphQLOperationDefinition operation)
    {
        var variableTypes = new Dictionary<string, InferredTypeRef>(StringComparer.Ordinal);
        foreach (var definition in operation.Variables?.Items ?? [])
        {
            variableTypes[definition.Variable.Name.StringValue] = InferredTypeRef.FromAst(definition.Type);
        }

        return variableTypes;
    }

    private ExampleObject? VariableExamples(ReferenceEntry entry, bool hasVariables)
    {
        var variableExamples = ParseExample(entry, entry.Variables, "example variables") as ExampleObject;
        if (hasVariables && variableExamples is null)
        {
            _log.Warn(entry.Variables?.FirstLine ?? entry.Operation!.FirstLine, entry, "the operation declares variables but has no example variables; their kinds cannot be read from examples");
        }

        return variableExamples;
    }

    /// <summary>The root field's value in the example response (<c>data.&lt;field&gt;</c>).</summary>
    private ExampleValue? ResultExample(ReferenceEntry entry, GraphQLField rootField)
    {
        if (ParseExample(entry, entry.Response, "example response") is not { } response)
        {
            return null;
        }

        var data = (response as ExampleObject)?.Get("data") as ExampleObject;
        var responseKey = rootField.Alias?.Name.StringValue ?? rootField.Name.StringValue;
        var resultExample = data?.Get(responseKey);
        if (resultExample is null)
        {
            _log.Warn(entry.Response!.FirstLine, entry, $"the example response has no data.{responseKey}");
        }

        return resultExample;
    }

    private ExampleValue? ParseExample(ReferenceEntry entry, ReferenceBlock? block, string what)
    {
        if (block is null)
        {
            return null;
        }

        var result = ExampleValueParser.Parse(block.Text, block.FirstLine);
        if (result.Problem is not null && !block.Truncated)
        {
            _log.Warn(result.ProblemLine, entry, $"{what} does not read fully ({result.Problem}); the part before is used");
        }

        return result.Value;
    }
}
