using System.Text;

namespace Kraken.Codegen.Tool.SchemaDiff;

/// <summary>
/// One difference between two schemas: what changed (<see cref="Kind"/>), where (the schema coordinate, for example
/// <c>Query.account(accountNumber:)</c>), how harmful it is, and why.
/// </summary>
internal sealed record SchemaChange(
    ChangeKind Kind,
    ChangeCriticality Criticality,
    string Coordinate,
    string Message,
    string Reason)
{
    /// <summary>True when the removed or changed element was deprecated in the old schema.</summary>
    public bool WasDeprecated { get; init; }

    /// <summary>The type that holds the changed element (the type itself for type-level changes; empty for directives).</summary>
    public string TypeName { get; init; } = string.Empty;

    /// <summary>The field, for field and argument changes.</summary>
    public string? FieldName { get; init; }

    /// <summary>The other type of a union-member or interface change (the member, or the interface).</summary>
    public string? RelatedType { get; init; }

    public bool IsDescriptionChange => Kind.ToString().EndsWith("DescriptionChanged", StringComparison.Ordinal);

    /// <summary>The kind as SCREAMING_SNAKE_CASE, the spelling JSON and SARIF output use.</summary>
    public string KindCode => ToSnakeCase(Kind.ToString());

    public static string ToSnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }
}
