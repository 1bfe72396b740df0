using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.5.2.2, Fragment Spreads Must Not Form Cycles (graphql-js: NoFragmentCycles): no fragment reaches
/// itself through spreads. A depth-first search over the fragment graph with an explicit stack (so that a chain of
/// thousands of fragments cannot exhaust the call stack); each cycle is reported once, at the spread that closes it.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCyclesRule : ValidationRule
{
    public override void LeaveDocumentSet(ValidationContext context)
    {
        var spreadsByFragment = new Dictionary<string, List<GraphQLFragmentSpread>>(StringComparer.Ordinal);
        var documentByFragment = new Dictionary<string, ExecutableDocument>(StringComparer.Ordinal);
        foreach (var fragment in context.Documents.Fragments)
        {
            var name = fragment.Node.FragmentName.Name.StringValue;
            if (context.GetFragment(name) is { } first && ReferenceEquals(first.Node, fragment.Node))
            {
                spreadsByFragment[name] = FragmentReachability.SpreadsIn(fragment.Node.SelectionSet).ToList();
                documentByFragment[name] = fragment.Document;
            }
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in spreadsByFragment.Keys)
        {
            if (done.Contains(start))
            {
                continue;
            }

            // The path of fragments being explored, and for each the index of the next spread to follow.
            var path = new List<(string Fragment, int NextSpread)> { (start, 0) };
            var indexOnPath = new Dictionary<string, int>(StringComparer.Ordinal) { [start] = 0 };
            while (path.Count > 0)
            {
                var (fragment, next) = path[path.Count - 1];
                var spreads = spreadsByFragment[fragment];
                if (next >= spreads.Count)
                {
                    path.RemoveAt(path.Count - 1);
                    indexOnPath.Remove(fragment);
                    done.Add(fragment);
                    continue;
                }

                path[path.Count - 1] = (fragment, next + 1);
                var spread = spreads[next];
                var target = spread.FragmentName.Name.StringValue;
                if (indexOnPath.TryGetValue(target, out var cycleStart))
                {
                    var via = path.Skip(cycleStart + 1).Select(p => $"'{p.Fragment}'").ToList();
                    var viaText = via.Count == 0 ? string.Empty : " via " + string.Join(", ", via);
                    context.Report(
                        DiagnosticDescriptors.FragmentSpreadsMustNotFormCycles,
                        documentByFragment[fragment],
                        spread.FragmentName.Name,
                        $"Cannot spread fragment '{target}' within itself{viaText}.");
                }
                else if (!done.Contains(target) && spreadsByFragment.ContainsKey(target))
                {
                    indexOnPath[target] = path.Count;
                    path.Add((target, 0));
                }
            }
        }
    }
}
