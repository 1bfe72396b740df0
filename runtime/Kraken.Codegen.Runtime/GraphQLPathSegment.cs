using System.Globalization;

namespace Kraken.Codegen.Runtime;

/// <summary>One segment of an error path: a response field name or a list index.</summary>
public readonly record struct GraphQLPathSegment
{
    private GraphQLPathSegment(string? fieldName, int index)
    {
        FieldName = fieldName;
        Index = index;
    }

    /// <summary>The response key (alias or field name), or null when the segment is a list index.</summary>
    public string? FieldName { get; }

    /// <summary>The list index; meaningful only when <see cref="IsIndex"/> is true.</summary>
    public int Index { get; }

    public bool IsIndex => FieldName is null;

    public static GraphQLPathSegment Field(string fieldName) => new(fieldName ?? throw new ArgumentNullException(nameof(fieldName)), -1);

    public static GraphQLPathSegment ListIndex(int index) => new(null, index);

    public override string ToString() => FieldName ?? Index.ToString(CultureInfo.InvariantCulture);
}
