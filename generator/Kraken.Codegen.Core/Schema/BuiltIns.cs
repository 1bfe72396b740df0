namespace Kraken.Codegen.Core.Schema;

/// <summary>What every GraphQL schema has without declaring it: the five scalars, the specified directives and the introspection types.</summary>
public static class BuiltIns
{
    public static readonly IReadOnlyList<string> ScalarNames = new[] { "Int", "Float", "String", "Boolean", "ID" };

    public static readonly IReadOnlyList<string> DirectiveNames = new[] { "skip", "include", "deprecated", "specifiedBy", "oneOf" };

    /// <summary>The built-in definitions as SDL, loaded into every schema before the user's sources.</summary>
    public const string Sdl = """
        "The `Int` scalar type represents non-fractional signed whole numeric values between -2^31 and 2^31-1."
        scalar Int
        "The `Float` scalar type represents signed double-precision fractional values."
        scalar Float
        "The `String` scalar type represents textual data as UTF-8 character sequences."
        scalar String
        "The `Boolean` scalar type represents `true` or `false`."
        scalar Boolean
        "The `ID` scalar type represents a unique identifier, serialized as a string."
        scalar ID

        "Directs the executor to skip this field or fragment when the `if` argument is true."
        directive @skip("Skipped when true." if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        "Directs the executor to include this field or fragment only when the `if` argument is true."
        directive @include("Included when true." if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        "Marks an element of a GraphQL schema as no longer supported."
        directive @deprecated(reason: String = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE
        "Exposes a URL that specifies the behaviour of this scalar."
        directive @specifiedBy(url: String!) on SCALAR
        "Indicates exactly one field must be supplied and this field must not be `null`."
        directive @oneOf on INPUT_OBJECT

        type __Schema {
          description: String
          types: [__Type!]!
          queryType: __Type!
          mutationType: __Type
          subscriptionType: __Type
          directives: [__Directive!]!
        }

        type __Type {
          kind: __TypeKind!
          name: String
          description: String
          fields(includeDeprecated: Boolean = false): [__Field!]
          interfaces: [__Type!]
          possibleTypes: [__Type!]
          enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
          inputFields(includeDeprecated: Boolean = false): [__InputValue!]
          ofType: __Type
          specifiedByURL: String
          isOneOf: Boolean
        }

        enum __TypeKind { SCALAR OBJECT INTERFACE UNION ENUM INPUT_OBJECT LIST NON_NULL }

        type __Field {
          name: String!
          description: String
          args(includeDeprecated: Boolean = false): [__InputValue!]!
          type: __Type!
          isDeprecated: Boolean!
          deprecationReason: String
        }

        type __InputValue {
          name: String!
          description: String
          type: __Type!
          defaultValue: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        type __EnumValue {
          name: String!
          description: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        type __Directive {
          name: String!
          description: String
          locations: [__DirectiveLocation!]!
          args(includeDeprecated: Boolean = false): [__InputValue!]!
          isRepeatable: Boolean!
        }

        enum __DirectiveLocation {
          QUERY MUTATION SUBSCRIPTION FIELD FRAGMENT_DEFINITION FRAGMENT_SPREAD INLINE_FRAGMENT VARIABLE_DEFINITION
          SCHEMA SCALAR OBJECT FIELD_DEFINITION ARGUMENT_DEFINITION INTERFACE UNION ENUM ENUM_VALUE INPUT_OBJECT INPUT_FIELD_DEFINITION
        }
        """;

    /// <summary><c>__schema: __Schema!</c>, selectable on the query root type.</summary>
    public static readonly FieldDefinition SchemaField = new("__schema", TypeReference.NonNull(TypeReference.Named("__Schema")), "Query")
    {
        Description = "Access the current type schema of this server.",
    };

    /// <summary><c>__type(name: String!): __Type</c>, selectable on the query root type.</summary>
    public static readonly FieldDefinition TypeField = CreateTypeField();

    public static bool IsBuiltInScalar(string name) => ScalarNames.Contains(name);

    public static bool IsIntrospectionName(string name) => name.StartsWith("__", StringComparison.Ordinal);

    /// <summary><c>__typename: String!</c>, selectable on every composite type.</summary>
    public static FieldDefinition TypenameField(string parentType) =>
        new("__typename", TypeReference.NonNull(TypeReference.Named("String")), parentType)
        {
            Description = "The name of the current object type at run time.",
        };

    private static FieldDefinition CreateTypeField()
    {
        var field = new FieldDefinition("__type", TypeReference.Named("__Type"), "Query")
        {
            Description = "Request the type information of a single type.",
        };
        field.Arguments.TryAdd(new InputValueDefinition("name", TypeReference.NonNull(TypeReference.Named("String")), "Query.__type(name:)"));
        return field;
    }
}
