using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Kraken.Codegen.Core.Tests.Differential;

/// <summary>
/// GraphQL.NET's validator over a schema given as SDL: an independent implementation of section 5 to compare
/// verdicts with. Only the document rules run; variable values are not part of the comparison.
/// </summary>
internal sealed class GraphQLNetOracle
{
    private readonly ISchema _schema;
    private readonly DocumentValidator _validator = new();

    public GraphQLNetOracle(string sdl)
    {
        // Validation never resolves types, but GraphQL.NET insists that abstract types can be resolved.
        // Subscription fields must have stream resolvers to pass its schema checks; custom scalars are made as
        // permissive as ours (section 3.5: only the server knows how a custom scalar parses its input).
        var sdlSyntax = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.Comments });
        var builder = new PermissiveSchemaBuilder(CustomScalars(sdlSyntax));
        builder.Types.ForAll(type => type.IsTypeOfFunc = _ => true);
        foreach (var (type, field) in SubscriptionFields(sdlSyntax))
        {
            builder.Types.For(type).FieldFor(field).StreamResolver = new SourceStreamResolver<object?>(_ => new EmptyStream());
        }

        _schema = builder.Build(sdl);
        _schema.Features.DeprecationOfInputValues = true;
        _schema.Features.RepeatableDirectives = true;
        _schema.Initialize();
    }

    /// <summary>
    /// The standard introspection query, with every field the current specification defines that GraphQL.NET 8.8.5
    /// serves (it lacks <c>specifiedByURL</c> and arguments of <c>__Directive.args</c>).
    /// </summary>
    public const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description isRepeatable locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description isOneOf
          fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
        fragment TypeRef on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    /// <summary>Runs the introspection query and returns the JSON response, as a server would send it.</summary>
    public string Introspect()
    {
        var result = _schema.ExecuteAsync(new GraphQL.SystemTextJson.GraphQLSerializer(indent: true), options => options.Query = IntrospectionQuery).GetAwaiter().GetResult();
        return result;
    }

    private static List<string> CustomScalars(GraphQLDocument document) =>
        document.Definitions.OfType<GraphQLScalarTypeDefinition>()
            .Select(s => s.Name.StringValue)
            .Where(name => name is not ("Int" or "Float" or "String" or "Boolean" or "ID"))
            .ToList();

    private static List<(string Type, string Field)> SubscriptionFields(GraphQLDocument document)
    {
        var rootName = document.Definitions.OfType<GraphQLSchemaDefinition>()
            .SelectMany(d => d.OperationTypes)
            .FirstOrDefault(o => o.Operation == OperationType.Subscription)?.Type?.Name.StringValue ?? "Subscription";
        return document.Definitions
            .OfType<GraphQLObjectTypeDefinition>()
            .Where(t => t.Name.StringValue == rootName)
            .SelectMany(t => t.Fields?.Items ?? new List<GraphQLFieldDefinition>())
            .Select(f => (rootName, f.Name.StringValue))
            .ToList();
    }

    /// <summary>The oracle's errors for <paramref name="document"/>; empty when it accepts the document.</summary>
    public IReadOnlyList<string> Validate(string document)
    {
        GraphQLDocument syntax;
        try
        {
            syntax = Parser.Parse(document, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = 256 });
        }
        catch (GraphQLParserException exception)
        {
            return new[] { "syntax: " + exception.Description };
        }

        var operations = syntax.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var errors = new List<string>();
        foreach (var operation in operations.Count == 0 ? new List<GraphQLOperationDefinition?> { null } : operations.Cast<GraphQLOperationDefinition?>().ToList())
        {
            var result = _validator.ValidateAsync(new ValidationOptions
            {
                Schema = _schema,
                Document = syntax,
                Operation = operation!,
                Rules = DocumentValidator.CoreRules,
                Variables = Inputs.Empty,
                Extensions = Inputs.Empty,
                UserContext = new Dictionary<string, object?>(),
                RequestServices = null,
            }).GetAwaiter().GetResult();
            // Missing values for required variables are a request problem (section 6.1.2), not a document one.
            errors.AddRange(result.Errors
                .Where(e => !(e.Code == "INVALID_VALUE" && e.Message.StartsWith("Variable '$", StringComparison.Ordinal) && e.Message.Contains("No value provided")))
                .Select(e => $"{e.Code}: {e.Message}"));
        }

        return errors.Distinct().ToList();
    }

    private sealed class PermissiveSchemaBuilder : GraphQL.Utilities.SchemaBuilder
    {
        private readonly List<string> _customScalars;

        public PermissiveSchemaBuilder(List<string> customScalars) => _customScalars = customScalars;

        protected override void PreConfigure(GraphQL.Types.Schema schema)
        {
            base.PreConfigure(schema);
            schema.NameConverter = GraphQL.Conversion.DefaultNameConverter.Instance; // keep 'SHA' as 'SHA', not 'sHA'
            foreach (var name in _customScalars)
            {
                schema.RegisterType(new PermissiveScalar(name));
            }
        }
    }

    /// <summary>A custom scalar that accepts any literal, as our validator does.</summary>
    private sealed class PermissiveScalar : ScalarGraphType
    {
        public PermissiveScalar(string name) => Name = name;

        public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : value;

        public override bool CanParseLiteral(GraphQLValue value) => true;

        public override object? ParseValue(object? value) => value;

        public override object? Serialize(object? value) => value;

        public override GraphQLValue ToAST(object? value) => value as GraphQLValue ?? new GraphQLNullValue();
    }

    private sealed class EmptyStream : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer) => new NoSubscription();

        private sealed class NoSubscription : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
