using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;
using Kraken.Codegen.Generator.Binding;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Emitting;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Pipeline;

/// <summary>
/// In a fresh compiler process, much of the generator's first run is the JIT compiling its code paths: the template
/// engine, the emitter, the binder and the validator. Those paths are not needed until the schema is loaded, which
/// takes a while on one thread. So the first generator instance in a process runs a tiny project through the same
/// code on a background thread: its methods are compiled on another core while the real schema loads, and are ready
/// when the real operations reach them. Once per process; the tiny project's results are discarded, and nothing it
/// does can fail the build (every exception is swallowed: it is only a warm-up).
/// </summary>
internal static class BackgroundWarmUp
{
    private const string Directory = "/kraken-codegen-warm-up/";

    // Touches the main shapes of generated code: an interface with a case, a union family, a list, an enum, an input
    // object, variables with and without defaults.
    private const string Schema = """
        type Query { node(id: ID!): Node  items(filter: Filter, first: Int = 10): [Result!]! }
        interface Node { id: ID! }
        "An item."
        type Item implements Node { id: ID! name: String tags: [String!]! kind: Kind! }
        type Other { count: Int! }
        union Result = Item | Other
        enum Kind { A B }
        input Filter { kind: Kind text: String }
        """;

    private const string Operation = """
        query WarmUp($id: ID!, $filter: Filter) {
          node(id: $id) { id ... on Item { name tags kind } }
          items(filter: $filter) { __typename ... on Item { id name } ... on Other { count } }
        }
        """;

    private static int _started;

    /// <summary>Starts the warm-up, the first time only.</summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            return;
        }

        try
        {
            new Thread(Run) { IsBackground = true, Name = "Kraken.Codegen warm-up" }.Start();
        }
        catch (Exception)
        {
            // No thread, no warm-up: the generator works the same, only its first run is slower.
        }
    }

    private static void Run()
    {
        try
        {
            Warm();
        }
        catch (Exception)
        {
            // Only a warm-up: the real run reports whatever is wrong.
        }
    }

    /// <summary>Validates, binds and emits the tiny project; true when every step produced its output.</summary>
    internal static bool Warm()
    {
        var schemaSource = new SourceFile(Directory + "schema.graphqls", Schema);
        var operationSource = new SourceFile(Directory + "WarmUp.graphql", Operation);
        var schema = SchemaBuilder.Build(new[] { schemaSource });
        var validation = DocumentSetValidation.Run(schema, new[] { operationSource }, new ValidationOptions(), CancellationToken.None);

        var group = new GroupBinding(
            new SchemaGroup(Directory, new[] { schemaSource }, schema, null, null),
            "KrakenCodegen.WarmUp",
            EquatableArray<FragmentSource>.Empty,
            EquatableArray<ScalarMapping>.Empty,
            EquatableArray<string>.Empty);
        var binding = OperationBinder.Bind(new OperationSource(Directory, "WarmUp", "Query", operationSource.Path, Operation), group, "WarmUpQuery.g.cs", CancellationToken.None);
        var enumSpec = SchemaTypeBinder.BindEnum(group, "Kind", string.Empty);
        var inputSpec = SchemaTypeBinder.BindInputObject(group, "Filter", string.Empty);
        if (binding.Spec is null || enumSpec is null || inputSpec is null)
        {
            return false;
        }

        return validation.IsValid(operationSource.Path, "WarmUp")
            && Emitter.EmitOperation(binding.Spec).Length > 0
            && Emitter.EmitEnum(enumSpec).Length > 0
            && Emitter.EmitInputObject(inputSpec).Length > 0;
    }
}
