using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Validation;

namespace Kraken.Codegen.Core.Usage;

/// <summary>
/// Finds the schema elements a document uses, riding on the validator's walk (<see cref="DocumentValidator"/>): every
/// definition is walked once, with the schema type of each position already resolved, and each use of a type, field,
/// argument, input field, enum value or directive is passed to <see cref="OnUsage"/>. The deprecation rule and
/// <see cref="SchemaUsageCollector"/> are its consumers, so both see the same uses.
/// </summary>
/// <remarks>
/// Only what the schema defines is a use: unknown fields, arguments and values are the validator's to report.
/// Meta-fields (<c>__typename</c>, <c>__schema</c>, <c>__type</c>) and what is selected below them read the
/// introspection system, not the schema's elements, so they are left out; directives are uses wherever they stand.
/// </remarks>
public abstract class SchemaUsageVisitor : ValidationRule
{
    private readonly bool _includeTypes;

    // Above zero inside a meta-field's arguments and selections.
    private int _metaFieldDepth;

    // The walker visits a directive's arguments right after the directive (and a field's before its directives).
    private bool _inDirectiveArguments;

    /// <param name="includeTypeUsages">
    /// Whether to report named types (the root type, field types, type conditions, and every input type a variable
    /// or argument sends, nested ones included). Consumers that only look at deprecations leave them out.
    /// </param>
    protected SchemaUsageVisitor(bool includeTypeUsages) => _includeTypes = includeTypeUsages;

    private bool InMetaField => _metaFieldDepth > 0 && !_inDirectiveArguments;

    /// <summary>One use. <see cref="ValidationContext.Definition"/> is the operation or fragment it belongs to.</summary>
    protected abstract void OnUsage(ValidationContext context, in SchemaUsageSite site);

    public override void EnterOperation(ValidationContext context, GraphQLOperationDefinition operation)
    {
        if (_includeTypes && context.Schema.GetRootType(operation.Operation) is { } root)
        {
            Use(context, SchemaUsageKind.Type, TypeUsageRole.Output, root, operation.SelectionSet);
        }
    }

    public override void EnterFragmentDefinition(ValidationContext context, GraphQLFragmentDefinition fragment)
    {
        var condition = fragment.TypeCondition.Type;
        if (_includeTypes && context.Schema.GetType(condition.Name.StringValue) is { } type)
        {
            Use(context, SchemaUsageKind.Type, TypeUsageRole.TypeCondition, type, condition);
        }
    }

    public override void EnterVariableDefinition(ValidationContext context, GraphQLVariableDefinition variable)
    {
        if (_includeTypes)
        {
            UseInputTypes(context, variable.Type.ToTypeReference().NamedType, variable.Type);
        }
    }

    public override void EnterInlineFragment(ValidationContext context, GraphQLInlineFragment fragment, NamedTypeDefinition? parentType, NamedTypeDefinition? typeCondition)
    {
        if (_includeTypes && !InMetaField && fragment.TypeCondition is { } condition && typeCondition is not null)
        {
            Use(context, SchemaUsageKind.Type, TypeUsageRole.TypeCondition, typeCondition, condition.Type);
        }
    }

    public override void EnterField(ValidationContext context, GraphQLField field, NamedTypeDefinition? parentType, FieldDefinition? definition)
    {
        if (_metaFieldDepth > 0 || field.Name.StringValue.StartsWith("__", StringComparison.Ordinal))
        {
            _metaFieldDepth++;
            return;
        }

        if (definition is null)
        {
            return;
        }

        Use(context, SchemaUsageKind.Field, TypeUsageRole.None, definition, field.Name);
        if (_includeTypes && context.Schema.GetNamedType(definition.Type) is { } type)
        {
            Use(context, SchemaUsageKind.Type, TypeUsageRole.Output, type, field.Name);
        }
    }

    public override void LeaveField(ValidationContext context, GraphQLField field)
    {
        if (_metaFieldDepth > 0)
        {
            _metaFieldDepth--;
        }
    }

    public override void EnterDirective(ValidationContext context, GraphQLDirective directive, DirectiveDefinition? definition, DirectiveLocation location) =>
        Use(context, SchemaUsageKind.Directive, TypeUsageRole.None, definition, directive.Name);

    public override void EnterArguments(ValidationContext context, ASTNode owner, IReadOnlyList<GraphQLArgument> arguments, OrderedMap<InputValueDefinition>? definitions) =>
        _inDirectiveArguments = owner is GraphQLDirective;

    public override void EnterArgument(ValidationContext context, GraphQLArgument argument, InputValueDefinition? definition)
    {
        if (definition is null || InMetaField)
        {
            return;
        }

        Use(context, SchemaUsageKind.Argument, TypeUsageRole.None, definition, argument.Name);
        if (_includeTypes)
        {
            UseInputTypes(context, definition.Type.NamedType, argument.Name);
        }
    }

    public override void EnterObjectField(ValidationContext context, GraphQLObjectField field, InputObjectTypeDefinition? inputType, InputValueDefinition? definition)
    {
        if (definition is not null && !InMetaField)
        {
            Use(context, SchemaUsageKind.InputField, TypeUsageRole.None, definition, field.Name);
        }
    }

    public override void EnterValue(ValidationContext context, GraphQLValue value, TypeReference? expectedType)
    {
        if (value is GraphQLEnumValue enumValue
            && expectedType is not null
            && !InMetaField
            && context.Schema.GetNamedType(expectedType) is EnumTypeDefinition enumType
            && enumType.Values[enumValue.Name.StringValue] is { } definition)
        {
            Use(context, SchemaUsageKind.EnumValue, TypeUsageRole.None, definition, enumValue);
        }
    }

    /// <summary>An input type and, for input objects, every type nested in its fields: all of them reach the server.</summary>
    private void UseInputTypes(ValidationContext context, string typeName, ASTNode node)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(typeName);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!seen.Add(name) || context.Schema.GetType(name) is not { } type)
            {
                continue;
            }

            Use(context, SchemaUsageKind.Type, TypeUsageRole.Input, type, node);
            if (type is InputObjectTypeDefinition input)
            {
                foreach (var field in input.Fields)
                {
                    pending.Push(field.Type.NamedType);
                }
            }
        }
    }

    private void Use(ValidationContext context, SchemaUsageKind kind, TypeUsageRole role, SchemaElement? element, ASTNode node) =>
        OnUsage(context, new SchemaUsageSite(kind, role, element, node, context.Document!));
}
