namespace Kraken.Codegen.Tool.ReferenceImport.Inference;

/// <summary>
/// Rule F1: the reference spreads fragments it never defines. Each <c>XFragment</c> is defined on type <c>X</c>; this
/// records every spread, which operations use each fragment, and warns where a name cannot tell the type or does not
/// fit the place it is spread in.
/// </summary>
internal sealed class FragmentCatalog
{
    private const string FragmentSuffix = "Fragment";

    private readonly TypeDeclarations _types;
    private readonly InferenceLog _log;
    private readonly SortedDictionary<string, string> _typeConditions = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedSet<string>> _users = new(StringComparer.Ordinal);

    public FragmentCatalog(TypeDeclarations types, InferenceLog log)
    {
        _types = types;
        _log = log;
    }

    /// <summary>The type a fragment name stands for: the name minus the "Fragment" suffix; null without the suffix.</summary>
    public static string? TypeCondition(string fragmentName) =>
        fragmentName.Length > FragmentSuffix.Length && fragmentName.EndsWith(FragmentSuffix, StringComparison.Ordinal)
            ? fragmentName[..^FragmentSuffix.Length]
            : null;

    /// <summary>Every fragment spread so far, by name, with the operations that use it.</summary>
    public List<FragmentModel> Fragments() =>
        _typeConditions.Select(pair => new FragmentModel(pair.Key, pair.Value, _users[pair.Key].ToList())).ToList();

    /// <summary>A spread of <paramref name="fragmentName"/> inside a selection on <paramref name="contextType"/>.</summary>
    public void RecordSpread(string fragmentName, string contextType, ParsedEntry entry)
    {
        var line = entry.Entry.Operation!.FirstLine;
        if (TypeCondition(fragmentName) is not { } condition)
        {
            _log.Warn(line, entry.Entry, $"fragment {fragmentName} does not end in '{FragmentSuffix}'; its type cannot be told and it is not defined");
            return;
        }

        if (!_users.TryGetValue(fragmentName, out var users))
        {
            users = new SortedSet<string>(StringComparer.Ordinal);
            _users[fragmentName] = users;
            _typeConditions[fragmentName] = condition;
            _log.Record($"fragment {fragmentName}", InferredTypeRef.Named(condition), InferenceRules.FragmentDefinition, entry, line, null);
        }

        users.Add(entry.OperationName);
        if (!Fits(condition, contextType))
        {
            _log.Warn(line, entry.Entry, $"fragment {fragmentName} (on {condition}) is spread inside {contextType}; the name does not follow the field's type");
        }

        if (_types.Schema.Find(condition) is null)
        {
            _types.Ensure(condition, InferredTypeKind.Object, entry, line, InferenceRules.FragmentDefinition, $"type condition of {fragmentName}");
        }
    }

    private bool Fits(string condition, string contextType)
    {
        var context = _types.Schema.Find(contextType);
        return condition == contextType || context?.Kind == InferredTypeKind.Union && context.Members.Contains(condition);
    }
}
