using System.Text;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Benchmarks.Generator;

/// <summary>
/// One synthesised operation: its name, its text, and (for operations that start at an entry point) an edited text
/// that selects one more scalar field, used by the one-file-edit benchmark.
/// </summary>
internal sealed record SynthesisedOperation(string Name, string Text, string? EditedText);

/// <summary>
/// Builds realistic, deterministic operations from a schema. Each operation targets one field: a field of
/// <c>Query</c>, or a field of a type reached through an entry point such as <c>repository(owner:, name:)</c>.
/// It selects scalar fields of the entry type, then the target field with its required arguments supplied as
/// variables of their declared types; a connection gets <c>totalCount</c>, <c>pageInfo</c> and either
/// <c>nodes { … }</c> or <c>edges { cursor node { … } }</c>, an object its scalars and one nested object, a union
/// <c>__typename</c> and inline fragments. Deprecated fields and fields whose scalars need arguments are avoided.
/// </summary>
internal static class OperationSynthesiser
{
    private const int EntryScalars = 3;
    private const int TargetScalars = 6;
    private const int NestedScalars = 4;

    /// <summary>Entry points of <c>Query</c> whose target type's fields each become an operation.</summary>
    private static readonly (string Field, string Prefix)[] Entries =
    {
        ("repository", "Repository"),
        ("user", "User"),
        ("organization", "Organization"),
    };

    /// <summary>Query fields that are not operation targets of their own (the entries, and generic lookups).</summary>
    private static readonly HashSet<string> SkippedRootFields = new(StringComparer.Ordinal) { "node", "nodes", "relay", "repository", "user", "organization" };

    public static IReadOnlyList<SynthesisedOperation> Create(SchemaModel schema, int count)
    {
        var query = schema.QueryType ?? throw new InvalidOperationException("The schema has no Query type.");
        var lists = new List<Queue<Func<int, SynthesisedOperation>>>();

        // Fields of Query itself.
        var root = new Queue<Func<int, SynthesisedOperation>>();
        foreach (var field in query.Fields.Where(f => !SkippedRootFields.Contains(f.Name) && IsUsable(f) && IsComposite(schema, f)))
        {
            root.Enqueue(index => RootOperation(schema, field, index));
        }

        lists.Add(root);

        // Fields of the types behind the entry points.
        foreach (var (entryName, prefix) in Entries)
        {
            var entry = query.Fields[entryName] ?? throw new InvalidOperationException($"Query.{entryName} is missing from the schema.");
            var entryType = (FieldsTypeDefinition)schema.GetNamedType(entry.Type)!;
            var queue = new Queue<Func<int, SynthesisedOperation>>();
            foreach (var field in entryType.Fields.Where(f => f.Name != "id" && IsUsable(f) && IsComposite(schema, f)))
            {
                queue.Enqueue(index => EntryOperation(schema, entry, entryType, prefix, field, index));
            }

            lists.Add(queue);
        }

        // Interleave the lists (entry types first, then Query) so any prefix of the result mixes all of them.
        lists.Add(lists[0]);
        lists.RemoveAt(0);
        var result = new List<SynthesisedOperation>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (result.Count < count && lists.Any(l => l.Count > 0))
        {
            foreach (var list in lists.Where(l => l.Count > 0))
            {
                if (result.Count == count)
                {
                    break;
                }

                var operation = list.Dequeue()(result.Count);
                if (names.Add(operation.Name))
                {
                    result.Add(operation);
                }
            }
        }

        if (result.Count < count)
        {
            throw new InvalidOperationException($"The schema yields only {result.Count} operations; {count} were asked for.");
        }

        return result;
    }

    private static SynthesisedOperation RootOperation(SchemaModel schema, FieldDefinition field, int index)
    {
        var name = "Lookup" + Pascal(field.Name);
        var writer = new OperationWriter(schema, index);
        var body = writer.Field(field, depth: 0, indent: 1, preferPlainVariableNames: true);
        return new SynthesisedOperation(name, writer.Operation(name, body), EditedText: null);
    }

