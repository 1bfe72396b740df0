using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;
using Scriban.Runtime;

namespace Kraken.Codegen.Generator.Emitting;

/// <summary>The typed client and its error-code catalogue: one method per operation, and page-by-page methods for connections.</summary>
internal static class ClientEmitter
{
    private const string CancellationToken = "global::System.Threading.CancellationToken cancellationToken = default";

    public static string Emit(ClientSpec spec)
    {
        var namespaceScope = CodeScope.Namespace(spec.Namespace);
        var clientScope = namespaceScope.Nested(spec.ClientName, Array.Empty<string>());
        var model = new ScriptObject(8)
        {
            ["namespace"] = spec.Namespace,
            ["version"] = Emitter.Version,
            ["schema_path"] = CSharpSyntax.OneLine(spec.SchemaFileName),
            ["client_name"] = spec.ClientName,
            ["error_codes_name"] = spec.ErrorCodesName,
            ["methods"] = Emitter.Array(spec.Methods.Select(m => MethodModel(m, namespaceScope, clientScope))),
            ["error_codes"] = Emitter.Array(spec.ErrorCodes.Select(c => new ScriptObject(5)
            {
                ["doc_text"] = CSharpSyntax.OneLine(c.Text),
                ["constant_name"] = c.ConstantName,
                ["code_literal"] = CSharpSyntax.StringLiteral(c.Code),
                ["text_literal"] = CSharpSyntax.StringLiteral(c.Text),
            })),
        };
        return Templates.Render(Templates.Client, model);
    }

    private static ScriptObject MethodModel(ClientMethodSpec method, CodeScope namespaceScope, CodeScope scope)
    {
        // The operation's records are named through its class (AccountQuery.Data); what its class declares is not known here.
        var types = new TypeSyntax(namespaceScope, namespaceScope.Nested(method.OperationClass, Array.Empty<string>()));
        var operation = scope.Spell(namespaceScope, method.OperationClass);
        var parameters = method.Parameters.Select(p => Parameter(p, types, scope)).Concat(new[] { CancellationToken });
        return new ScriptObject(9)
        {
            ["kind_lower"] = method.Kind.ToString().ToLowerInvariant(),
            ["operation_name"] = method.OperationName,
            ["is_deprecated"] = method.IsDeprecated,
            ["data_type"] = operation + ".Data",
            ["method_name"] = method.MethodName,
            ["parameter_list"] = string.Join(", ", parameters),
            ["construct"] = Construct(operation, method.Parameters.Select(p => (p.PropertyName, CSharpSyntax.Identifier(p.ParameterName)))),
            ["pagination"] = method.Pagination is { } pagination ? PaginationModel(pagination, operation, scope, types) : null,
        };
    }

    private static ScriptObject PaginationModel(PaginationSpec pagination, string operation, CodeScope scope, TypeSyntax types)
    {
        // The lambdas' parameters must not hide the method's own.
        var names = new NameAllocator(pagination.Parameters.Select(p => p.ParameterName).Concat(new[] { "pageSize", "cancellationToken" }).ToArray());
        var first = names.Allocate("first");
        var after = names.Allocate("after");
        var data = names.Allocate("data");
        var connection = names.Allocate("connection");
        var node = types.Named(pagination.NodeType, scope);
        string collect;
        if (pagination.Edges is { } edges)
        {
            var edge = names.Allocate("edge");
            collect = $"{RuntimeNames.Pagination}.CollectNodes<{types.Spell(edges.EdgeItemType, scope)}, {node}>({connection}.{edges.EdgesProperty}, {edge} => {edge}?.{edges.NodeProperty})";
        }
        else
        {
            collect = $"{RuntimeNames.Pagination}.CollectNodes<{node}>({connection}.{pagination.Nodes})";
        }

        var assignments = pagination.Parameters.Select(p => (p.PropertyName, CSharpSyntax.Identifier(p.ParameterName)))
            .Concat(new[] { (pagination.FirstProperty, first), (pagination.AfterProperty, after) });
        var pageInfo = $"{connection}.{pagination.PageInfoProperty}";
        return new ScriptObject(6)
        {
            ["method_name"] = pagination.MethodName,
            ["node_type"] = node,
            ["parameter_list"] = string.Join(", ", pagination.Parameters.Select(p => Parameter(p, types, scope))
                .Concat(new[] { $"int pageSize = {RuntimeNames.Pagination}.MaxPageSize", CancellationToken })),
            ["create_page"] = $"({first}, {after}) => {Construct(operation, assignments)}",
            ["select_page"] = $"{data} => {data}.{pagination.ConnectionProperty} is {{ }} {connection} ? new {RuntimeNames.ConnectionPage}<{node}>({collect}, {pageInfo}?.{pagination.HasNextPageProperty} == true, {pageInfo}?.{pagination.EndCursorProperty}) : null",
        };
    }

    private static string Parameter(VariableSpec variable, TypeSyntax types, CodeScope scope) =>
        Emitter.VariableType(types, variable.Type, variable.IsRequired, scope) + " " + CSharpSyntax.Identifier(variable.ParameterName) + (variable.IsRequired ? string.Empty : " = default");

    private static string Construct(string operation, IEnumerable<(string Property, string Value)> assignments)
    {
        var list = assignments.ToList();
        return list.Count == 0
            ? $"new {operation}()"
            : $"new {operation}(new {operation}.Variables {{ {string.Join(", ", list.Select(a => a.Property + " = " + a.Value))} }})";
    }
}
