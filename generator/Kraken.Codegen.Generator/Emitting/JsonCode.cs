using Kraken.Codegen.Generator.Binding;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;
using Scriban.Runtime;

namespace Kraken.Codegen.Generator.Emitting;

/// <summary>
/// The JSON code of one operation, spelled for its private <c>Json</c> class (which derives from the runtime's
/// GraphQLJson, so helpers go by their short names): one reader per record, a reader per inner level of nested lists,
/// and the variables' writer. Readers take one line per field; the runtime's helpers do the repeated work.
/// </summary>
internal sealed class JsonCode
{
    private static readonly string[] ReservedLocals = { "reader", "context", "field", "typename", "exception", "writer", "variables", "value" };

    private readonly OperationSpec _spec;
    private readonly TypeSyntax _types;
    private readonly CodeScope _scope;
    private readonly NameAllocator _methodNames = new(RuntimeNames.GraphQLJsonMembers.Concat(new[] { "Json", "WriteVariables" }).ToArray());
    private readonly Dictionary<string, string> _recordReaders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordSpec> _records;
    private readonly List<ScriptObject> _itemReaders = new();

    /// <param name="scope">The scope of the Json class.</param>
    public JsonCode(OperationSpec spec, TypeSyntax types, CodeScope scope)
    {
        _spec = spec;
        _types = types;
        _scope = scope;
        _records = spec.Records.ToDictionary(r => r.Name, StringComparer.Ordinal);
        foreach (var record in spec.Records)
        {
            _recordReaders[record.Name] = _methodNames.Allocate("Read" + record.Name);
        }
    }

    /// <summary>The Json class's reader methods, record readers first, in record order.</summary>
    public ScriptArray Readers()
    {
        var readers = new ScriptArray();
        foreach (var record in _spec.Records)
        {
            readers.Add(record.IsFamily ? FamilyReader(record) : ObjectReader(record));
        }

        foreach (var item in _itemReaders)
        {
            readers.Add(item);
        }

        return readers;
    }

    /// <summary>The statements of the variables' writer, one per variable.</summary>
    public ScriptArray VariableWrites() => Emitter.Array(_spec.Variables.Select(v =>
        WriteStatement(v.GraphQLName, "variables." + v.PropertyName, v.Type, v.IsRequired)));

    /// <summary>A statement writing a property that is always sent, or (not <paramref name="isRequired"/>) only when given.</summary>
    public static string WriteStatement(string graphQLName, string expression, TypeRef type, bool isRequired) =>
        $"{(isRequired ? "WriteProperty" : type.IsNonNull ? "WriteOptional" : "WriteOptionalNullable")}(writer, {CSharpSyntax.StringLiteral(graphQLName)}, {expression}, {Writer(type, 1)});";

    // The method group (or lambda) writing one non-null value of the type.
    private static string Writer(TypeRef type, int depth)
    {
        if (!type.IsList)
        {
            return type.Named switch
            {
                ScalarTypeSpec scalar => ScalarSyntax.Writer(scalar.Scalar),
                _ => "WriteInputValue",
            };
        }

        var item = type.ItemType;
        var helper = item.IsNonNull ? "WriteList" : TypeSyntax.IsValueType(item) ? "WriteListOfNullableValues" : "WriteListOfNullable";
        var suffix = depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"static (w{suffix}, v{suffix}) => {helper}(w{suffix}, v{suffix}, {Writer(item, depth + 1)})";
    }

    private ScriptObject ObjectReader(RecordSpec record)
    {
        var locals = new NameAllocator(ReservedLocals);
        var slots = record.Properties.Select(p => new Slot(p, locals.Allocate(LocalName(p.ResponseName), "Value"), Guard: string.Empty)).ToList();
        var model = ReaderModel(record, slots, typenameLocal: null);
        model["construct"] = Construction(Spell(record), slots.Select(s => (s.Property, s.Local)));
        return model;
    }

