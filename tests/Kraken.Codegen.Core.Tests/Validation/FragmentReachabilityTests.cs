using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Tests.Validation;

/// <summary>The one search for the fragments a selection reaches, used by validation and by code generation.</summary>
public sealed class FragmentReachabilityTests
{
    [Fact]
    public void Reaches_fragments_through_fields_inline_fragments_and_other_fragments_once_each_in_first_met_order()
    {
        var document = ExecutableDocument.Parse(new SourceFile("/p/Q.graphql", """
            query Q { a { ...A ... on T { ...B } } c { ...Missing ...A } }
            fragment A on T { x { ...C } }
            fragment B on T { y }
            fragment C on T { ...A z }
            fragment Unused on T { w }
            """));
        var fragments = document.Fragments.ToDictionary(f => f.FragmentName.Name.StringValue, f => f.SelectionSet);
        var operation = document.Operations.Single();

        var reached = FragmentReachability.ReachableFragmentNames(operation.SelectionSet, name => fragments.TryGetValue(name, out var set) ? set : null);

        Assert.Equal(new[] { "A", "B", "C" }, reached.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(3, reached.Count);
        Assert.DoesNotContain("Missing", reached);
        Assert.DoesNotContain("Unused", reached);
    }

    [Fact]
    public void A_long_chain_of_fragments_does_not_exhaust_the_stack()
    {
        const int length = 20_000;
        var sets = new Dictionary<string, GraphQLSelectionSet>(StringComparer.Ordinal);
        for (var i = 0; i < length; i++)
        {
            var text = $"fragment F{i} on T {{ ...F{i + 1} }}";
            sets["F" + i] = ExecutableDocument.Parse(new SourceFile("/p/F.graphql", text)).Fragments.Single().SelectionSet;
        }

        var root = ExecutableDocument.Parse(new SourceFile("/p/Q.graphql", "{ ...F0 }")).Operations.Single().SelectionSet;

        var reached = FragmentReachability.ReachableFragmentNames(root, name => sets.TryGetValue(name, out var set) ? set : null);

        Assert.Equal(length, reached.Count);
    }
}
