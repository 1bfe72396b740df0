using Kraken.Codegen.Generator.Binding;
using Kraken.Codegen.Generator.Model;
using Scriban.Runtime;

namespace Kraken.Codegen.Generator.Emitting;

/// <summary>
/// Turns specs into C# source through the Scriban templates. The specs carry final names and code fragments;
/// this class only shapes them into template models (built explicitly, no reflection over the specs).
/// </summary>
internal static class Emitter
{
    public const string Version = "1.0.0";

    public static string EmitOperation(OperationSpec spec, string sourcePath)
    {
        var model = new ScriptObject
        {
            ["source_path"] = SafeComment(sourcePath),
            ["namespace"] = spec.Namespace,
            ["version"] = Version,
            ["doc_lines"] = Array(new[] { $" <summary>The {spec.OperationKind.ToLowerInvariant()} <c>{spec.OperationName}</c>.</summary>" }),
            ["class_name"] = spec.ClassName,
            ["data_type"] = "global::" + Qualify(spec.Namespace, spec.ClassName) + ".Data",
            ["variables_type"] = "global::" + Qualify(spec.Namespace, spec.ClassName) + ".Variables",
            ["operation_name"] = spec.OperationName,
            ["operation_name_literal"] = CSharpNames.StringLiteral(spec.OperationName),
            ["document_literal"] = CSharpNames.StringLiteral(spec.Document),
            ["sha256"] = spec.Sha256Hash,
            ["error_codes"] = string.Join(", ", spec.ErrorCodes.Select(CSharpNames.StringLiteral)),
            ["kind"] = spec.OperationKind,
            ["has_variables"] = spec.HasVariables,
            ["variables"] = Array(spec.Variables.Select(v => new ScriptObject
            {
                ["graphql_name"] = v.GraphQLName,
                ["graphql_type"] = v.GraphQLType,
                ["default_value"] = v.DefaultValueText is null ? null : Escape(v.DefaultValueText),
                ["is_required"] = v.IsRequired,
                ["csharp_type"] = v.CSharpType,
                ["property_name"] = v.PropertyName,
                ["write_statement"] = v.WriteStatement,
            })),
            ["records"] = Array(spec.Records.Select(r => Indent(EmitRecord(r), 2))),
        };
        return Templates.Render(Templates.Operation, model);
    }

    public static string EmitRecord(RecordSpec record)
    {
        var isAbstract = record.Kind == RecordKind.AbstractBase;
        var inheritance = new List<string>();
        if (record.BaseFullName is not null)
        {
            inheritance.Add(record.BaseFullName);
        }

        inheritance.AddRange(record.Interfaces);
        var model = new ScriptObject
        {
            ["doc_lines"] = Array(DocLines(record.Description, record.IsUnknownCase
                ? $"A <c>{record.GraphQLType}</c> of a type this client does not know (added to the schema later); <c>Typename</c> says which."
                : $"Selection on <c>{record.GraphQLType}</c>.")),
            ["modifiers"] = isAbstract ? "public abstract" : "public sealed",
            ["name"] = record.Name,
            ["full_name"] = record.FullName,
            ["inheritance"] = inheritance.Count == 0 ? string.Empty : " : " + string.Join(", ", inheritance),
            ["graphql_type"] = record.GraphQLType,
            ["is_abstract"] = isAbstract,
            ["is_case"] = record.Kind == RecordKind.FamilyCase,
            ["properties"] = Array(record.Properties.Select(PropertyModel)),
            ["explicit_members"] = Array(record.ExplicitMembers.Select(m => new ScriptObject
            {
                ["csharp_type"] = m.CSharpType,
                ["interface_name"] = m.InterfaceFullName,
                ["property_name"] = m.PropertyName,
                ["expression"] = m.Expression,
            })),
            ["case_dispatch"] = Array(record.Cases.Where(c => !c.IsUnknownCase).Select(c => new ScriptObject
            {
                ["type_name"] = c.GraphQLType,
                ["full_name"] = c.FullName,
            })),
            ["unknown_case"] = record.Cases.FirstOrDefault(c => c.IsUnknownCase)?.FullName ?? string.Empty,
            ["list_readers"] = Array(record.ListReaders.Select(l => new ScriptObject
            {
                ["result_type"] = l.ResultType,
                ["method_name"] = l.MethodName,
                ["element_type"] = l.ElementType,
                ["element_read_expression"] = l.ElementReadExpression,
                ["element_non_null"] = l.ElementNonNull,
                ["element_graphql_type"] = l.ElementGraphQLType,
            })),
            ["cases"] = Array(record.Cases.Select(c => Indent(EmitRecord(c), 1))),
        };
        return Templates.Render(Templates.Record, model).TrimEnd('\n');
    }

