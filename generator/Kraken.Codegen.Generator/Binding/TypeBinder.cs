using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>
/// Turns the schema's type references into <see cref="TypeRef"/>s and names the schema-level types the generated code
/// declares (enums and input objects), so that every operation of a group refers to them alike.
/// </summary>
internal sealed class TypeBinder
{
    private readonly SchemaModel _schema;
    private readonly ScalarMap _scalars;
    private readonly IReadOnlyCollection<string> _takenTypeNames;

    /// <param name="takenTypeNames">
    /// Names already used by other generated types of the namespace (operation classes, the client, its error codes);
    /// an enum or input object whose name would clash gets a suffix instead.
    /// </param>
    public TypeBinder(SchemaModel schema, ScalarMap scalars, IReadOnlyCollection<string> takenTypeNames)
    {
        _schema = schema;
        _scalars = scalars;
        _takenTypeNames = takenTypeNames;
    }

    public ScalarMap Scalars => _scalars;

    /// <summary>The C# name of an enum: its PascalCase name, or with an <c>Enum</c> suffix when another generated type has that name.</summary>
    public string EnumName(string graphQLName) => Unclashed(Identifiers.Pascal(graphQLName), "Enum");

    /// <summary>The C# name of an input object: its PascalCase name, or with an <c>Input</c> suffix when another generated type has that name.</summary>
    public string InputObjectName(string graphQLName) => Unclashed(Identifiers.Pascal(graphQLName), "Input");

    /// <summary>The named type of a leaf (scalar or enum) field.</summary>
    public NamedTypeSpec Leaf(NamedTypeDefinition type) => type is EnumTypeDefinition
        ? new EnumTypeSpec(type.Name, EnumName(type.Name))
        : new ScalarTypeSpec(type.Name, _scalars.Get(type.Name));

    /// <summary>The type of an input value (a variable or an input object field).</summary>
    public TypeRef Input(TypeReference type)
    {
        var name = type.NamedType;
        NamedTypeSpec named = _schema.GetType(name) switch
        {
            EnumTypeDefinition => new EnumTypeSpec(name, EnumName(name)),
            InputObjectTypeDefinition => new InputObjectTypeSpec(name, InputObjectName(name)),
            _ => new ScalarTypeSpec(name, _scalars.Get(name)),
        };
        return Wrap(type, named);
    }

    /// <summary><paramref name="named"/> wrapped in the lists and non-null markers of <paramref name="type"/>.</summary>
    public static TypeRef Wrap(TypeReference type, NamedTypeSpec named)
    {
        var levels = new List<bool>();
        var current = type;
        while (true)
        {
            levels.Add(current.IsNonNull);
            if (current.Nullable is ListTypeReference list)
            {
                current = list.OfType;
                continue;
            }

            return new TypeRef(named, levels.ToEquatableArray());
        }
    }

    /// <summary>Every name an enum or input object of the schema could be given (its own, or with its suffix), computed once per schema.</summary>
    public static IReadOnlyCollection<string> SchemaTypeNameCandidates(SchemaModel schema) => Candidates.GetValue(schema, CollectCandidates);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SchemaModel, HashSet<string>> Candidates = new();

    private static HashSet<string> CollectCandidates(SchemaModel schema)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in schema.Types)
        {
            var suffix = type switch { EnumTypeDefinition => "Enum", InputObjectTypeDefinition => "Input", _ => null };
            if (suffix is not null)
            {
                var name = Identifiers.Pascal(type.Name);
                names.Add(name);
                names.Add(name + suffix);
            }
        }

        return names;
    }

    private string Unclashed(string name, string suffix) =>
        _takenTypeNames.Contains(name) ? (_takenTypeNames.Contains(name + suffix) ? name + suffix + "Type" : name + suffix) : name;
}
