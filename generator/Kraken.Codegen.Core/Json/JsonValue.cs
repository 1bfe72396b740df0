namespace Kraken.Codegen.Core.Json;

public enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>
/// A value of a JSON document read by <see cref="JsonReader"/>, with the offset where it starts (so that problems
/// can be reported at a line and column). A minimal model: the core runs inside the compiler and must not load
/// System.Text.Json there.
/// </summary>
public abstract class JsonValue
{
    private protected JsonValue(JsonKind kind, int offset)
    {
        Kind = kind;
        Offset = offset;
    }

    public JsonKind Kind { get; }

    /// <summary>Character offset of the value's first character.</summary>
    public int Offset { get; }
}

public sealed class JsonObject : JsonValue
{
    private readonly Dictionary<string, JsonValue> _byName = new(StringComparer.Ordinal);

    public JsonObject(int offset)
        : base(JsonKind.Object, offset)
    {
    }

    /// <summary>Members in document order (a repeated name keeps its last value for lookups, as JSON readers usually do).</summary>
    public List<KeyValuePair<string, JsonValue>> Members { get; } = new();

    public JsonValue? this[string name] => _byName.TryGetValue(name, out var value) ? value : null;

    internal void Add(string name, JsonValue value)
    {
        Members.Add(new KeyValuePair<string, JsonValue>(name, value));
        _byName[name] = value;
    }
}

public sealed class JsonArray : JsonValue
{
    public JsonArray(int offset)
        : base(JsonKind.Array, offset)
    {
    }

    public List<JsonValue> Items { get; } = new();
}

public sealed class JsonString : JsonValue
{
    public JsonString(string value, int offset)
        : base(JsonKind.String, offset) => Value = value;

    public string Value { get; }
}

public sealed class JsonNumber : JsonValue
{
    public JsonNumber(string text, int offset)
        : base(JsonKind.Number, offset) => Text = text;

    /// <summary>The number as written.</summary>
    public string Text { get; }
}

public sealed class JsonBoolean : JsonValue
{
    public JsonBoolean(bool value, int offset)
        : base(JsonKind.Boolean, offset) => Value = value;

    public bool Value { get; }
}

public sealed class JsonNull : JsonValue
{
    public JsonNull(int offset)
        : base(JsonKind.Null, offset)
    {
    }
}
