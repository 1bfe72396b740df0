using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Pipeline;

/// <summary>An operation by file and name.</summary>
internal readonly record struct OperationKey(string Path, string Name);

/// <summary>The operations that validation found free of errors, in every group of the project.</summary>
internal sealed class ValidOperations : IEquatable<ValidOperations>
{
    private readonly HashSet<OperationKey> _set;

    public ValidOperations(IEnumerable<OperationKey> keys)
    {
        Keys = keys.OrderBy(k => k.Path, StringComparer.Ordinal).ThenBy(k => k.Name, StringComparer.Ordinal).ToEquatableArray();
        _set = new HashSet<OperationKey>(Keys);
    }

    public EquatableArray<OperationKey> Keys { get; }

    public bool Contains(OperationSource operation) => _set.Contains(new OperationKey(operation.Path, operation.Name));

    public bool Equals(ValidOperations? other) => other is not null && Keys.Equals(other.Keys);

    public override bool Equals(object? obj) => Equals(obj as ValidOperations);

    public override int GetHashCode() => Keys.GetHashCode();
}

/// <summary>
/// Validates each schema group's operation files as one document set, the same way for the analyzer (which reports the
/// diagnostics) and the generator (which generates the valid operations only). Both go through
/// <see cref="SharedValidation"/> with identical input, so in one compiler process the work is done once.
/// </summary>
internal static class GroupValidation
{
    public static ValidationOptions OptionsOf(GeneratorSettings settings) =>
        new() { AsOfDate = settings.AsOfDate, ReportUnusedFragments = settings.ReportUnusedFragments };

    /// <summary>The operation files grouped by the schema group they belong to (null: no schema covers them).</summary>
    public static IEnumerable<IGrouping<SchemaGroup?, GraphQLFileInput>> ByGroup(IEnumerable<GraphQLFileInput> operationFiles, IReadOnlyList<SchemaGroup> groups) =>
        operationFiles.GroupBy(file => SchemaGroups.Find(groups, file.GroupDirectory));

    /// <summary>
    /// Validates the group's operation files through <see cref="GuardedValidation"/>: a file whose validation fails
    /// unexpectedly is reported apart, and the others are validated without it.
    /// </summary>
    public static GuardedValidation Validate(SchemaGroup group, IEnumerable<GraphQLFileInput> operationFiles, GeneratorSettings settings, CancellationToken cancellationToken) =>
        GuardedValidation.Run(group.Schema, operationFiles.Select(file => new SourceFile(file.Path, file.Text)).ToList(), OptionsOf(settings), cancellationToken);
}
