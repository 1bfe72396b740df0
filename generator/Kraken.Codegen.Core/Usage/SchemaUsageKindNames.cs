namespace Kraken.Codegen.Core.Usage;

/// <summary>Names of the usage kinds in messages and reports.</summary>
public static class SchemaUsageKindNames
{
    /// <summary>The kind in lower case, as reports and messages name it: <c>field</c>, <c>input field</c>, <c>enum value</c>…</summary>
    public static string Of(SchemaUsageKind kind) => kind switch
    {
        SchemaUsageKind.Field => "field",
        SchemaUsageKind.Argument => "argument",
        SchemaUsageKind.InputField => "input field",
        SchemaUsageKind.EnumValue => "enum value",
        SchemaUsageKind.Directive => "directive",
        _ => "type",
    };
}