    private ScriptObject FamilyReader(RecordSpec record)
    {
        var locals = new NameAllocator(ReservedLocals);
        var slots = record.Properties.Select(p => new Slot(p, locals.Allocate(LocalName(p.ResponseName), "Value"), Guard: string.Empty)).ToList();
        var known = record.Cases.Where(c => !c.IsUnknown).Select(c => c.GraphQLType!).ToList();

        // A case's own field is read only for objects of that case: one slot per response name and type, shared by the
        // cases that select it alike.
        var caseSlots = new Dictionary<CaseSpec, List<Slot>>();
        var shared = new List<(PropertySpec Property, List<CaseSpec> Cases, string Local)>();
        foreach (var @case in record.Cases)
        {
            caseSlots[@case] = new List<Slot>();
            foreach (var property in @case.Properties)
            {
                var match = @case.IsUnknown ? -1 : shared.FindIndex(s => s.Cases.All(c => !c.IsUnknown) && s.Property.ResponseName == property.ResponseName && s.Property.Type.Equals(property.Type));
                if (match >= 0)
                {
                    shared[match].Cases.Add(@case);
                }
                else
                {
                    shared.Add((property, new List<CaseSpec> { @case }, locals.Allocate(LocalName(property.ResponseName), "Value")));
                }
            }
        }

        foreach (var (property, cases, local) in shared)
        {
            var guard = cases[0].IsUnknown
                ? "typename is not " + Alternatives(known) + " && "
                : cases.Count == 1 ? "typename is " + CSharpSyntax.StringLiteral(cases[0].GraphQLType!) + " && " : "(typename is " + Alternatives(cases.Select(c => c.GraphQLType!)) + ") && ";
            var slot = new Slot(property, local, guard);
            slots.Add(slot);
            foreach (var @case in cases)
            {
                caseSlots[@case].Add(slot with { Property = @case.Properties.First(p => p.ResponseName == property.ResponseName) });
            }
        }

        var model = ReaderModel(record, slots, "typename");
        var baseSlots = slots.Take(record.Properties.Count).ToList();
        model["cases"] = Emitter.Array(record.Cases.Where(c => !c.IsUnknown).Select(c => new ScriptObject(3)
        {
            ["typename_literal"] = CSharpSyntax.StringLiteral(c.GraphQLType!),
            ["construct"] = Construction(Spell(record) + "." + c.Name, baseSlots.Concat(caseSlots[c]).Select(s => (s.Property, s.Local))),
        }));
        var unknown = record.Cases.First(c => c.IsUnknown);
        model["unknown_construct"] = Construction(Spell(record) + "." + unknown.Name, baseSlots.Concat(caseSlots[unknown]).Select(s => (s.Property, s.Local)));
        var others = record.Family!.OtherPossibleTypes;
        model["drift_condition"] = others.IsEmpty ? string.Empty : "typename is not " + Alternatives(others);
        model["drift_report"] = $"context.ReportUnknownType({CSharpSyntax.StringLiteral(record.Family.FieldCoordinate)}, typename);";
        var typenameName = record.Family.TypenameResponseName;
        model["typename_argument"] = typenameName == "__typename" ? string.Empty : ", " + CSharpSyntax.StringLiteral(typenameName) + "u8";
        return model;
    }

    private ScriptObject ReaderModel(RecordSpec record, List<Slot> slots, string? typenameLocal) => new(8)
    {
        ["name"] = _recordReaders[record.Name],
        ["return_type"] = Spell(record),
        ["graphql_type_literal"] = CSharpSyntax.StringLiteral(record.GraphQLType),
        ["is_family"] = typenameLocal is not null,
        ["is_item"] = false,
        ["locals"] = Emitter.Array(slots.Select(s => new ScriptObject(3)
        {
            ["type"] = _types.Spell(s.Property.Type.AsNullable(), _scope),
            ["name"] = s.Local,
        })),
        ["fields"] = Emitter.Array(slots.Select((s, index) => new ScriptObject(4)
        {
            ["keyword"] = index == 0 ? "if" : "else if",
            ["condition"] = s.Guard + "reader.ValueTextEquals(" + CSharpSyntax.Utf8Literal(s.Property.ResponseName) + ")",
            ["assignment"] = $"{s.Local} = {NextValue(s.Property)} ? {Read(s.Property.Type, _recordReaders[record.Name] + Identifiers.Pascal(s.Property.ResponseName))} : null;",
        })),
    };