    public static string EmitEnum(EnumSpec spec)
    {
        var values = spec.Values.Select(v => new ScriptObject
        {
            ["member_name"] = v.MemberName,
            ["wire_literal"] = CSharpNames.StringLiteral(v.WireName),
            ["doc_lines"] = Array(DocLines(v.Description, v.WireName.Length == 0 ? null : $"<c>{v.WireName}</c>")),
            ["obsolete"] = v.ObsoleteMessage is null ? null : CSharpNames.StringLiteral(v.ObsoleteMessage),
        }).ToList();
        var model = new ScriptObject
        {
            ["namespace"] = spec.Namespace,
            ["version"] = Version,
            ["graphql_name"] = spec.GraphQLName,
            ["name"] = spec.Name,
            ["kind_name"] = spec.KindEnumName,
            ["doc_lines"] = Array(DocLines(spec.Description, $"The GraphQL enum <c>{spec.GraphQLName}</c>.")),
            ["values"] = Array(values),
            ["known_values"] = Array(values.Skip(1)),
            ["unknown_name"] = spec.Values[0].MemberName,
        };
        return Templates.Render(Templates.Enum, model);
    }

    public static string EmitInputObject(InputObjectSpec spec)
    {
        var model = new ScriptObject
        {
            ["namespace"] = spec.Namespace,
            ["version"] = Version,
            ["graphql_name"] = spec.GraphQLName,
            ["name"] = spec.Name,
            ["doc_lines"] = Array(DocLines(spec.Description, $"The GraphQL input type <c>{spec.GraphQLName}</c>.")),
            ["is_one_of"] = spec.IsOneOf,
            ["field_list"] = string.Join(", ", spec.Fields.Select(f => f.PropertyName)),
            ["fields"] = Array(spec.Fields.Select(f => new ScriptObject
            {
                ["doc_lines"] = Array(DocLines(f.Description, null)),
                ["obsolete"] = f.ObsoleteMessage is null ? null : CSharpNames.StringLiteral(f.ObsoleteMessage),
                ["is_required"] = f.IsRequired,
                ["csharp_type"] = f.CSharpType,
                ["property_name"] = f.PropertyName,
                ["write_statement"] = f.WriteStatement,
                ["has_value"] = f.HasValueExpression,
            })),
        };
        return Templates.Render(Templates.InputObject, model);
    }

    public static string EmitFragmentInterface(FragmentInterfaceSpec spec)
    {
        var model = new ScriptObject
        {
            ["namespace"] = spec.Namespace,
            ["fragment_name"] = spec.FragmentName,
            ["type_condition"] = spec.TypeCondition,
            ["body"] = Indent(EmitInterface(spec.Root), 1),
        };
        return Templates.Render(Templates.FragmentInterface, model);
    }

