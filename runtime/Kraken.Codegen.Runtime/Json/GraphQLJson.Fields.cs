using System.Text.Json;

namespace Kraken.Codegen.Runtime.Json;

/// <summary>Reads one value of type <typeparamref name="T"/> where the reader stands (a scalar's converter).</summary>
public delegate T GraphQLValueReader<out T>(ref Utf8JsonReader reader);

/// <summary>Reads one value of type <typeparamref name="T"/> that may report schema drift (a generated record or enum).</summary>
public delegate T GraphQLObjectReader<out T>(ref Utf8JsonReader reader, GraphQLReadContext context);

/// <summary>Writes one non-null value of type <typeparamref name="T"/>.</summary>
public delegate void GraphQLValueWriter<in T>(Utf8JsonWriter writer, T value);

/// <summary>A generated enum or input object, which writes itself as a JSON value.</summary>
public interface IGraphQLInputValue
{
    void WriteJson(Utf8JsonWriter writer);
}

/// <summary>A generated enum: reads itself, and reports values it does not know as schema drift.</summary>
public interface IGraphQLEnum<TSelf> : IGraphQLInputValue
    where TSelf : struct, IGraphQLEnum<TSelf>
{
    static abstract TSelf ReadJson(ref Utf8JsonReader reader, GraphQLReadContext context);
}

// The steps generated readers and writers repeat for every field.
public abstract partial class GraphQLJson
{
    // ---- Objects ---------------------------------------------------------------------------------------------

    /// <summary>Moves to the next property of an object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>
    /// From a property's name, moves to its value and remembers <paramref name="responseName"/> in <paramref name="field"/>
    /// (so that a failure further in can name it). False when the value is null.
    /// </summary>
    public static bool NextValue(ref Utf8JsonReader reader, ref string field, string responseName)
    {
        field = responseName;
        reader.Read();
        return reader.TokenType != JsonTokenType.Null;
    }

    /// <summary>As <see cref="NextValue(ref Utf8JsonReader, ref string, string)"/> for a field of the non-null type <paramref name="graphQLType"/>: a null value throws.</summary>
    public static bool NextValue(ref Utf8JsonReader reader, ref string field, string responseName, string graphQLType)
    {
        field = responseName;
        reader.Read();
        return reader.TokenType != JsonTokenType.Null ? true : throw NullForNonNull(responseName, graphQLType);
    }

    /// <summary>Reads a generated enum, which reports values it does not know through <paramref name="context"/>.</summary>
    public static T ReadEnum<T>(ref Utf8JsonReader reader, GraphQLReadContext context)
        where T : struct, IGraphQLEnum<T> => T.ReadJson(ref reader, context);

    // ---- Lists -----------------------------------------------------------------------------------------------
    // The item type is GraphQL's (String!), for messages. Each reader adds the index of a failing item to its path.

    /// <summary>Reads a list whose items are non-null: a null item throws.</summary>
    public static IReadOnlyList<T> ReadList<T>(ref Utf8JsonReader reader, string itemType, GraphQLValueReader<T> readItem) =>
        ReadItems<T, ValueItems<T>>(ref reader, itemType, itemsNonNull: true, new ValueItems<T>(readItem));

    /// <inheritdoc cref="ReadList{T}(ref Utf8JsonReader, string, GraphQLValueReader{T})"/>
    public static IReadOnlyList<T> ReadList<T>(ref Utf8JsonReader reader, GraphQLReadContext context, string itemType, GraphQLObjectReader<T> readItem) =>
        ReadItems<T, ObjectItems<T>>(ref reader, itemType, itemsNonNull: true, new ObjectItems<T>(readItem, context));

    /// <summary>Reads a list whose items may be null (reference types).</summary>
    public static IReadOnlyList<T?> ReadListOfNullable<T>(ref Utf8JsonReader reader, string itemType, GraphQLValueReader<T> readItem)
        where T : class => ReadItems<T, ValueItems<T>>(ref reader, itemType, itemsNonNull: false, new ValueItems<T>(readItem));

    /// <inheritdoc cref="ReadListOfNullable{T}(ref Utf8JsonReader, string, GraphQLValueReader{T})"/>
    public static IReadOnlyList<T?> ReadListOfNullable<T>(ref Utf8JsonReader reader, GraphQLReadContext context, string itemType, GraphQLObjectReader<T> readItem)
        where T : class => ReadItems<T, ObjectItems<T>>(ref reader, itemType, itemsNonNull: false, new ObjectItems<T>(readItem, context));

    /// <summary>Reads a list whose items may be null (value types).</summary>
    public static IReadOnlyList<T?> ReadListOfNullableValues<T>(ref Utf8JsonReader reader, string itemType, GraphQLValueReader<T> readItem)
        where T : struct => ReadItems<T?, NullableItems<T, ValueItems<T>>>(ref reader, itemType, itemsNonNull: false, new NullableItems<T, ValueItems<T>>(new ValueItems<T>(readItem)));

