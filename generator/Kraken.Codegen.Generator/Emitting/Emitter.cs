using Kraken.Codegen.Generator.Model;
using Scriban.Runtime;

namespace Kraken.Codegen.Generator.Emitting;

/// <summary>
/// Turns specs into C# source through the Scriban templates. This layer owns all C# spelling: it resolves names in
/// their scopes, spells types and JSON code, and hands the templates explicitly built models (no reflection over the
/// specs). The templates lay the code out, indented as it is rendered.
/// </summary>
internal static class Emitter
{
    public const string Version = "1.0.0";

    public static string EmitOperation(OperationSpec spec)
    {
        var namespaceScope = CodeScope.Namespace(spec.Namespace);
        var classScope = namespaceScope.Nested(spec.ClassName, spec.Records.Select(r => r.Name).Concat(new[] { "Variables", "Json" }));
        var types = new TypeSyntax(namespaceScope, classScope);
        var json = new JsonCode(spec, types, classScope.Nested("Json", System.Array.Empty<string>()));
        var variablesScope = classScope.Nested("Variables", System.Array.Empty<string>());
        var model = new ScriptObject(16)
        {
            ["source_path"] = CSharpSyntax.CommentText(spec.SourceFileName),
            ["namespace"] = spec.Namespace,
            ["version"] = Version,
            ["kind"] = spec.Kind.ToString(),
            ["kind_lower"] = spec.Kind.ToString().ToLowerInvariant(),
            ["operation_name"] = spec.OperationName,
            ["class_name"] = spec.ClassName,
            ["operation_name_literal"] = CSharpSyntax.StringLiteral(spec.OperationName),
            ["document_literal"] = CSharpSyntax.StringLiteral(spec.Document),
            ["sha256"] = spec.Sha256Hash,
            ["error_codes"] = spec.ErrorCodes.IsEmpty
                ? "global::System.Array.Empty<string>()"
                : "new[] { " + string.Join(", ", spec.ErrorCodes.Select(CSharpSyntax.StringLiteral)) + " }",
            ["has_variables"] = spec.HasVariables,
            ["variables"] = Array(spec.Variables.Select(v => new ScriptObject(5)
            {
                ["doc"] = $"<c>${v.GraphQLName}: {CSharpSyntax.OneLine(v.Type.GraphQLText)}</c>"
                    + (v.DefaultValue is null ? string.Empty : $" (default <c>{CSharpSyntax.OneLine(v.DefaultValue)}</c>)"),
                ["modifiers"] = v.IsRequired ? "required " : string.Empty,
                ["type"] = VariableType(types, v.Type, v.IsRequired, variablesScope),
                ["name"] = v.PropertyName,
            })),
            ["variable_writes"] = json.VariableWrites(),
            ["records"] = Array(spec.Records.SelectMany(r => RecordModels(r, classScope, types))),
            ["readers"] = json.Readers(),
        };
        return Templates.Render(Templates.Operation, model);
    }

    public static string EmitEnum(EnumSpec spec)
    {
        var model = new ScriptObject(10)
        {
            ["namespace"] = spec.Namespace,
            ["version"] = Version,
            ["graphql_name"] = CSharpSyntax.CommentText(spec.GraphQLName),
            ["graphql_name_literal"] = CSharpSyntax.StringLiteral(spec.GraphQLName),
            ["name"] = spec.Name,
            ["kind_name"] = spec.KindEnumName,
            ["unknown_name"] = spec.UnknownMemberName,
            ["doc_lines"] = Array(CSharpSyntax.Summary(spec.Description, $"The GraphQL enum <c>{spec.GraphQLName}</c>.")),
            ["values"] = Array(spec.Values.Select(v => new ScriptObject(5)
            {
                ["member_name"] = v.MemberName,
                ["wire_literal"] = CSharpSyntax.StringLiteral(v.WireName),
                ["wire_utf8"] = CSharpSyntax.Utf8Literal(v.WireName),
                ["doc_lines"] = Array(CSharpSyntax.Summary(v.Description, $"<c>{v.WireName}</c>")),
                ["obsolete"] = Obsolete(v.ObsoleteMessage),
            })),
        };
        return Templates.Render(Templates.Enum, model);
    }

