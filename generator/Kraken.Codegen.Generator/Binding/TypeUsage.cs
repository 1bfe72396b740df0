using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>
/// The schema-level types one operation uses: the enums and input objects the group must generate, and the custom
/// scalars without a mapping that the generator warns about.
/// </summary>
internal sealed class TypeUsage
{
    private readonly SchemaModel _schema;
    private readonly ScalarMap _scalars;

    public TypeUsage(SchemaModel schema, ScalarMap scalars)
    {
        _schema = schema;
        _scalars = scalars;
    }

    public SortedSet<string> Enums { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> InputObjects { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> UnmappedScalars { get; } = new(StringComparer.Ordinal);

    /// <summary>Records a leaf type of the response.</summary>
    public void UseLeaf(NamedTypeDefinition type)
    {
        if (type is EnumTypeDefinition)
        {
            Enums.Add(type.Name);
        }
        else if (!_scalars.IsKnown(type.Name))
        {
            UnmappedScalars.Add(type.Name);
        }
    }

    /// <summary>Records an input type and everything it reaches (input objects may nest and recurse).</summary>
    public void UseInput(string typeName)
    {
        var pending = new Stack<string>();
        pending.Push(typeName);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!seen.Add(name))
            {
                continue;
            }

            switch (_schema.GetType(name))
            {
                case EnumTypeDefinition:
                    Enums.Add(name);
                    break;
                case InputObjectTypeDefinition input:
                    InputObjects.Add(name);
                    foreach (var field in input.Fields)
                    {
                        pending.Push(field.Type.NamedType);
                    }

                    break;
                case ScalarTypeDefinition scalar when !_scalars.IsKnown(scalar.Name):
                    UnmappedScalars.Add(scalar.Name);
                    break;
            }
        }
    }
}
