using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Tests.Schema;

/// <summary>Compares two schema models element by element and fails naming the first difference.</summary>
internal static class SchemaAssert
{
    public static void Equivalent(SchemaModel expected, SchemaModel actual, bool compareDescriptions, bool nullDefaultEqualsNone = false)
    {
        var differences = new List<string>();
        Compare(differences, "query type", expected.QueryTypeName, actual.QueryTypeName);
        Compare(differences, "mutation type", expected.MutationTypeName, actual.MutationTypeName);
        Compare(differences, "subscription type", expected.SubscriptionTypeName, actual.SubscriptionTypeName);
        Compare(differences, "types", Names(expected.Types.Where(t => !t.IsBuiltIn)), Names(actual.Types.Where(t => !t.IsBuiltIn)));
        foreach (var type in expected.Types.Where(t => !t.IsBuiltIn))
        {
            if (actual.GetType(type.Name) is not { } other)
            {
                continue;
            }

            Compare(differences, type.Name + " kind", type.Kind, other.Kind);
            if (compareDescriptions)
            {
                Compare(differences, type.Name + " description", type.Description, other.Description);
            }

            switch (type, other)
            {
                case (FieldsTypeDefinition a, FieldsTypeDefinition b):
                    Compare(differences, type.Name + " interfaces", Sorted(a.Interfaces), Sorted(b.Interfaces));
                    Compare(differences, type.Name + " fields", Names(a.Fields), Names(b.Fields));
                    foreach (var field in a.Fields)
                    {
                        if (b.Fields[field.Name] is { } otherField)
                        {
                            Compare(differences, field.Coordinate + " type", field.Type.ToString(), otherField.Type.ToString());
                            Compare(differences, field.Coordinate + " deprecation", field.Deprecation?.Reason, otherField.Deprecation?.Reason);
                            if (compareDescriptions)
                            {
                                Compare(differences, field.Coordinate + " description", field.Description, otherField.Description);
                            }

                            CompareInputValues(differences, field.Arguments, otherField.Arguments, nullDefaultEqualsNone);
                        }
                    }

                    break;
                case (UnionTypeDefinition a, UnionTypeDefinition b):
                    Compare(differences, type.Name + " members", Sorted(a.Members), Sorted(b.Members));
                    break;
                case (EnumTypeDefinition a, EnumTypeDefinition b):
                    Compare(differences, type.Name + " values", Names(a.Values), Names(b.Values));
                    foreach (var value in a.Values)
                    {
                        Compare(differences, $"{type.Name}.{value.Name} deprecation", value.Deprecation?.Reason, b.Values[value.Name]?.Deprecation?.Reason);
                    }

                    break;
                case (InputObjectTypeDefinition a, InputObjectTypeDefinition b):
                    Compare(differences, type.Name + " oneOf", a.IsOneOf, b.IsOneOf);
                    CompareInputValues(differences, a.Fields, b.Fields, nullDefaultEqualsNone);
                    break;
                case (ScalarTypeDefinition a, ScalarTypeDefinition b):
                    Compare(differences, type.Name + " specifiedBy", a.SpecifiedByUrl, b.SpecifiedByUrl);
                    break;
            }
        }

        foreach (var directive in expected.Directives.Where(d => !d.IsBuiltIn))
        {
            if (actual.GetDirective(directive.Name) is not { } other)
            {
                differences.Add($"directive @{directive.Name} is missing");
                continue;
            }

            Compare(differences, $"@{directive.Name} locations", string.Join(",", directive.Locations.OrderBy(l => l)), string.Join(",", other.Locations.OrderBy(l => l)));
            Compare(differences, $"@{directive.Name} repeatable", directive.IsRepeatable, other.IsRepeatable);
            CompareInputValues(differences, directive.Arguments, other.Arguments, nullDefaultEqualsNone);
        }

        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n" + string.Join("\n", differences.Take(40)));
    }

    private static void CompareInputValues(List<string> differences, IReadOnlyList<InputValueDefinition> expected, OrderedMap<InputValueDefinition> actual, bool nullDefaultEqualsNone)
    {
        Compare(differences, "input values", Names(expected), Names(actual));
        foreach (var value in expected)
        {
            if (actual[value.Name] is { } other)
            {
                Compare(differences, value.Coordinate + " type", value.Type.ToString(), other.Type.ToString());
                var expectedDefault = nullDefaultEqualsNone && value.DefaultValueText == "null" ? null : value.DefaultValueText;
                Compare(differences, value.Coordinate + " default", expectedDefault, other.DefaultValueText);
                Compare(differences, value.Coordinate + " deprecation", value.Deprecation?.Reason, other.Deprecation?.Reason);
            }
        }
    }

    private static string Names(IEnumerable<SchemaElement> elements) => string.Join(",", elements.Select(e => e.Name).OrderBy(n => n, StringComparer.Ordinal));

    private static string Sorted(IEnumerable<string> names) => string.Join(",", names.OrderBy(n => n, StringComparer.Ordinal));

    private static void Compare<T>(List<string> differences, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            differences.Add($"{what}: expected '{expected}', got '{actual}'");
        }
    }
}
