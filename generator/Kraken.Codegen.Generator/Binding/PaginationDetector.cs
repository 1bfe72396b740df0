using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>
/// Finds the Relay connection an operation walks, from the bound records: a query with variables <c>first: Int</c> and
/// <c>after: String</c>, a single root field whose selection has <c>pageInfo { hasNextPage endCursor }</c>, and
/// <c>edges { node }</c> or <c>nodes</c> selecting an object.
/// </summary>
internal static class PaginationDetector
{
    public static PaginationSpec? Detect(OperationSpec spec)
    {
        var first = spec.Variables.FirstOrDefault(v => v.GraphQLName == "first" && IsNullableScalar(v.Type, "Int"));
        var after = spec.Variables.FirstOrDefault(v => v.GraphQLName == "after" && IsNullableScalar(v.Type, "String"));
        var data = RecordOf(spec, "Data");
        if (spec.Kind != OperationKind.Query || first is null || after is null || data is null || data.Properties.Count != 1)
        {
            return null;
        }

        var root = data.Properties[0];
        var connection = ObjectRecord(spec, root.Type);
        var pageInfo = connection?.Properties.FirstOrDefault(p => p.ResponseName == "pageInfo");
        var pageInfoRecord = pageInfo is null ? null : ObjectRecord(spec, pageInfo.Type);
        var hasNextPage = pageInfoRecord?.Properties.FirstOrDefault(p => p.ResponseName == "hasNextPage" && IsScalar(p.Type, ScalarKind.Boolean));
        var endCursor = pageInfoRecord?.Properties.FirstOrDefault(p => p.ResponseName == "endCursor" && (IsScalar(p.Type, ScalarKind.String) || IsScalar(p.Type, ScalarKind.Id)));
        if (connection is null || pageInfo is null || hasNextPage is null || endCursor is null)
        {
            return null;
        }

        RecordTypeSpec nodeType;
        PaginationEdgesSpec? edgesPath = null;
        string? nodesProperty = null;
        var edges = connection.Properties.FirstOrDefault(p => p.ResponseName == "edges");
        var nodes = connection.Properties.FirstOrDefault(p => p.ResponseName == "nodes");
        if (edges is { Type.ListDepth: 1 }
            && ObjectRecord(spec, edges.Type.ItemType) is { } edgeRecord
            && edgeRecord.Properties.FirstOrDefault(p => p.ResponseName == "node") is { Type.IsList: false } node
            && node.Type.Named is RecordTypeSpec nodeRecord
            && RecordOf(spec, nodeRecord.Name) is not null)
        {
            nodeType = nodeRecord;
            edgesPath = new PaginationEdgesSpec(edges.PropertyName, edges.Type.ItemType, node.PropertyName);
        }
        else if (nodes is { Type.ListDepth: 1 } && nodes.Type.Named is RecordTypeSpec nodesRecord && RecordOf(spec, nodesRecord.Name) is not null)
        {
            nodeType = nodesRecord;
            nodesProperty = nodes.PropertyName;
        }
        else
        {
            return null;
        }

        var others = spec.Variables.Where(v => v != first && v != after);
        return new PaginationSpec(
            Identifiers.Pascal(spec.OperationName) + "NodesAsync",
            first.PropertyName,
            after.PropertyName,
            ClientMethodBinder.ParameterOrder(others),
            root.PropertyName,
            pageInfo.PropertyName,
            hasNextPage.PropertyName,
            endCursor.PropertyName,
            nodeType,
            edgesPath,
            nodesProperty);
    }

    private static RecordSpec? RecordOf(OperationSpec spec, string name) => spec.Records.FirstOrDefault(r => r.Name == name);

    /// <summary>The record of a single (not list) object value.</summary>
    private static RecordSpec? ObjectRecord(OperationSpec spec, TypeRef type) =>
        !type.IsList && type.Named is RecordTypeSpec record ? RecordOf(spec, record.Name) : null;

    private static bool IsScalar(TypeRef type, ScalarKind kind) => !type.IsList && type.Named is ScalarTypeSpec { Scalar.Kind: var actual } && actual == kind;

    private static bool IsNullableScalar(TypeRef type, string graphQLName) => !type.IsList && !type.IsNonNull && type.Named.GraphQLName == graphQLName;
}