    public static string EmitInputObject(InputObjectSpec spec)
    {
        var namespaceScope = CodeScope.Namespace(spec.Namespace);
        var recordScope = namespaceScope.Nested(spec.Name, new[] { "Json" });
        var types = new TypeSyntax(namespaceScope);
        var model = new ScriptObject(9)
        {
            ["namespace"] = spec.Namespace,
            ["version"] = Version,
            ["graphql_name"] = CSharpSyntax.CommentText(spec.GraphQLName),
            ["name"] = spec.Name,
            ["doc_lines"] = Array(CSharpSyntax.Summary(spec.Description, $"The GraphQL input type <c>{spec.GraphQLName}</c>.")),
            ["is_one_of"] = spec.IsOneOf,
            ["one_of_message"] = CSharpSyntax.StringLiteral($"{spec.GraphQLName} is a @oneOf input: set exactly one of {string.Join(", ", spec.Fields.Select(f => f.PropertyName))}, not "),
            ["fields"] = Array(spec.Fields.Select((f, index) => new ScriptObject(8)
            {
                ["blank_before"] = index > 0 && (IsDocumented(f.Description, f.ObsoleteMessage) || IsDocumented(spec.Fields[index - 1].Description, spec.Fields[index - 1].ObsoleteMessage)),
                ["doc_lines"] = Array(CSharpSyntax.Summary(f.Description)),
                ["obsolete"] = Obsolete(f.ObsoleteMessage),
                ["modifiers"] = f.IsRequired ? "required " : string.Empty,
                ["type"] = VariableType(types, f.Type, f.IsRequired, recordScope),
                ["name"] = f.PropertyName,
                ["write"] = JsonCode.WriteStatement(f.GraphQLName, "value." + f.PropertyName, f.Type, f.IsRequired),
            })),
        };
        return Templates.Render(Templates.InputObject, model);
    }

    public static string EmitFragmentInterface(FragmentInterfaceSpec spec)
    {
        var namespaceScope = CodeScope.Namespace(spec.Namespace);
        var types = new TypeSyntax(namespaceScope);
        var model = new ScriptObject(6)
        {
            ["namespace"] = spec.Namespace,
            ["version"] = Version,
            ["fragment_name"] = CSharpSyntax.CommentText(spec.FragmentName),
            ["type_condition"] = CSharpSyntax.CommentText(spec.TypeCondition),
            ["root"] = InterfaceModel(spec.Root, namespaceScope, types),
        };
        return Templates.Render(Templates.FragmentInterface, model);
    }

    public static string EmitClient(ClientSpec spec) => ClientEmitter.Emit(spec);

    public static ScriptArray Array<T>(IEnumerable<T> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }

    /// <summary>The argument of an <c>[Obsolete]</c> attribute, or null.</summary>
    public static string? Obsolete(string? message) => message is null ? null : CSharpSyntax.StringLiteral(message);

    /// <summary>A variable's or input field's type: optional ones are <c>Optional&lt;T&gt;</c>, so that absent differs from null.</summary>
    public static string VariableType(TypeSyntax types, TypeRef type, bool isRequired, CodeScope scope) =>
        isRequired ? types.Spell(type, scope) : RuntimeNames.Optional + "<" + types.Spell(type, scope) + ">";

    private const string RecordIndent = "        ";
    private const string CaseIndent = RecordIndent + "    ";

