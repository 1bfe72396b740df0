using System.Text;

namespace Kraken.Codegen.Tool.Introspection;

/// <summary>
/// The standard introspection query, asking for everything the schema model keeps: deprecated fields, enum values,
/// arguments and input fields (<c>includeDeprecated: true</c> everywhere), <c>specifiedByURL</c>, <c>isOneOf</c>,
/// <c>isRepeatable</c> and the schema description — each only where the server's capabilities allow it.
/// </summary>
internal static class IntrospectionQuery
{
    public static string Build(IntrospectionCapabilities can)
    {
        var deprecatedFieldArgs = can.DeprecatedFieldArguments && can.InputValueDeprecation ? "args(includeDeprecated: true)" : "args";
        var deprecatedDirectiveArgs = can.DeprecatedDirectiveArguments && can.InputValueDeprecation ? "args(includeDeprecated: true)" : "args";
        var inputFields = can.DeprecatedInputFields && can.InputValueDeprecation ? "inputFields(includeDeprecated: true)" : "inputFields";
        var query = new StringBuilder();
        query.Append("query IntrospectionQuery {\n  __schema {\n");
        Line(query, can.SchemaDescription, "    description");
        query.Append("    queryType { name }\n    mutationType { name }\n    subscriptionType { name }\n    types { ...FullType }\n");
        query.Append("    directives {\n      name\n      description\n");
        Line(query, can.IsRepeatable, "      isRepeatable");
        query.Append("      locations\n      ").Append(deprecatedDirectiveArgs).Append(" { ...InputValue }\n    }\n  }\n}\n\n");
        query.Append("fragment FullType on __Type {\n  kind\n  name\n  description\n");
        Line(query, can.SpecifiedByUrl, "  specifiedByURL");
        Line(query, can.IsOneOf, "  isOneOf");
        query.Append("  fields(includeDeprecated: true) {\n    name\n    description\n    ").Append(deprecatedFieldArgs)
            .Append(" { ...InputValue }\n    type { ...TypeRef }\n    isDeprecated\n    deprecationReason\n  }\n");
        query.Append("  ").Append(inputFields).Append(" { ...InputValue }\n");
        query.Append("  interfaces { ...TypeRef }\n  enumValues(includeDeprecated: true) {\n    name\n    description\n    isDeprecated\n    deprecationReason\n  }\n");
        query.Append("  possibleTypes { ...TypeRef }\n}\n\n");
        query.Append("fragment InputValue on __InputValue {\n  name\n  description\n  type { ...TypeRef }\n  defaultValue\n");
        Line(query, can.InputValueDeprecation, "  isDeprecated\n  deprecationReason");
        query.Append("}\n\n");
        query.Append("fragment TypeRef on __Type {\n  kind\n  name\n  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }\n}\n");
        return query.ToString();
    }

    private static void Line(StringBuilder query, bool include, string text)
    {
        if (include)
        {
            query.Append(text).Append('\n');
        }
    }
}
