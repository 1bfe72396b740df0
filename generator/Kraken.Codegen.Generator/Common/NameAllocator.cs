namespace Kraken.Codegen.Generator.Common;

/// <summary>
/// Hands out unique identifiers within one C# scope, deterministically: the first request for a name gets it,
/// later ones get a suffix. Names are compared case-sensitively, as C# does; reserved names (the enclosing type,
/// generated members) are never handed out.
/// </summary>
internal sealed class NameAllocator
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public NameAllocator(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            _taken.Add(name);
        }
    }

    public void Reserve(string name) => _taken.Add(name);

    /// <summary>Returns <paramref name="desired"/>, or <paramref name="desired"/> plus <paramref name="suffix"/>, or with a number, whichever is free first.</summary>
    public string Allocate(string desired, string suffix = "Value")
    {
        if (_taken.Add(desired))
        {
            return desired;
        }

        if (_taken.Add(desired + suffix))
        {
            return desired + suffix;
        }

        for (var i = 2; ; i++)
        {
            var candidate = desired + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