    /// <summary>
    /// A record and, for a family, its cases after it: flat, so the template lays each one out with one loop (no
    /// recursive template call). A family stays open over its cases; the last case closes it.
    /// </summary>
    private static IEnumerable<ScriptObject> RecordModels(RecordSpec record, CodeScope classScope, TypeSyntax types)
    {
        var scope = classScope.Nested(record.Name, record.Cases.Select(c => c.Name));
        yield return DeclarationModel(
            record.Name,
            record.IsFamily ? "abstract" : "sealed",
            CSharpSyntax.Summary(record.Description, $"Selection on <c>{record.GraphQLType}</c>."),
            baseType: null,
            record.Properties,
            record.Interfaces,
            scope,
            types,
            RecordIndent,
            hasCases: record.Cases.Count > 0);
        for (var index = 0; index < record.Cases.Count; index++)
        {
            var c = record.Cases[index];
            var model = DeclarationModel(
                c.Name,
                "sealed",
                c.IsUnknown
                    ? CSharpSyntax.Summary(null, $"A <c>{record.GraphQLType}</c> of a type without a case of its own (another type, or one added to the schema later); <c>Typename</c> says which.")
                    : CSharpSyntax.Summary(c.Description, $"Selection on <c>{c.GraphQLType}</c>."),
                baseType: record.Name,
                c.Properties,
                c.Interfaces,
                scope.Nested(c.Name, System.Array.Empty<string>()),
                types,
                CaseIndent,
                hasCases: false);
            if (index == record.Cases.Count - 1)
            {
                model["closes_family"] = true;
            }

            yield return model;
        }
    }

    private static ScriptObject DeclarationModel(
        string name,
        string modifiers,
        IEnumerable<string> docLines,
        string? baseType,
        IReadOnlyList<PropertySpec> properties,
        IReadOnlyList<InterfaceImplementationSpec> interfaces,
        CodeScope scope,
        TypeSyntax types,
        string indent,
        bool hasCases)
    {
        var bases = (baseType is null ? Enumerable.Empty<string>() : new[] { scope.Spell(scope.Parent!.Parent!, baseType) })
            .Concat(interfaces.Select(i => types.Named(i.Interface, scope)))
            .ToList();
        var members = Array(properties.Select((p, index) => PropertyModel(p, scope, types, blankBefore: index > 0 && (IsDocumented(p) || IsDocumented(properties[index - 1])))));
        var explicitMembers = Array(interfaces.SelectMany(i => i.ExplicitMembers.Select(m =>
            $"{types.Spell(m.MemberType, scope)} {types.Named(i.Interface, scope)}.{m.MemberName} => this.{m.PropertyName};")));
        return new ScriptObject(12)
        {
            ["doc_lines"] = Array(docLines),
            ["modifiers"] = modifiers,
            ["name"] = name,
            ["bases"] = bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases),
            ["properties"] = members,
            ["explicit_members"] = explicitMembers,
            ["indent"] = indent,
            ["has_cases"] = hasCases,
            ["closes_family"] = false,
            ["family_indent"] = RecordIndent,
            ["is_empty"] = members.Count == 0 && explicitMembers.Count == 0 && !hasCases,
        };
    }

    private static bool IsDocumented(PropertySpec property) => IsDocumented(property.Description, property.ObsoleteMessage);

    // Members with documentation or attributes stand apart; plain ones are listed together.
    private static bool IsDocumented(string? description, string? obsoleteMessage) => obsoleteMessage is not null || CSharpSyntax.DocLines(description).Count > 0;

    private static ScriptObject PropertyModel(PropertySpec property, CodeScope scope, TypeSyntax types, bool blankBefore) => new(7)
    {
        ["blank_before"] = blankBefore,
        ["doc_lines"] = Array(CSharpSyntax.Summary(property.Description)),
        ["obsolete"] = Obsolete(property.ObsoleteMessage),
        ["modifiers"] = property.IsRequired ? "required " : string.Empty,
        ["type"] = types.Spell(property.DeclaredType, scope),
        ["name"] = property.PropertyName,
    };

    private static ScriptObject InterfaceModel(InterfaceSpec spec, CodeScope parent, TypeSyntax types)
    {
        var scope = parent.Nested(spec.Name, spec.Nested.Select(n => n.Name));
        return new ScriptObject(4)
        {
            ["name"] = spec.Name,
            ["properties"] = Array(spec.Properties.Select((p, index) => PropertyModel(p, scope, types, blankBefore: index > 0 && (IsDocumented(p) || IsDocumented(spec.Properties[index - 1]))))),
            ["nested"] = Array(spec.Nested.Select(n => InterfaceModel(n, scope, types))),
        };
    }
}
