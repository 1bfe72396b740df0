using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Validation;

namespace Kraken.Codegen.Core.Usage;

/// <summary>
/// Every schema element a set of operations uses, operation by operation: each definition is walked once
/// (<see cref="SchemaUsageVisitor"/>), and a fragment's usages count for every operation that reaches it through
/// spreads. Elements the schema lacks are skipped: the validator reports those.
/// </summary>
public static class SchemaUsageCollector
{
    public const string AnonymousOperationName = "(anonymous)";

    public static SchemaUsageSet Collect(SchemaModel schema, ExecutableDocumentSet operations, CancellationToken cancellationToken = default)
    {
        if (schema is null)
        {
            throw new ArgumentNullException(nameof(schema));
        }

        if (operations is null)
        {
            throw new ArgumentNullException(nameof(operations));
        }

        var recorder = new UsageRecorder();
        var context = new ValidationContext(schema, operations, ValidationOptions.Default, new List<GraphQLDiagnostic>(), cancellationToken);
        new ValidationWalker(context, new ValidationRule[] { recorder }).Walk();
        return recorder.Result ?? throw new InvalidOperationException("The walk did not finish.");
    }

    /// <summary>Records the usages of each definition, then hands every operation its own and its fragments'.</summary>
    private sealed class UsageRecorder : SchemaUsageVisitor
    {
        private readonly Dictionary<ASTNode, List<SchemaUsage>> _byDefinition = new();

        public UsageRecorder()
            : base(includeTypeUsages: true)
        {
        }

        public SchemaUsageSet? Result { get; private set; }

        protected override void OnUsage(ValidationContext context, in SchemaUsageSite site)
        {
            var definition = context.Definition!;
            if (!_byDefinition.TryGetValue(definition, out var usages))
            {
                _byDefinition[definition] = usages = new List<SchemaUsage>();
            }

            usages.Add(new SchemaUsage(site.Coordinate, site.Kind, site.Role, string.Empty, site.Location, site.Deprecation));
        }

        public override void LeaveDocumentSet(ValidationContext context)
        {
            var names = new List<string>();
            var usages = new List<SchemaUsage>();
            foreach (var operation in context.Documents.Operations)
            {
                var name = operation.Node.Name?.StringValue ?? AnonymousOperationName;
                names.Add(name);
                AddFor(name, operation.Node, usages);
                foreach (var fragment in context.GetReachableFragments(operation.Node))
                {
                    AddFor(name, fragment.Node, usages);
                }
            }

            Result = new SchemaUsageSet(names, usages);
        }

        private void AddFor(string operationName, ASTNode definition, List<SchemaUsage> usages)
        {
            if (_byDefinition.TryGetValue(definition, out var own))
            {
                usages.AddRange(own.Select(usage => usage with { OperationName = operationName }));
            }
        }
    }
}
