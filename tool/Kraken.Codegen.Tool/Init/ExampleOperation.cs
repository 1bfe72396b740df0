using System.Text;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Tool.Init;

/// <summary>A required argument of the example operation: its variable, GraphQL type and the C# literal the example program passes.</summary>
internal sealed record ExampleArgument(string Name, string GraphQLType, string CSharpLiteral);

/// <summary>The example operation <c>init</c> writes: its GraphQL text and how the generated client method is called.</summary>
internal sealed record ExampleOperation(string Name, string RootField, string Text, IReadOnlyList<ExampleArgument> Arguments)
{
    /// <summary>The generated client method (<c>ViewerAsync</c> for <c>query Viewer</c>).</summary>
    public string MethodName => Name + "Async";

    /// <summary>
    /// Picks a root query field the example can select with no input but scalar arguments, preferring Kraken's
    /// <c>viewer</c> and <c>account</c>, then the schema's own order; a field of object type selects up to six of its
    /// scalar or enum fields that take no required argument. Null when no root field qualifies.
    /// </summary>
    public static ExampleOperation? Pick(SchemaModel schema)
    {
        if (schema.QueryType is not { } query)
        {
            return null;
        }

        var preferred = new[] { "viewer", "account" };
        var candidates = query.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal))
            .OrderBy(f => Array.IndexOf(preferred, f.Name) is var index && index >= 0 ? index : preferred.Length)
            .Where(f => f.Deprecation is null);
        foreach (var field in candidates)
        {
            if (Build(schema, field) is { } example)
            {
                return example;
            }
        }

        return null;
    }

    private static ExampleOperation? Build(SchemaModel schema, FieldDefinition field)
    {
        var arguments = new List<ExampleArgument>();
        foreach (var argument in field.Arguments.Where(a => a.IsRequired))
        {
            if (Literal(argument.Type) is not { } literal)
            {
                return null;
            }

            arguments.Add(new ExampleArgument(argument.Name, Print(argument.Type), literal));
        }

        var type = schema.GetType(field.Type.NamedType);
        string? selection;
        if (type is { IsLeafType: true })
        {
            selection = string.Empty;
        }
        else if (type is FieldsTypeDefinition fields)
        {
            var leaves = fields.Fields
                .Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal) && f.Deprecation is null && !f.Arguments.Any(a => a.IsRequired))
                .Where(f => schema.GetType(f.Type.NamedType) is { IsLeafType: true })
                .Take(6)
                .ToList();
            selection = leaves.Count == 0 ? null : " {\n" + string.Concat(leaves.Select(f => "    " + f.Name + "\n")) + "  }";
        }
        else
        {
            selection = null;
        }

        if (selection is null)
        {
            return null;
        }

        var name = char.ToUpperInvariant(field.Name[0]) + field.Name.Substring(1);
        var text = new StringBuilder();
        text.Append("# An example operation written by 'kraken-codegen init': the build turns it into ").Append(name).Append("Query\n");
        text.Append("# and a client method ").Append(name).Append("Async. Edit it, or add more .graphql files beside it.\n");
        text.Append("query ").Append(name);
        if (arguments.Count > 0)
        {
            text.Append('(').Append(string.Join(", ", arguments.Select(a => "$" + a.Name + ": " + a.GraphQLType))).Append(')');
        }

        text.Append(" {\n  ").Append(field.Name);
        if (arguments.Count > 0)
        {
            text.Append('(').Append(string.Join(", ", arguments.Select(a => a.Name + ": $" + a.Name))).Append(')');
        }

        text.Append(selection).Append("\n}\n");
        return new ExampleOperation(name, field.Name, text.ToString(), arguments);
    }

    /// <summary>A C# literal for a required argument of a built-in scalar type, or null (the field is not picked).</summary>
    private static string? Literal(TypeReference type) => type.IsList || type.Nullable.IsList ? null : type.NamedType switch
    {
        "String" or "ID" => "\"A-00000000\"",
        "Int" => "1",
        "Float" => "1.0",
        "Boolean" => "true",
        _ => null,
    };

    private static string Print(TypeReference type) => type.IsNonNull ? type.NamedType + "!" : type.NamedType;
}
