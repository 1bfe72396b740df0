namespace Kraken.Codegen.Core.Usage;

/// <summary>Every schema usage of a set of operations, in a stable order, with lookups by coordinate.</summary>
public sealed class SchemaUsageSet
{
    private readonly Dictionary<string, List<SchemaUsage>> _byCoordinate = new(StringComparer.Ordinal);

    internal SchemaUsageSet(IReadOnlyList<string> operationNames, IEnumerable<SchemaUsage> usages)
    {
        OperationNames = operationNames;
        Usages = usages
            .Distinct()
            .OrderBy(u => u.Coordinate, StringComparer.Ordinal)
            .ThenBy(u => u.OperationName, StringComparer.Ordinal)
            .ThenBy(u => u.Location.Path, StringComparer.Ordinal)
            .ThenBy(u => u.Location.Start)
            .ThenBy(u => u.Role)
            .ToArray();
        foreach (var usage in Usages)
        {
            if (!_byCoordinate.TryGetValue(usage.Coordinate, out var list))
            {
                _byCoordinate[usage.Coordinate] = list = new List<SchemaUsage>();
            }

            list.Add(usage);
        }
    }

    /// <summary>The operations walked, in file order (anonymous ones as <c>(anonymous)</c>).</summary>
    public IReadOnlyList<string> OperationNames { get; }

    public IReadOnlyList<SchemaUsage> Usages { get; }

    /// <summary>Every distinct coordinate touched, sorted.</summary>
    public IEnumerable<string> Coordinates => _byCoordinate.Keys.OrderBy(c => c, StringComparer.Ordinal);

    public IReadOnlyList<SchemaUsage> Of(string coordinate) =>
        _byCoordinate.TryGetValue(coordinate, out var list) ? list : Array.Empty<SchemaUsage>();

    public bool Touches(string coordinate) => _byCoordinate.ContainsKey(coordinate);

    /// <summary>Usages of the type <paramref name="typeName"/> in the given role.</summary>
    public IEnumerable<SchemaUsage> OfType(string typeName, TypeUsageRole role) =>
        Of(typeName).Where(u => u.Kind == SchemaUsageKind.Type && u.Role == role);
}
