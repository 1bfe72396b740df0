using Kraken.Codegen.Core.Diagnostics;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.5.1.4, Fragments Must Be Used (graphql-js: NoUnusedFragments): every fragment is reached from
/// some operation of the document set, directly or through other fragments. Can be turned off with
/// <see cref="ValidationOptions.ReportUnusedFragments"/> for projects that keep a shared fragment library.
/// </summary>
public sealed class FragmentsMustBeUsedRule : ValidationRule
{
    public override void LeaveDocumentSet(ValidationContext context)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in context.Documents.Operations)
        {
            foreach (var fragment in context.GetReachableFragments(operation.Node))
            {
                used.Add(fragment.Node.FragmentName.Name.StringValue);
            }
        }

        foreach (var fragment in context.Documents.Fragments)
        {
            var name = fragment.Node.FragmentName.Name;
            if (!used.Contains(name.StringValue))
            {
                context.Report(
                    DiagnosticDescriptors.FragmentsMustBeUsed,
                    fragment.Document,
                    name,
                    $"Fragment '{name.StringValue}' is never used: no operation spreads it.");
            }
        }
    }
}
