namespace Kraken.Codegen.Tool.ReferenceImport.Inference;

/// <summary>
/// Phase 2, rule V1: the kind of each non-built-in variable type, read from its example value. Also remembers the
/// example strings of custom-scalar variables, which name the scalar of an output field showing the same sample
/// (rule S9); a sample two scalars share names neither.
/// </summary>
internal sealed class VariableTypeInference
{
    private readonly TypeDeclarations _types;
    private readonly InferenceLog _log;
    private readonly Dictionary<string, string> _scalarBySample = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ambiguousSamples = new(StringComparer.Ordinal);

    public VariableTypeInference(TypeDeclarations types, InferenceLog log)
    {
        _types = types;
        _log = log;
    }

    /// <summary>Example string → the custom scalar of the variable it was shown for.</summary>
    public IReadOnlyDictionary<string, string> ScalarBySample => _scalarBySample;

    public void Register(ParsedEntry entry)
    {
        foreach (var (variable, type) in entry.VariableTypes)
        {
            if (!InferredSchema.BuiltInScalars.Contains(type.NamedType))
            {
                Register(entry, variable, type);
            }
        }
    }

    private void Register(ParsedEntry entry, string variable, InferredTypeRef type)
    {
        var name = type.NamedType;
        var example = ExampleValue.Unwrap(entry.VariableExamples?.Get(variable));
        var line = example?.Line ?? entry.Entry.Operation!.FirstLine;
        var element = $"${variable}: {type}";
        switch (example)
        {
            case ExampleTypeName:
                _types.Ensure(name, InferredTypeKind.InputObject, entry, line, InferenceRules.VariableTypeKind, $"variable {element}: example is a bare type name");
                break;
            case ExampleString text when SampleValueRules.IsEnumLike(text.Value):
                var enumType = _types.Ensure(name, InferredTypeKind.Enum, entry, line, InferenceRules.VariableTypeKind, $"variable {element}: example \"{text.Value}\"");
                if (enumType?.Kind == InferredTypeKind.Enum && !enumType.Members.Contains(text.Value))
                {
                    enumType.Members.Add(text.Value);
                }

                break;
            default:
                RegisterScalar(entry, variable, name, element, example, line);
                break;
        }
    }

    private void RegisterScalar(ParsedEntry entry, string variable, string name, string element, ExampleValue? example, int line)
    {
        if (example is null)
        {
            _log.Warn(line, entry.Entry, $"variable ${variable} has no example value; its type {name} is declared as a custom scalar");
        }

        _types.Ensure(name, InferredTypeKind.Scalar, entry, line, InferenceRules.VariableTypeKind, $"variable {element}: example {Describe(example)}");
        if (example is ExampleString sample && !SampleValueRules.IsFixedSample(sample.Value))
        {
            RememberSample(sample.Value, name);
        }
    }

    private void RememberSample(string sample, string scalar)
    {
        if (_ambiguousSamples.Contains(sample))
        {
            return;
        }

        if (_scalarBySample.TryGetValue(sample, out var known) && known != scalar)
        {
            _scalarBySample.Remove(sample);
            _ambiguousSamples.Add(sample);
            return;
        }

        _scalarBySample[sample] = scalar;
    }

    private static string Describe(ExampleValue? value) => value switch
    {
        null => "missing",
        ExampleString text => $"\"{text.Value}\"",
        ExampleNumber number => number.Text,
        ExampleBoolean boolean => boolean.Value ? "true" : "false",
        ExampleTypeName typeName => typeName.Name,
        ExampleObject => "a JSON object",
        ExampleArray => "a list",
        _ => "null",
    };
}
