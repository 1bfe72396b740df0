namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>
/// A value of the reference's example JSON. Examples are not valid JSON: a bare type name
/// (<c>AccountUserType</c>) stands where an object would, so it is its own kind of value.
/// </summary>
internal abstract record ExampleValue(int Line)
{
    /// <summary>The first item of a (nested) list example, or the value itself when it is no list; null for an empty list.</summary>
    public static ExampleValue? Unwrap(ExampleValue? value)
    {
        while (value is ExampleArray { Items.Count: > 0 } array)
        {
            value = array.Items[0];
        }

        return value is ExampleArray ? null : value;
    }
}

internal sealed record ExampleObject(IReadOnlyList<KeyValuePair<string, ExampleValue>> Properties, int Line) : ExampleValue(Line)
{
    public ExampleValue? Get(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Key == name)
            {
                return property.Value;
            }
        }

        return null;
    }
}

internal sealed record ExampleArray(IReadOnlyList<ExampleValue> Items, int Line) : ExampleValue(Line);

internal sealed record ExampleString(string Value, int Line) : ExampleValue(Line);

internal sealed record ExampleNumber(string Text, int Line) : ExampleValue(Line)
{
    public bool IsInteger => !Text.Contains('.', StringComparison.Ordinal) && !Text.Contains('e', StringComparison.OrdinalIgnoreCase);
}

internal sealed record ExampleBoolean(bool Value, int Line) : ExampleValue(Line);

internal sealed record ExampleNull(int Line) : ExampleValue(Line);

/// <summary>A bare type name such as <c>AccountUserType</c>, standing for a value of that type.</summary>
internal sealed record ExampleTypeName(string Name, int Line) : ExampleValue(Line);
