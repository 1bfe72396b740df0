namespace Kraken.Codegen.Tool.ReferenceImport.Inference;

/// <summary>
/// Declares the inferred schema's types on first need, each with its provenance; a later need of another kind is a
/// warning and the first declaration is kept. Remembers which entry first needed each type for rule K1.
/// </summary>
internal sealed class TypeDeclarations
{
    private readonly InferenceLog _log;
    private readonly Dictionary<string, (ParsedEntry Entry, int Line)> _firstNeed = new(StringComparer.Ordinal);

    public TypeDeclarations(InferredSchema schema, InferenceLog log)
    {
        Schema = schema;
        _log = log;
    }

    public InferredSchema Schema { get; }

    /// <summary>The type <paramref name="name"/>, declared as <paramref name="kind"/> unless it exists; null for built-in names.</summary>
    public InferredType? Ensure(string name, InferredTypeKind kind, ParsedEntry entry, int line, InferenceRule rule, string? note)
    {
        if (InferredSchema.BuiltInScalars.Contains(name) || name == Schema.Query.Name)
        {
            _log.Warn(line, entry.Entry, $"{name} is needed as a {Describe(kind)} but is a built-in type");
            return null;
        }

        if (Schema.Find(name) is { } existing)
        {
            if (existing.Kind != kind)
            {
                _log.Warn(line, entry.Entry, $"{name} is needed as a {Describe(kind)} but was first declared as a {Describe(existing.Kind)}; the first is kept");
            }

            return existing;
        }

        return Declare(name, kind, entry, line, rule, note);
    }

    /// <summary>A leaf type: a built-in scalar, an existing scalar or enum, or else a new custom scalar.</summary>
    public void EnsureLeaf(string name, ParsedEntry entry, int line, InferenceRule rule)
    {
        if (InferredSchema.BuiltInScalars.Contains(name) || Schema.Find(name) is { Kind: InferredTypeKind.Scalar or InferredTypeKind.Enum })
        {
            return;
        }

        Ensure(name, InferredTypeKind.Scalar, entry, line, rule, "custom scalar");
    }

    /// <summary>A union with at least <paramref name="members"/>, added in order of first appearance.</summary>
    public void EnsureUnion(string name, IReadOnlyList<string> members, ParsedEntry entry, int line, string? note)
    {
        if (Ensure(name, InferredTypeKind.Union, entry, line, InferenceRules.InlineFragmentUnion, note) is not { Kind: InferredTypeKind.Union } union)
        {
            return;
        }

        foreach (var member in members.Where(member => !union.Members.Contains(member)))
        {
            union.Members.Add(member);
        }
    }

    /// <summary>Rule K1: lists the types declared without fields, with the entry that first needed each.</summary>
    public void RecordFieldlessTypes()
    {
        foreach (var type in Schema.Types.Values)
        {
            var fieldless = type.Kind == InferredTypeKind.Object && type.Fields.Count == 0 || type.Kind == InferredTypeKind.InputObject;
            if (fieldless && _firstNeed.TryGetValue(type.Name, out var need))
            {
                _log.Record($"{Describe(type.Kind)} {type.Name}", InferredTypeRef.Named(type.Name), InferenceRules.FieldlessType, need.Entry, need.Line, "declared without fields");
            }
        }
    }

    /// <summary>Rule N1: the name of a type the reference does not name.</summary>
    public static string SyntheticName(string parentType, string fieldName) => $"{parentType}_{fieldName}";

    private InferredType Declare(string name, InferredTypeKind kind, ParsedEntry entry, int line, InferenceRule rule, string? note)
    {
        var created = new InferredType(name, kind);
        if (name.Contains('_', StringComparison.Ordinal))
        {
            var dot = name.LastIndexOf('_');
            created.Description = $"The reference names no type for {name[..dot]}.{name[(dot + 1)..]}; this name is made by the importer (rule {InferenceRules.SyntheticName.Id}), so operations must not spell it.";
        }

        Schema.Types[name] = created;
        _firstNeed[name] = (entry, line);
        _log.Record($"{Describe(kind)} {name}", InferredTypeRef.Named(name), created.Description is null ? rule : InferenceRules.SyntheticName, entry, line,
            created.Description is null ? note : $"rule {rule.Id}" + (note is null ? "" : $"; {note}"));
        return created;
    }

    private static string Describe(InferredTypeKind kind) => kind switch
    {
        InferredTypeKind.Object => "type",
        InferredTypeKind.Union => "union",
        InferredTypeKind.Enum => "enum",
        InferredTypeKind.InputObject => "input",
        _ => "scalar",
    };
}