    public static string EmitClient(ClientSpec spec)
    {
        var model = new ScriptObject
        {
            ["namespace"] = spec.Namespace,
            ["version"] = Version,
            ["schema_path"] = Escape(spec.SchemaPath),
            ["client_name"] = spec.ClientName,
            ["error_codes_name"] = spec.ErrorCodesName,
            ["methods"] = Array(spec.Methods.Select(m => new ScriptObject
            {
                ["kind_lower"] = m.OperationKind.ToLowerInvariant(),
                ["operation_name"] = m.OperationName,
                ["is_deprecated"] = m.IsDeprecated,
                ["data_type"] = m.DataType,
                ["method_name"] = m.MethodName,
                ["parameter_list"] = string.Join(", ", m.Parameters.Select(p => p.CSharpType + " " + p.Name + (p.DefaultValue is null ? string.Empty : " = " + p.DefaultValue))
                    .Concat(new[] { "global::System.Threading.CancellationToken cancellationToken = default" })),
                ["construct"] = m.ConstructExpression,
                ["pagination"] = m.Pagination is not { } pagination ? null : new ScriptObject
                {
                    ["method_name"] = pagination.MethodName,
                    ["node_type"] = pagination.NodeType,
                    ["parameter_list"] = string.Join(", ", pagination.Parameters.Select(p => p.CSharpType + " " + p.Name + (p.DefaultValue is null ? string.Empty : " = " + p.DefaultValue))
                        .Concat(new[] { "int pageSize = global::Kraken.Codegen.Runtime.GraphQLPagination.MaxPageSize", "global::System.Threading.CancellationToken cancellationToken = default" })),
                    ["create_page"] = pagination.CreatePageExpression,
                    ["select_page"] = pagination.SelectPageExpression,
                },
            })),
            ["error_codes"] = Array(spec.ErrorCodes.Select(c => new ScriptObject
            {
                ["doc_text"] = string.Join(" ", CSharpNames.DocLines(c.Text)),
                ["constant_name"] = c.ConstantName,
                ["code"] = c.Code,
                ["text_literal"] = CSharpNames.StringLiteral(c.Text),
            })),
        };
        return Templates.Render(Templates.Client, model);
    }

    private static string EmitInterface(InterfaceSpec spec)
    {
        var model = new ScriptObject
        {
            ["version"] = Version,
            ["name"] = spec.Name,
            ["properties"] = Array(spec.Properties.Select(PropertyModel)),
            ["nested_interfaces"] = Array(spec.Nested.Select(n => Indent(EmitInterface(n), 1).TrimEnd('\n'))),
        };
        return Templates.Render(Templates.Interface, model).TrimEnd('\n');
    }

    private static ScriptObject PropertyModel(PropertySpec property) => new()
    {
        ["declared_in_base"] = property.DeclaredInBase,
        ["doc_lines"] = Array(DocLines(property.Description, null)),
        ["obsolete"] = property.ObsoleteMessage is null ? null : CSharpNames.StringLiteral(property.ObsoleteMessage),
        ["is_required"] = property.IsRequired,
        ["csharp_type"] = property.CSharpType,
        ["property_name"] = property.PropertyName,
        ["local_type"] = property.LocalType,
        ["local_name"] = property.LocalName,
        ["response_name"] = property.ResponseName,
        ["read_expression"] = property.ReadExpression,
        ["wire_non_null"] = property.WireNonNull,
        ["graphql_type"] = property.GraphQLTypeText,
    };

    /// <summary>A summary block from a schema description (escaped), or from a fallback written by us (already XML).</summary>
    private static IEnumerable<string> DocLines(string? description, string? fallbackXml)
    {
        var lines = CSharpNames.DocLines(description);
        if (lines.Count == 0)
        {
            return fallbackXml is null ? System.Array.Empty<string>() : new[] { " <summary>" + fallbackXml + "</summary>" };
        }

        // Each line carries its own leading space, so that blank lines end without trailing whitespace.
        return new[] { " <summary>" }.Concat(lines.Select(line => line.Length == 0 ? line : " " + line)).Concat(new[] { " </summary>" });
    }

    private static ScriptArray Array<T>(IEnumerable<T> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }

    private static string Indent(string text, int levels)
    {
        var prefix = new string(' ', 4 * levels);
        var lines = text.TrimEnd('\n').Split('\n');
        return string.Join("\n", lines.Select(line => line.Length == 0 ? line : prefix + line));
    }

    private static string Qualify(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

    /// <summary>Text for a line comment: no line breaks.</summary>
    private static string SafeComment(string text) => new(text.Select(c => char.IsControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c).ToArray());

    private static string Escape(string text) => string.Join(" ", CSharpNames.DocLines(text));
}
