using GraphQLParser.AST;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation;

/// <summary>
/// One validation rule. <see cref="ValidationWalker"/> walks every definition of every document once and calls
/// the rules' hooks with the type information of the position (through <see cref="ValidationContext"/>).
/// A rule overrides only the hooks it needs. Rules are created per validation run, so they may keep state.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>Before anything is walked.</summary>
    public virtual void EnterDocumentSet(ValidationContext context)
    {
    }

    /// <summary>After every document was walked: rules that compare across definitions or files report here.</summary>
    public virtual void LeaveDocumentSet(ValidationContext context)
    {
    }

    /// <summary>Any top-level definition, executable or not.</summary>
    public virtual void EnterDefinition(ValidationContext context, ASTNode definition)
    {
    }

    public virtual void EnterOperation(ValidationContext context, GraphQLOperationDefinition operation)
    {
    }

    public virtual void LeaveOperation(ValidationContext context, GraphQLOperationDefinition operation)
    {
    }

    public virtual void EnterFragmentDefinition(ValidationContext context, GraphQLFragmentDefinition fragment)
    {
    }

    public virtual void LeaveFragmentDefinition(ValidationContext context, GraphQLFragmentDefinition fragment)
    {
    }

    public virtual void EnterVariableDefinition(ValidationContext context, GraphQLVariableDefinition variable)
    {
    }

    /// <summary>A selection set, with the composite type it selects from (null when unknown).</summary>
    public virtual void EnterSelectionSet(ValidationContext context, GraphQLSelectionSet selectionSet, NamedTypeDefinition? parentType)
    {
    }

    /// <summary>A field, with its parent type and definition (either may be null when unknown).</summary>
    public virtual void EnterField(ValidationContext context, GraphQLField field, NamedTypeDefinition? parentType, FieldDefinition? definition)
    {
    }

    public virtual void LeaveField(ValidationContext context, GraphQLField field)
    {
    }

    /// <summary>An inline fragment, with the type its condition names (or the parent type when it has none).</summary>
    public virtual void EnterInlineFragment(ValidationContext context, GraphQLInlineFragment fragment, NamedTypeDefinition? parentType, NamedTypeDefinition? typeCondition)
    {
    }

    public virtual void EnterFragmentSpread(ValidationContext context, GraphQLFragmentSpread spread, NamedTypeDefinition? parentType)
    {
    }

    /// <summary>The directives at one location (called even when the list is empty is not guaranteed: only when present).</summary>
    public virtual void EnterDirectives(ValidationContext context, IReadOnlyList<GraphQLDirective> directives, DirectiveLocation location)
    {
    }

    public virtual void EnterDirective(ValidationContext context, GraphQLDirective directive, DirectiveDefinition? definition, DirectiveLocation location)
    {
    }

    /// <summary>
    /// The arguments of a field or directive. <paramref name="definitions"/> are the declared arguments
    /// (null when the field or directive itself is unknown); <paramref name="owner"/> is the field or directive node.
    /// </summary>
    public virtual void EnterArguments(ValidationContext context, ASTNode owner, IReadOnlyList<GraphQLArgument> arguments, OrderedMap<InputValueDefinition>? definitions)
    {
    }

    public virtual void EnterArgument(ValidationContext context, GraphQLArgument argument, InputValueDefinition? definition)
    {
    }

    /// <summary>
    /// Any value node, with the input type expected at its position (null when unknown). Called for nested list
    /// items and object fields too, each with its own expected type.
    /// </summary>
    public virtual void EnterValue(ValidationContext context, GraphQLValue value, TypeReference? expectedType)
    {
    }

    /// <summary>A field of an object literal, with the input field definition it names (null when unknown).</summary>
    public virtual void EnterObjectField(ValidationContext context, GraphQLObjectField field, InputObjectTypeDefinition? inputType, InputValueDefinition? definition)
    {
    }

    /// <summary>A variable used as (part of) an argument value.</summary>
    public virtual void EnterVariableUsage(ValidationContext context, VariableUsage usage)
    {
    }
}