    private static SynthesisedOperation EntryOperation(SchemaModel schema, FieldDefinition entry, FieldsTypeDefinition entryType, string prefix, FieldDefinition target, int index)
    {
        var name = prefix + Pascal(target.Name);
        return new SynthesisedOperation(name, Write(EntryScalars), Write(EntryScalars + 1));

        string Write(int scalars)
        {
            var writer = new OperationWriter(schema, index);
            var entryArguments = writer.Arguments(entry, connection: false, preferPlainVariableNames: true);
            var body = new StringBuilder();
            body.Append(Indent(1)).Append(entry.Name).Append(entryArguments).Append(" {\n");
            foreach (var leaf in Leaves(schema, entryType, scalars, exclude: target.Name))
            {
                body.Append(Indent(2)).Append(leaf.Name).Append('\n');
            }

            body.Append(writer.Field(target, depth: 0, indent: 2, preferPlainVariableNames: false));
            body.Append(Indent(1)).Append("}\n");
            return writer.Operation(name, body.ToString());
        }
    }

    /// <summary>Writes one operation's fields and collects the variables they need.</summary>
    private sealed class OperationWriter
    {
        private readonly SchemaModel _schema;
        private readonly int _index;
        private readonly List<string> _variables = new();
        private readonly HashSet<string> _variableNames = new(StringComparer.Ordinal);

        public OperationWriter(SchemaModel schema, int index)
        {
            _schema = schema;
            _index = index;
        }

        public string Operation(string name, string body)
        {
            var variables = _variables.Count == 0 ? string.Empty : "(" + string.Join(", ", _variables) + ")";
            return "query " + name + variables + " {\n" + body + "}\n";
        }

        /// <summary>A field with its arguments and, for a composite type, its selection.</summary>
        public string Field(FieldDefinition field, int depth, int indent, bool preferPlainVariableNames)
        {
            var type = _schema.GetNamedType(field.Type)!;
            var text = new StringBuilder();
            text.Append(Indent(indent)).Append(field.Name).Append(Arguments(field, IsConnection(type), preferPlainVariableNames));
            if (type.IsLeafType)
            {
                return text.Append('\n').ToString();
            }

            text.Append(" {\n");
            Selection(type, depth, indent + 1, text);
            return text.Append(Indent(indent)).Append("}\n").ToString();
        }

        /// <summary>Required arguments as variables of their declared types, and <c>first</c> on a connection.</summary>
        public string Arguments(FieldDefinition field, bool connection, bool preferPlainVariableNames)
        {
            var arguments = new List<string>();
            foreach (var argument in field.Arguments)
            {
                if (argument.IsRequired)
                {
                    var preferred = preferPlainVariableNames ? argument.Name : field.Name + Pascal(argument.Name);
                    arguments.Add(argument.Name + ": $" + Variable(preferred, argument.Type.ToString()));
                }
                else if (connection && argument.Name == "first" && argument.Type.ToString() == "Int")
                {
                    arguments.Add("first: $" + Variable("first", "Int = 10"));
                }
            }

            return arguments.Count == 0 ? string.Empty : "(" + string.Join(", ", arguments) + ")";
        }

