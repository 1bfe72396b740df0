using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>Binds an operation's variables: a property of the Variables record and a parameter of the client method each.</summary>
internal static class VariableBinder
{
    private static readonly string[] VariablesRecordMembers =
    {
        "VariableValues", "WriteJson", "Variables", "Json", "Equals", "GetHashCode", "ToString", "GetType", "EqualityContract", "PrintMembers", "Deconstruct",
    };

    public static EquatableArray<VariableSpec> Bind(GraphQLOperationDefinition operation, TypeBinder types, TypeUsage usage)
    {
        var properties = new NameAllocator(VariablesRecordMembers);
        var parameters = new NameAllocator("cancellationToken", "pageSize");
        var result = new List<VariableSpec>();
        foreach (var variable in operation.Variables?.Items ?? new List<GraphQLVariableDefinition>())
        {
            var graphQLName = variable.Variable.Name.StringValue;
            var type = variable.Type.ToTypeReference();
            usage.UseInput(type.NamedType);
            result.Add(new VariableSpec(
                graphQLName,
                properties.Allocate(Identifiers.Pascal(graphQLName)),
                parameters.Allocate(Identifiers.Camel(graphQLName), "Value"),
                types.Input(type),
                IsRequired: type.IsNonNull && variable.DefaultValue is null,
                variable.DefaultValue is null ? null : GraphQLValuePrinter.Print(variable.DefaultValue)));
        }

        return result.ToEquatableArray();
    }
}
