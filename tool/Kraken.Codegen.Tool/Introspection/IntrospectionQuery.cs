namespace Kraken.Codegen.Tool.Introspection;

/// <summary>
/// The standard introspection query, asking for everything the schema model keeps: deprecated fields, enum values,
/// arguments and input fields (<c>includeDeprecated: true</c> everywhere), <c>specifiedByURL</c>, <c>isOneOf</c>,
/// <c>isRepeatable</c> and the schema description. <see cref="Legacy"/> leaves out what older servers reject.
/// </summary>
internal static class IntrospectionQuery
{
    public const string Full = Template;

    /// <summary>For servers that predate deprecated input values, <c>specifiedByURL</c>, <c>isOneOf</c> and repeatable directives.</summary>
    public static readonly string Legacy = Template
        .Replace("args(includeDeprecated: true)", "args", StringComparison.Ordinal)
        .Replace("inputFields(includeDeprecated: true)", "inputFields", StringComparison.Ordinal)
        .Replace("  specifiedByURL\n", string.Empty, StringComparison.Ordinal)
        .Replace("  isOneOf\n", string.Empty, StringComparison.Ordinal)
        .Replace("    isRepeatable\n", string.Empty, StringComparison.Ordinal)
        .Replace("  isDeprecated\n  deprecationReason\n}\n\nfragment TypeRef", "}\n\nfragment TypeRef", StringComparison.Ordinal)
        .Replace("    description\n    queryType", "    queryType", StringComparison.Ordinal);

    private const string Template = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        }
        """;
}