    /// <inheritdoc cref="ReadListOfNullableValues{T}(ref Utf8JsonReader, string, GraphQLValueReader{T})"/>
    public static IReadOnlyList<T?> ReadListOfNullableValues<T>(ref Utf8JsonReader reader, GraphQLReadContext context, string itemType, GraphQLObjectReader<T> readItem)
        where T : struct => ReadItems<T?, NullableItems<T, ObjectItems<T>>>(ref reader, itemType, itemsNonNull: false, new NullableItems<T, ObjectItems<T>>(new ObjectItems<T>(readItem, context)));

    // The one list loop. The item source is a struct, so each kind of list gets its own compiled loop with a direct call.
    private static List<TItem> ReadItems<TItem, TSource>(ref Utf8JsonReader reader, string itemType, bool itemsNonNull, TSource source)
        where TSource : struct, IItemSource<TItem>
    {
        ExpectStartArray(ref reader, itemType);
        var items = new List<TItem>();
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.Null)
                {
                    items.Add(source.Read(ref reader));
                }
                else if (itemsNonNull)
                {
                    throw NullListItem(itemType);
                }
                else
                {
                    items.Add(default!);
                }
            }
        }
        catch (GraphQLResponseReadException exception)
        {
            exception.AtIndex(items.Count);
            throw;
        }

        return items;
    }

    private interface IItemSource<out T>
    {
        T Read(ref Utf8JsonReader reader);
    }

    private readonly struct ValueItems<T>(GraphQLValueReader<T> read) : IItemSource<T>
    {
        public T Read(ref Utf8JsonReader reader) => read(ref reader);
    }

    private readonly struct ObjectItems<T>(GraphQLObjectReader<T> read, GraphQLReadContext context) : IItemSource<T>
    {
        public T Read(ref Utf8JsonReader reader) => read(ref reader, context);
    }

    private readonly struct NullableItems<T, TSource>(TSource items) : IItemSource<T?>
        where T : struct
        where TSource : struct, IItemSource<T>
    {
        public T? Read(ref Utf8JsonReader reader) => items.Read(ref reader);
    }

    // ---- Writing ---------------------------------------------------------------------------------------------

    /// <summary>Writes <c>{}</c>: the variables of an operation that declares none.</summary>
    public static void WriteEmptyObject(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteEndObject();
    }

    /// <summary>Writes a property whose value is always sent: <paramref name="value"/>, or <c>null</c>.</summary>
    public static void WriteProperty<T>(Utf8JsonWriter writer, string name, T? value, GraphQLValueWriter<T> write)
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            write(writer, value);
        }
    }

    /// <inheritdoc cref="WriteProperty{T}(Utf8JsonWriter, string, T, GraphQLValueWriter{T})"/>
    public static void WriteProperty<T>(Utf8JsonWriter writer, string name, T? value, GraphQLValueWriter<T> write)
        where T : struct
    {
        writer.WritePropertyName(name);
        if (value is { } present)
        {
            write(writer, present);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Writes a property that may be left out and is never null when given (a <c>@oneOf</c> field, a non-null variable with a default).</summary>
    public static void WriteOptional<T>(Utf8JsonWriter writer, string name, Optional<T> value, GraphQLValueWriter<T> write)
    {
        if (value.HasValue)
        {
            WriteProperty(writer, name, value.Value, write);
        }
    }

    /// <summary>Writes a property that may be left out: nothing when absent, else its value or <c>null</c> (reference types).</summary>
    public static void WriteOptionalNullable<T>(Utf8JsonWriter writer, string name, Optional<T?> value, GraphQLValueWriter<T> write)
        where T : class
    {
        if (value.HasValue)
        {
            WriteProperty(writer, name, value.Value, write);
        }
    }

    /// <summary>Writes a property that may be left out: nothing when absent, else its value or <c>null</c> (value types).</summary>
    public static void WriteOptionalNullable<T>(Utf8JsonWriter writer, string name, Optional<T?> value, GraphQLValueWriter<T> write)
        where T : struct
    {
        if (value.HasValue)
        {
            WriteProperty(writer, name, value.Value, write);
        }
    }

    /// <summary>Writes a list of non-null items.</summary>
    public static void WriteList<T>(Utf8JsonWriter writer, IEnumerable<T> items, GraphQLValueWriter<T> writeItem)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list whose items may be null (reference types).</summary>
    public static void WriteListOfNullable<T>(Utf8JsonWriter writer, IEnumerable<T?> items, GraphQLValueWriter<T> writeItem)
        where T : class
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writeItem(writer, item);
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list whose items may be null (value types).</summary>
    public static void WriteListOfNullableValues<T>(Utf8JsonWriter writer, IEnumerable<T?> items, GraphQLValueWriter<T> writeItem)
        where T : struct
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            if (item is { } present)
            {
                writeItem(writer, present);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a generated enum or input object.</summary>
    public static void WriteInputValue<T>(Utf8JsonWriter writer, T value)
        where T : IGraphQLInputValue => value.WriteJson(writer);
}
