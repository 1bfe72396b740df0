using System.Text.RegularExpressions;

namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>The type a leaf example value stands for, the rule that says so, and a note for the provenance.</summary>
internal sealed record SampleInference(InferredTypeRef Type, InferenceRule Rule, string? Note, bool IsWarning = false);

/// <summary>
/// The reference writes fixed sample values per scalar ("abc123", 1, 1.0, true, …); these rules map
/// a sample back to a type. See <see cref="InferenceRules"/> S1–S13.
/// </summary>
internal static partial class SampleValueRules
{
    public const string StringSample = "abc123";
    public const string DateTimeSample = "2020-01-01T00:00:00.000Z";
    public const string DateSample = "2020-01-01";
    public const string JsonScalarName = "GenericScalar";

    public static bool IsFixedSample(string value) =>
        value is StringSample or DateTimeSample or DateSample;

    public static bool IsEnumLike(string value) => EnumValuePattern().IsMatch(value);

    /// <param name="value">The example of a field that selects no sub-fields.</param>
    /// <param name="scalarByVariableSample">Non-fixed samples the reference uses for variables of custom scalars.</param>
    public static SampleInference Infer(ExampleValue? value, IReadOnlyDictionary<string, string> scalarByVariableSample)
    {
        switch (value)
        {
            case null:
                return new SampleInference(InferredTypeRef.Named("String"), InferenceRules.NoExample, "no example value", IsWarning: true);
            case ExampleNull:
                return new SampleInference(InferredTypeRef.Named("String"), InferenceRules.NoExample, "example is null", IsWarning: true);
            case ExampleArray { Items.Count: 0 }:
                return new SampleInference(InferredTypeRef.ListOf(InferredTypeRef.Named("String")), InferenceRules.NoExample, "example is an empty list", IsWarning: true);
            case ExampleArray array:
                var item = Infer(array.Items[0], scalarByVariableSample);
                return item with { Type = InferredTypeRef.ListOf(item.Type), Note = JoinNotes($"list (rule {InferenceRules.SampleList.Id}) of rule {item.Rule.Id}", item.Note) };
            case ExampleBoolean:
                return new SampleInference(InferredTypeRef.Named("Boolean"), InferenceRules.SampleBoolean, null);
            case ExampleNumber number:
                return number.IsInteger
                    ? new SampleInference(InferredTypeRef.Named("Int"), InferenceRules.SampleInt, null)
                    : new SampleInference(InferredTypeRef.Named("Decimal"), InferenceRules.SampleDecimal, "ambiguous: Float or Decimal");
            case ExampleObject:
                return new SampleInference(InferredTypeRef.Named(JsonScalarName), InferenceRules.SampleJson, "JSON object example; scalar name not given by the reference");
            case ExampleTypeName typeName:
                return new SampleInference(InferredTypeRef.Named(typeName.Name), InferenceRules.BareScalarName, null);
            case ExampleString text:
                return InferString(text.Value, scalarByVariableSample);
            default:
                return new SampleInference(InferredTypeRef.Named("String"), InferenceRules.NoExample, "unreadable example", IsWarning: true);
        }
    }

    private static SampleInference InferString(string value, IReadOnlyDictionary<string, string> scalarByVariableSample)
    {
        if (value == StringSample)
        {
            return new SampleInference(InferredTypeRef.Named("String"), InferenceRules.SampleString, "ambiguous: String or ID");
        }

        if (value == DateTimeSample)
        {
            return new SampleInference(InferredTypeRef.Named("DateTime"), InferenceRules.SampleDateTime, null);
        }

        if (value == DateSample)
        {
            return new SampleInference(InferredTypeRef.Named("Date"), InferenceRules.SampleDate, null);
        }

        if (scalarByVariableSample.TryGetValue(value, out var scalar))
        {
            return new SampleInference(InferredTypeRef.Named(scalar), InferenceRules.SampleOfVariableScalar, $"example \"{value}\"");
        }

        if (IsEnumLike(value))
        {
            return new SampleInference(InferredTypeRef.Named("String"), InferenceRules.SampleEnumValue, $"enum value \"{value}\"; enum type not named");
        }

        return new SampleInference(InferredTypeRef.Named("String"), InferenceRules.SampleOtherString, $"example \"{value}\"");
    }

    private static string JoinNotes(string first, string? second) => second is null ? first : $"{first}; {second}";

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex EnumValuePattern();
}
