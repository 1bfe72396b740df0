using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Tool.Lsp.Protocol;

namespace Kraken.Codegen.Tool.Lsp.Language;

/// <summary>
/// Completion in operation files: fields (with their type, description and deprecation), arguments, input fields,
/// enum values, types in type conditions and variable definitions, directives valid at the place, fragments and
/// variables, each from the schema of the file's group.
/// </summary>
internal static class CompletionService
{
    // LSP CompletionItemKind values.
    private const int MethodKind = 2;
    private const int FieldKind = 5;
    private const int VariableKind = 6;
    private const int ClassKind = 7;
    private const int InterfaceKind = 8;
    private const int PropertyKind = 10;
    private const int ValueKind = 12;
    private const int EnumKind = 13;
    private const int KeywordKind = 14;
    private const int EnumMemberKind = 20;
    private const int StructKind = 22;
    private const int DeprecatedTag = 1;

    public static IReadOnlyList<CompletionItem> Complete(SchemaModel schema, string text, int offset, ExecutableDocumentSet? documents)
    {
        var context = CursorScanner.At(schema, GraphQLTokens.Read(text), offset);
        var items = context.Role switch
        {
            TokenRole.DefinitionKeyword => new[] { "query", "mutation", "subscription", "fragment" }.Select(k => Keyword(k)),
            TokenRole.Field => Fields(schema, context.ParentType),
            TokenRole.Argument => Arguments(context),
            TokenRole.InputField => context.InputType is null ? Enumerable.Empty<CompletionItem>() : context.InputType.Fields.Where(f => !context.GivenNames.Contains(f.Name)).Select(InputValue),
            TokenRole.Value => Values(schema, context),
            TokenRole.Variable => context.Variables.Select(v => Item(v.Name, VariableKind, v.TypeText, null, deprecated: false)),
            TokenRole.Directive => schema.Directives.Where(d => d.Locations.Contains(context.DirectiveLocation)).Select(d => Item(d.Name, MethodKind, "@" + d.Name, SchemaDocumentation.Directive(d), deprecated: false)),
            TokenRole.TypeCondition => schema.Types.Where(t => t.IsCompositeType && !t.Name.StartsWith("__", StringComparison.Ordinal) && (context.ParentType is null || schema.DoTypesOverlap(context.ParentType, t))).Select(TypeItem),
            TokenRole.FragmentSpread => Fragments(schema, context, documents).Append(Keyword("on")),
            TokenRole.VariableType => schema.Types.Where(t => t.IsInputType && !t.Name.StartsWith("__", StringComparison.Ordinal)).Select(TypeItem),
            _ => Enumerable.Empty<CompletionItem>(),
        };

        return items.ToList();
    }

    private static IEnumerable<CompletionItem> Fields(SchemaModel schema, NamedTypeDefinition? parent)
    {
        if (parent is null)
        {
            yield break;
        }

        if (parent is FieldsTypeDefinition withFields)
        {
            var index = 0;
            foreach (var field in withFields.Fields)
            {
                // Deprecated fields sort last; the rest keep their schema order.
                var sort = (field.Deprecation is null ? "0" : "1") + index++.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
                yield return Item(field.Name, FieldKind, field.Type.ToString(), SchemaDocumentation.Field(field), field.Deprecation is not null, sort);
            }
        }

        if (parent.IsCompositeType)
        {
            yield return Item("__typename", FieldKind, "String!", "The name of the object type, added by GraphQL to every composite type.", deprecated: false, "2");
        }
    }

    private static IEnumerable<CompletionItem> Arguments(CursorContext context)
    {
        var arguments = (IEnumerable<InputValueDefinition>?)context.Directive?.Arguments ?? context.Field?.Arguments ?? Enumerable.Empty<InputValueDefinition>();
        return arguments.Where(a => !context.GivenNames.Contains(a.Name)).Select(InputValue);
    }

    private static IEnumerable<CompletionItem> Values(SchemaModel schema, CursorContext context)
    {
        var items = new List<CompletionItem>();
        var type = context.ExpectedType is null ? null : schema.GetNamedType(context.ExpectedType);
        switch (type)
        {
            case EnumTypeDefinition enumType:
                items.AddRange(enumType.Values.Select(v => Item(v.Name, EnumMemberKind, enumType.Name, SchemaDocumentation.EnumValue(v), v.Deprecation is not null)));
                break;
            case ScalarTypeDefinition { Name: "Boolean" }:
                items.Add(Item("true", ValueKind, "Boolean", null, deprecated: false));
                items.Add(Item("false", ValueKind, "Boolean", null, deprecated: false));
                break;
        }

        if (context.ExpectedType is { IsNonNull: false })
        {
            items.Add(Item("null", ValueKind, null, null, deprecated: false));
        }

        items.AddRange(context.Variables.Select(v => Item("$" + v.Name, VariableKind, v.TypeText, null, deprecated: false) with { InsertText = "$" + v.Name }));
        return items;
    }

    private static IEnumerable<CompletionItem> Fragments(SchemaModel schema, CursorContext context, ExecutableDocumentSet? documents)
    {
        if (documents is null)
        {
            return Enumerable.Empty<CompletionItem>();
        }

        return documents.Fragments
            .GroupBy(f => f.Node.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .Select(g => g.First())
            .Where(f => context.ParentType is null
                || (schema.GetType(f.Node.TypeCondition.Type.Name.StringValue) is { IsCompositeType: true } condition && schema.DoTypesOverlap(context.ParentType, condition)))
            .Select(f => Item(
                f.Node.FragmentName.Name.StringValue,
                ClassKind,
                "fragment on " + f.Node.TypeCondition.Type.Name.StringValue,
                "Defined in " + Path.GetFileName(f.Document.Source.Path),
                deprecated: false));
    }

    private static CompletionItem InputValue(InputValueDefinition value) =>
        Item(value.Name, PropertyKind, value.Type.ToString(), SchemaDocumentation.InputValue(value), value.Deprecation is not null, value.IsRequired ? "0" + value.Name : "1" + value.Name);

    private static CompletionItem TypeItem(NamedTypeDefinition type) => Item(
        type.Name,
        type.Kind switch
        {
            TypeKind.Interface => InterfaceKind,
            TypeKind.Enum => EnumKind,
            TypeKind.Object or TypeKind.Union => ClassKind,
            _ => StructKind,
        },
        type.Kind.ToString(),
        SchemaDocumentation.Type(type),
        deprecated: false);

    private static CompletionItem Keyword(string keyword) => Item(keyword, KeywordKind, null, null, deprecated: false);

    private static CompletionItem Item(string label, int kind, string? detail, string? documentation, bool deprecated, string? sortText = null) =>
        new(label, kind, detail, documentation is null ? null : MarkupContent.Markdown(documentation), deprecated ? new[] { DeprecatedTag } : null, sortText, null);
}
