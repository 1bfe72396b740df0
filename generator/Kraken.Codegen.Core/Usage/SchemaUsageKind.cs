namespace Kraken.Codegen.Core.Usage;

/// <summary>What kind of schema element a document uses at one place.</summary>
public enum SchemaUsageKind
{
    /// <summary>A named type: the type of a selected field, a fragment's type condition, or a variable's input type.</summary>
    Type,

    /// <summary>A selected field, coordinate <c>Type.field</c>.</summary>
    Field,

    /// <summary>An argument given to a field or directive, coordinate <c>Type.field(arg:)</c>.</summary>
    Argument,

    /// <summary>An input object field written as a literal, coordinate <c>Input.field</c>.</summary>
    InputField,

    /// <summary>An enum value written as a literal, coordinate <c>Enum.VALUE</c>.</summary>
    EnumValue,

    /// <summary>A directive applied in the document, coordinate <c>@name</c>.</summary>
    Directive,
}
