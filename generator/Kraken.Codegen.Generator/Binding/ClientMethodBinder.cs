using GraphQLParser.AST;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>The client's method for one operation, and its page-by-page method where the operation walks a connection.</summary>
internal static class ClientMethodBinder
{
    public static ClientMethodSpec Bind(OperationSpec spec, GraphQLOperationDefinition operation, ObjectTypeDefinition rootType) => new(
        Identifiers.Pascal(spec.OperationName) + "Async",
        spec.ClassName,
        spec.OperationName,
        spec.Kind,
        ParameterOrder(spec.Variables),
        IsDeprecated: operation.SelectionSet.Selections.OfType<GraphQLField>().Any(field => rootType.Fields[field.Name.StringValue]?.Deprecation is not null),
        PaginationDetector.Detect(spec));

    /// <summary>Required variables first (they have no default value), each group in declaration order.</summary>
    public static EquatableArray<VariableSpec> ParameterOrder(IEnumerable<VariableSpec> variables) =>
        variables.OrderBy(v => v.IsRequired ? 0 : 1).ToEquatableArray();
}