    private static string NextValue(PropertySpec property) =>
        property.Type.IsNonNull
            ? $"NextValue(ref reader, ref field, {CSharpSyntax.StringLiteral(property.ResponseName)}, {CSharpSyntax.StringLiteral(property.Type.GraphQLText)})"
            : $"NextValue(ref reader, ref field, {CSharpSyntax.StringLiteral(property.ResponseName)})";

    private static ScriptObject Construction(string type, IEnumerable<(PropertySpec Property, string Local)> assignments) => new(3)
    {
        ["type"] = type,
        ["assignments"] = Emitter.Array(assignments.Select(a => new ScriptObject(3)
        {
            ["property"] = a.Property.PropertyName,
            ["value"] = a.Property.IsRequired
                ? $"{a.Local} ?? throw MissingField({CSharpSyntax.StringLiteral(a.Property.ResponseName)}, {CSharpSyntax.StringLiteral(a.Property.Type.GraphQLText)})"
                : a.Local,
        })),
    };

    /// <summary>An expression reading a non-null value of <paramref name="type"/> where the reader stands.</summary>
    private string Read(TypeRef type, string itemReaderBase) => type.IsList
        ? ReadList(type, itemReaderBase)
        : type.Named switch
        {
            ScalarTypeSpec scalar => ScalarSyntax.Reader(scalar.Scalar) + "(ref reader)",
            EnumTypeSpec => $"ReadEnum<{_types.Named(type.Named, _scope)}>(ref reader, context)",
            RecordTypeSpec record => _recordReaders[record.Name] + "(ref reader, context)",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type.Named.GetType().Name, "Not a response type."),
        };

    private string ReadList(TypeRef type, string itemReaderBase)
    {
        var item = type.ItemType;
        var helper = item.IsNonNull ? "ReadList" : TypeSyntax.IsValueType(item) ? "ReadListOfNullableValues" : "ReadListOfNullable";
        string reader;
        var withContext = true;
        if (item.IsList)
        {
            // Each inner level of a nested list gets a reader of its own.
            reader = _methodNames.Allocate(itemReaderBase + "Item");
            _itemReaders.Add(new ScriptObject(5)
            {
                ["name"] = reader,
                ["return_type"] = _types.Spell(item with { NonNullLevels = item.NonNullLevels.Select((nonNull, level) => level == 0 || nonNull).ToEquatableArray() }, _scope),
                ["is_item"] = true,
                ["expression"] = ReadList(item, reader),
            });
        }
        else
        {
            switch (item.Named)
            {
                case ScalarTypeSpec scalar:
                    reader = ScalarSyntax.Reader(scalar.Scalar);
                    withContext = false;
                    break;
                case EnumTypeSpec:
                    reader = $"ReadEnum<{_types.Named(item.Named, _scope)}>";
                    break;
                case RecordTypeSpec record:
                    reader = _recordReaders[record.Name];
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(type), item.Named.GetType().Name, "Not a response type.");
            }
        }

        var context = withContext ? ", context" : string.Empty;
        return $"{helper}(ref reader{context}, {CSharpSyntax.StringLiteral(item.GraphQLText)}, {reader})";
    }

    private string Spell(RecordSpec record) => _types.Named(new RecordTypeSpec(record.GraphQLType, record.Name), _scope);

    private static string Alternatives(IEnumerable<string> typenames)
    {
        var literals = typenames.Select(CSharpSyntax.StringLiteral).ToList();
        return literals.Count == 1 ? literals[0] : "(" + string.Join(" or ", literals) + ")";
    }

    // A keyword (decimal, int, float) cannot be a local; such names get a suffix instead of an @ prefix.
    private static string LocalName(string responseName)
    {
        var camel = Identifiers.Camel(responseName);
        return CSharpSyntax.IsKeyword(camel) ? camel + "Value" : camel;
    }

    /// <summary>A local that holds one field's value while the object is read, and when it is read (<see cref="Guard"/>).</summary>
    private sealed record Slot(PropertySpec Property, string Local, string Guard);
}
