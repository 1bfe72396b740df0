using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Kraken.Codegen.Runtime;

namespace Kraken.Codegen.KrakenReference.Tests;

/// <summary>
/// Turns a reference entry's example variables into the arguments of the generated client method: strings, numbers,
/// dates, UUIDs, generated enums (by their <c>Parse</c>), input records (a bare type name stands for one; the
/// reference documents none of their fields, so they are created empty) and lists. Optional parameters the example
/// does not give are left absent.
/// </summary>
internal static class VariableBinder
{
    public static object?[] Bind(MethodInfo method, JsonElement? variables, ICollection<string> notes)
    {
        var parameters = method.GetParameters();
        var arguments = new object?[parameters.Length];
        var given = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < parameters.Length; index++)
        {
            var parameter = parameters[index];
            if (parameter.ParameterType == typeof(CancellationToken))
            {
                arguments[index] = CancellationToken.None;
                continue;
            }

            if (variables is { ValueKind: JsonValueKind.Object } values && values.TryGetProperty(parameter.Name!, out var value))
            {
                given.Add(parameter.Name!);
                arguments[index] = Convert(value, parameter.ParameterType, $"${parameter.Name}", notes);
            }
            else if (parameter.HasDefaultValue)
            {
                arguments[index] = parameter.DefaultValue is null && parameter.ParameterType.IsValueType
                    ? Activator.CreateInstance(parameter.ParameterType)
                    : parameter.DefaultValue;
                notes.Add($"${parameter.Name}: not in the example variables, left absent");
            }
            else
            {
                throw new InvalidOperationException($"{method.Name}: the required parameter {parameter.Name} has no example value");
            }
        }

        if (variables is { ValueKind: JsonValueKind.Object } all)
        {
            var unused = all.EnumerateObject().Select(property => property.Name).Where(name => !given.Contains(name)).ToList();
            Assert.True(unused.Count == 0, $"{method.Name} has no parameter for the example variable(s) {string.Join(", ", unused)}");
        }

        return arguments;
    }

    private static object? Convert(JsonElement value, Type type, string path, ICollection<string> notes)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>))
        {
            var inner = Convert(value, type.GetGenericArguments()[0], path, notes);
            return Activator.CreateInstance(type, inner);
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var itemType = underlying.GetGenericArguments()[0];
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
            if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    list.Add(Convert(item, itemType, path + "[]", notes));
                }
            }
            else
            {
                // GraphQL input coercion: a single value given for a list is a list of one (spec §3.11).
                notes.Add($"{path}: the example gives a single value for a list; passed as a one-item list");
                list.Add(Convert(value, itemType, path + "[]", notes));
            }

            return list;
        }

        if (ReferenceText.TypeName(value) is { } typeName)
        {
            Assert.True(underlying.Name == typeName, $"{path}: the example names {typeName} but the parameter is {underlying.Name}");
            Assert.True(underlying.GetProperties().All(property => !property.CanWrite),
                $"{path}: {typeName} has fields now; the bare type name in the example cannot fill them");
            notes.Add($"{path}: the example is the bare type name {typeName}; passed as an empty {typeName} (the reference documents none of its fields)");
            return Activator.CreateInstance(underlying);
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return underlying switch
        {
            _ when underlying == typeof(string) => text,
            _ when underlying == typeof(int) => int.Parse(text, CultureInfo.InvariantCulture),
            _ when underlying == typeof(long) => long.Parse(text, CultureInfo.InvariantCulture),
            _ when underlying == typeof(double) => double.Parse(text, CultureInfo.InvariantCulture),
            _ when underlying == typeof(decimal) => decimal.Parse(text, CultureInfo.InvariantCulture),
            _ when underlying == typeof(bool) => value.GetBoolean(),
            _ when underlying == typeof(DateOnly) => DateOnly.Parse(text, CultureInfo.InvariantCulture),
            _ when underlying == typeof(TimeOnly) => TimeOnly.Parse(text, CultureInfo.InvariantCulture),
            _ when underlying == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
            _ when underlying == typeof(Guid) => Guid.Parse(text),
            _ when underlying == typeof(JsonElement) => value.Clone(),
            _ when underlying.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)]) is { } parse
                && parse.ReturnType == underlying => parse.Invoke(null, [text]),
            _ => throw new InvalidOperationException($"{path}: no conversion from the example {value.GetRawText()} to {type}"),
        };
    }
}