        private string Variable(string preferred, string typeText)
        {
            var name = preferred;
            for (var suffix = 2; !_variableNames.Add(name); suffix++)
            {
                name = preferred + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            _variables.Add("$" + name + ": " + typeText);
            return name;
        }

        private void Selection(NamedTypeDefinition type, int depth, int indent, StringBuilder text)
        {
            switch (type)
            {
                case FieldsTypeDefinition fields when IsConnection(fields):
                    Connection(fields, depth, indent, text);
                    break;
                case FieldsTypeDefinition fields:
                    Scalars(fields, depth == 0 ? TargetScalars : NestedScalars, indent, text);
                    if (type.Kind == TypeKind.Interface)
                    {
                        text.Append(Indent(indent)).Append("__typename\n");
                    }

                    if (depth <= 1 && NestedObject(fields) is { } nested)
                    {
                        text.Append(Indent(indent)).Append(nested.Name).Append(" {\n");
                        Scalars((FieldsTypeDefinition)_schema.GetNamedType(nested.Type)!, NestedScalars, indent + 1, text);
                        text.Append(Indent(indent)).Append("}\n");
                    }

                    break;
                case UnionTypeDefinition union:
                    Union(union, indent, text);
                    break;
                default:
                    text.Append(Indent(indent)).Append("__typename\n");
                    break;
            }
        }

        private void Connection(FieldsTypeDefinition connection, int depth, int indent, StringBuilder text)
        {
            if (connection.Fields["totalCount"] is { } totalCount && _schema.GetNamedType(totalCount.Type)!.IsLeafType)
            {
                text.Append(Indent(indent)).Append("totalCount\n");
            }

            text.Append(Indent(indent)).Append("pageInfo {\n")
                .Append(Indent(indent + 1)).Append("hasNextPage\n")
                .Append(Indent(indent + 1)).Append("endCursor\n")
                .Append(Indent(indent)).Append("}\n");

            var edges = connection.Fields["edges"];
            var nodes = connection.Fields["nodes"];
            var edgeNode = edges is null ? null : (_schema.GetNamedType(edges.Type) as FieldsTypeDefinition)?.Fields["node"];
            var useEdges = edgeNode is not null && (nodes is null || _index % 2 == 1);
            if (useEdges)
            {
                text.Append(Indent(indent)).Append("edges {\n")
                    .Append(Indent(indent + 1)).Append("cursor\n")
                    .Append(Indent(indent + 1)).Append("node {\n");
                Selection(_schema.GetNamedType(edgeNode!.Type)!, depth + 1, indent + 2, text);
                text.Append(Indent(indent + 1)).Append("}\n")
                    .Append(Indent(indent)).Append("}\n");
            }
            else if (nodes is not null)
            {
                text.Append(Indent(indent)).Append("nodes {\n");
                Selection(_schema.GetNamedType(nodes.Type)!, depth + 1, indent + 1, text);
                text.Append(Indent(indent)).Append("}\n");
            }
        }

        private void Scalars(FieldsTypeDefinition type, int count, int indent, StringBuilder text)
        {
            var leaves = Leaves(_schema, type, count, exclude: null);
            if (leaves.Count == 0)
            {
                text.Append(Indent(indent)).Append("__typename\n");
            }

            foreach (var leaf in leaves)
            {
                text.Append(Indent(indent)).Append(leaf.Name).Append('\n');
            }
        }

        private void Union(UnionTypeDefinition union, int indent, StringBuilder text)
        {
            text.Append(Indent(indent)).Append("__typename\n");

            // Same response names must have the same shape across the inline fragments (rule 5.3.2).
            var shapes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var member in union.Members.Take(2).Select(m => (FieldsTypeDefinition)_schema.GetType(m)!))
            {
                var leaves = Leaves(_schema, member, NestedScalars, exclude: null)
                    .Where(leaf => !shapes.TryGetValue(leaf.Name, out var shape) || shape == leaf.Type.ToString())
                    .ToList();
                if (leaves.Count == 0)
                {
                    continue;
                }

                text.Append(Indent(indent)).Append("... on ").Append(member.Name).Append(" {\n");
                foreach (var leaf in leaves)
                {
                    shapes[leaf.Name] = leaf.Type.ToString();
                    text.Append(Indent(indent + 1)).Append(leaf.Name).Append('\n');
                }

                text.Append(Indent(indent)).Append("}\n");
            }
        }

        /// <summary>The first single (non-list) object field without required arguments that is not a connection.</summary>
        private FieldDefinition? NestedObject(FieldsTypeDefinition type) =>
            type.Fields.FirstOrDefault(f =>
                IsUsable(f)
                && !f.Type.IsList
                && !f.Arguments.Any(a => a.IsRequired)
                && _schema.GetNamedType(f.Type) is ObjectTypeDefinition target
                && target.Name != type.Name
                && !IsConnection(target)
                && Leaves(_schema, target, 1, exclude: null).Count > 0);
    }

    /// <summary>Scalar and enum fields without required arguments, <c>id</c> first when there is one.</summary>
    private static List<FieldDefinition> Leaves(SchemaModel schema, FieldsTypeDefinition type, int count, string? exclude) =>
        type.Fields
            .Where(f => f.Name != exclude && IsUsable(f) && !f.Arguments.Any(a => a.IsRequired) && schema.GetNamedType(f.Type)!.IsLeafType)
            .OrderBy(f => f.Name == "id" ? 0 : 1)
            .Take(count)
            .ToList();

    private static bool IsUsable(FieldDefinition field) => field.Deprecation is null && !field.Name.StartsWith("__", StringComparison.Ordinal);

    private static bool IsComposite(SchemaModel schema, FieldDefinition field) => schema.GetNamedType(field.Type)!.IsCompositeType;

    private static bool IsConnection(NamedTypeDefinition type) =>
        type is ObjectTypeDefinition obj
        && obj.Name.EndsWith("Connection", StringComparison.Ordinal)
        && obj.Fields["pageInfo"] is not null
        && (obj.Fields["nodes"] is not null || obj.Fields["edges"] is not null);

    private static string Indent(int level) => new(' ', level * 2);

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
}
