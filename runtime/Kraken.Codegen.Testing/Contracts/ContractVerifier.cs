using System.Collections.Concurrent;
using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace Kraken.Codegen.Testing;

/// <summary>
/// Contracts for operations: builds a JSON Schema for each operation's variables and response from the schema and the
/// operation text (see <see cref="ResponseSchemaBuilder"/>, <see cref="VariablesSchemaBuilder"/> and
/// <see cref="ScalarContracts"/>), emits them, and checks recorded JSON against them, reporting every violation with
/// its JSON path. Operations are expected to be valid (run the validator first); parts the schema does not know are
/// left permissive rather than guessed.
/// </summary>
/// <example>
/// <code>
/// var verifier = ContractVerifier.Create(schema, operations);
/// var result = verifier.Verify("Account", File.ReadAllText("recorded/account.json"));
/// Assert.True(result.IsValid, result.ToString());
/// </code>
/// </example>
public sealed class ContractVerifier
{
    private readonly SchemaModel _schema;
    private readonly ExecutableDocumentSet _operations;
    private readonly Dictionary<string, GraphQLOperationDefinition> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OperationContract> _contracts = new(StringComparer.Ordinal);

    private ContractVerifier(SchemaModel schema, ExecutableDocumentSet operations)
    {
        _schema = schema;
        _operations = operations;
        foreach (var operation in operations.Operations)
        {
            if (operation.Node.Name is { } name && !_byName.ContainsKey(name.StringValue))
            {
                _byName.Add(name.StringValue, operation.Node);
            }
        }
    }

    /// <summary>The named operations of the set, sorted.</summary>
    public IReadOnlyList<string> OperationNames => _byName.Keys.OrderBy(n => n, StringComparer.Ordinal).ToArray();

    public static ContractVerifier Create(SchemaModel schema, ExecutableDocumentSet operations)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operations);
        return new ContractVerifier(schema, operations);
    }

    /// <summary>The contract of the named operation; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public OperationContract GetContract(string operationName)
    {
        ArgumentNullException.ThrowIfNull(operationName);
        return _contracts.GetOrAdd(operationName, name =>
        {
            if (!_byName.TryGetValue(name, out var operation))
            {
                throw new KeyNotFoundException($"No operation named '{name}'. Known operations: {string.Join(", ", OperationNames)}.");
            }

            return new OperationContract(
                name,
                new VariablesSchemaBuilder(_schema).Build(operation, name + " variables"),
                new ResponseSchemaBuilder(_schema, _operations).Build(operation, name + " response"));
        });
    }

    /// <summary>Checks a recorded response (<c>{"data": …}</c>) against the operation's response contract.</summary>
    public ContractVerificationResult Verify(string operationName, string responseJson) =>
        Check(operationName, responseJson, GetContract(operationName).Response);

    /// <summary>Checks a variables object against the operation's variables contract.</summary>
    public ContractVerificationResult VerifyVariables(string operationName, string variablesJson) =>
        Check(operationName, variablesJson, GetContract(operationName).Variables);

    private static ContractVerificationResult Check(string operationName, string json, NJsonSchema.JsonSchema schema)
    {
        ArgumentNullException.ThrowIfNull(json);
        JToken token;
        try
        {
            // Dates stay strings: the contract, not the JSON reader, decides what a date is.
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            token = JToken.ReadFrom(reader);
        }
        catch (JsonReaderException exception)
        {
            return new ContractVerificationResult(operationName, new[] { new ContractViolation("$", "InvalidJson", "The document is not JSON: " + exception.Message) });
        }

        var violations = new List<ContractViolation>();
        foreach (var error in schema.Validate(token))
        {
            Flatten(error, violations);
        }

        return new ContractVerificationResult(operationName, violations
            .Distinct()
            .OrderBy(v => v.Path, StringComparer.Ordinal)
            .ThenBy(v => v.Kind, StringComparer.Ordinal)
            .ToArray());
    }

    /// <summary>
    /// Turns validator errors into violations. For a failed oneOf/anyOf (an abstract type, or a nullable value) the
    /// branch that fits best explains the failure: the one whose <c>__typename</c> and JSON type match, with fewest errors.
    /// </summary>
    private static void Flatten(ValidationError error, List<ContractViolation> violations)
    {
        if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
        {
            var path = JsonPath(error.Path);
            var best = child.Errors.Values
                .OrderBy(errors => Score(errors, path))
                .First();
            if (best.Count > 0)
            {
                foreach (var inner in best)
                {
                    Flatten(inner, violations);
                }

                return;
            }
        }

        var at = JsonPath(error.Path);
        if (error.Kind == ValidationErrorKind.PropertyRequired && error.Property is { } missing && !at.EndsWith("." + missing, StringComparison.Ordinal))
        {
            at += "." + missing;
        }

        violations.Add(new ContractViolation(at, error.Kind.ToString(), Describe(error)));
    }

    private static int Score(ICollection<ValidationError> errors, string path)
    {
        var score = errors.Count;
        foreach (var error in errors)
        {
            var at = JsonPath(error.Path);
            if (at == path && error.Kind is not ValidationErrorKind.PropertyRequired and not ValidationErrorKind.NoAdditionalPropertiesAllowed)
            {
                score += 1000; // The branch does not even have the value's JSON type (for example the null branch).
            }
            else if (at == path + ".__typename")
            {
                score += 500; // The branch is for another object type.
            }
        }

        return score;
    }

    private static string Describe(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired => $"required property '{error.Property}' is missing",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => $"property '{error.Property}' is not part of the contract",
        ValidationErrorKind.NotInEnumeration => $"value {Value(error)} is not one of the allowed values",
        ValidationErrorKind.NullExpected => "null expected",
        ValidationErrorKind.NoTypeValidates => $"expected {(error.Schema is { } schema ? string.Join(" or ", schema.Type.ToString().Split(", ").Select(t => t.ToLowerInvariant())) : "another type")}, found {Value(error)}",
        _ => Humanize(error.Kind.ToString()) + (error.Token is { } token ? $", found {Value(error)}" : string.Empty),
    };

    private static string Value(ValidationError error) =>
        error.Token is null ? "(none)" : error.Token.Type == JTokenType.String ? "\"" + error.Token + "\"" : error.Token.ToString(Formatting.None);

    private static string Humanize(string kind)
    {
        var text = new System.Text.StringBuilder();
        foreach (var c in kind)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>NJsonSchema writes <c>#/data.account[0].id</c>; JSON paths read <c>$.data.account[0].id</c>.</summary>
    private static string JsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "#" || path == "#/")
        {
            return "$";
        }

        var rest = path!.StartsWith("#/", StringComparison.Ordinal) ? path.Substring(2) : path.TrimStart('#');
        return rest.StartsWith("[", StringComparison.Ordinal) ? "$" + rest : "$." + rest;
    }
}
