using NJsonSchema;

namespace Kraken.Codegen.Testing;

/// <summary>Small helpers for the JSON Schema shapes contracts are made of. Each fills a given target, so that a
/// property (a <see cref="JsonSchemaProperty"/>) and a plain schema are built the same way.</summary>
internal static class JsonSchemas
{
    public static JsonSchema Null() => new() { Type = JsonObjectType.Null };

    /// <summary>Lets a target filled with a type (and maybe an enumeration) also accept null.</summary>
    public static void AllowNull(JsonSchema target)
    {
        if (target.Type == JsonObjectType.None && target.Enumeration.Count == 0)
        {
            return; // Already accepts anything.
        }

        target.Type |= JsonObjectType.Null;
        if (target.Enumeration.Count > 0)
        {
            target.Enumeration.Add(null);
        }
    }

    public static void StringEnum(JsonSchema target, IEnumerable<string> values)
    {
        target.Type = JsonObjectType.String;
        foreach (var value in values)
        {
            target.Enumeration.Add(value);
        }
    }

    public static void ClosedObject(JsonSchema target)
    {
        target.Type = JsonObjectType.Object;
        target.AllowAdditionalProperties = false;
    }

    /// <summary>Adds a property; required ones are recorded on the owner.</summary>
    public static void AddProperty(JsonSchema owner, string name, JsonSchemaProperty property, bool required)
    {
        owner.Properties[name] = property;
        if (required && !owner.RequiredProperties.Contains(name))
        {
            owner.RequiredProperties.Add(name);
        }
    }
}
