using System.Reflection;
using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation;

/// <summary>
/// Walks every definition of every document once, keeping track of the schema type at each position, and calls
/// each rule's hooks. Fragment spreads are not followed (each fragment definition is walked once on its own), so
/// the walk is linear in the size of the documents. Recursion depth is bounded by the parser's depth limit.
/// </summary>
internal sealed class ValidationWalker
{
    private readonly ValidationContext _context;
    private readonly IReadOnlyList<ValidationRule> _rules;

    // For each hook, the rules that override it. The walk calls a hook for every node: calling only the rules that do
    // something there, from an array, costs no enumerator and no call to an empty method.
    private readonly ValidationRule[] _enterDocumentSet;
    private readonly ValidationRule[] _enterDefinition;
    private readonly ValidationRule[] _leaveDocumentSet;
    private readonly ValidationRule[] _enterOperation;
    private readonly ValidationRule[] _enterVariableDefinition;
    private readonly ValidationRule[] _leaveOperation;
    private readonly ValidationRule[] _enterFragmentDefinition;
    private readonly ValidationRule[] _leaveFragmentDefinition;
    private readonly ValidationRule[] _enterSelectionSet;
    private readonly ValidationRule[] _enterInlineFragment;
    private readonly ValidationRule[] _enterFragmentSpread;
    private readonly ValidationRule[] _enterField;
    private readonly ValidationRule[] _leaveField;
    private readonly ValidationRule[] _enterDirectives;
    private readonly ValidationRule[] _enterDirective;
    private readonly ValidationRule[] _enterArguments;
    private readonly ValidationRule[] _enterArgument;
    private readonly ValidationRule[] _enterValue;
    private readonly ValidationRule[] _enterVariableUsage;
    private readonly ValidationRule[] _enterObjectField;
    private readonly SchemaModel _schema;
    private bool _inVariableDefault;

    public ValidationWalker(ValidationContext context, IReadOnlyList<ValidationRule> rules)
    {
        _context = context;
        _rules = rules;
        _schema = context.Schema;
        _enterDocumentSet = Overriding(nameof(ValidationRule.EnterDocumentSet));
        _enterDefinition = Overriding(nameof(ValidationRule.EnterDefinition));
        _leaveDocumentSet = Overriding(nameof(ValidationRule.LeaveDocumentSet));
        _enterOperation = Overriding(nameof(ValidationRule.EnterOperation));
        _enterVariableDefinition = Overriding(nameof(ValidationRule.EnterVariableDefinition));
        _leaveOperation = Overriding(nameof(ValidationRule.LeaveOperation));
        _enterFragmentDefinition = Overriding(nameof(ValidationRule.EnterFragmentDefinition));
        _leaveFragmentDefinition = Overriding(nameof(ValidationRule.LeaveFragmentDefinition));
        _enterSelectionSet = Overriding(nameof(ValidationRule.EnterSelectionSet));
        _enterInlineFragment = Overriding(nameof(ValidationRule.EnterInlineFragment));
        _enterFragmentSpread = Overriding(nameof(ValidationRule.EnterFragmentSpread));
        _enterField = Overriding(nameof(ValidationRule.EnterField));
        _leaveField = Overriding(nameof(ValidationRule.LeaveField));
        _enterDirectives = Overriding(nameof(ValidationRule.EnterDirectives));
        _enterDirective = Overriding(nameof(ValidationRule.EnterDirective));
        _enterArguments = Overriding(nameof(ValidationRule.EnterArguments));
        _enterArgument = Overriding(nameof(ValidationRule.EnterArgument));
        _enterValue = Overriding(nameof(ValidationRule.EnterValue));
        _enterVariableUsage = Overriding(nameof(ValidationRule.EnterVariableUsage));
        _enterObjectField = Overriding(nameof(ValidationRule.EnterObjectField));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, HashSet<string>> HooksByRuleType = new();

    private ValidationRule[] Overriding(string hook) => _rules.Where(rule => HooksOf(rule.GetType()).Contains(hook)).ToArray();

    /// <summary>The hooks a rule type overrides (worked out once per type).</summary>
    private static HashSet<string> HooksOf(Type ruleType) => HooksByRuleType.GetOrAdd(ruleType, type => new HashSet<string>(
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(method => method.IsVirtual && method.DeclaringType != typeof(ValidationRule) && method.DeclaringType != typeof(object))
            .Select(method => method.Name),
        StringComparer.Ordinal));

    public void Walk()
    {
        foreach (var rule in _enterDocumentSet)
        {
            rule.EnterDocumentSet(_context);
        }

        foreach (var document in _context.Documents.Documents)
        {
            if (document.Syntax is null)
            {
                continue;
            }

            _context.Document = document;
            foreach (var definition in document.Syntax.Definitions)
            {
                _context.CancellationToken.ThrowIfCancellationRequested();
                _context.RecordDefinition(definition, document);
                _context.Definition = definition;
                foreach (var rule in _enterDefinition)
                {
                    rule.EnterDefinition(_context, definition);
                }

                switch (definition)
                {
                    case GraphQLOperationDefinition operation:
                        WalkOperation(operation);
                        break;
                    case GraphQLFragmentDefinition fragment:
                        WalkFragmentDefinition(fragment);
                        break;
                }
            }
        }

        _context.Document = null;
        _context.Definition = null;
        foreach (var rule in _leaveDocumentSet)
        {
            rule.LeaveDocumentSet(_context);
        }
    }

    private void WalkOperation(GraphQLOperationDefinition operation)
    {
        foreach (var rule in _enterOperation)
        {
            rule.EnterOperation(_context, operation);
        }

        WalkDirectives(operation, operation.Operation switch
        {
            OperationType.Mutation => DirectiveLocation.Mutation,
            OperationType.Subscription => DirectiveLocation.Subscription,
            _ => DirectiveLocation.Query,
        });

        foreach (var variable in operation.Variables?.Items ?? new List<GraphQLVariableDefinition>())
        {
            foreach (var rule in _enterVariableDefinition)
            {
                rule.EnterVariableDefinition(_context, variable);
            }

            WalkDirectives(variable, DirectiveLocation.VariableDefinition);
            if (variable.DefaultValue is { } defaultValue)
            {
                _inVariableDefault = true;
                WalkValue(defaultValue, variable.Type.ToTypeReference(), locationHasDefault: false, insideOneOfField: false);
                _inVariableDefault = false;
            }
        }

        WalkSelectionSet(operation.SelectionSet, _schema.GetRootType(operation.Operation));
        foreach (var rule in _leaveOperation)
        {
            rule.LeaveOperation(_context, operation);
        }
    }

    private void WalkFragmentDefinition(GraphQLFragmentDefinition fragment)
    {
        foreach (var rule in _enterFragmentDefinition)
        {
            rule.EnterFragmentDefinition(_context, fragment);
        }

        WalkDirectives(fragment, DirectiveLocation.FragmentDefinition);
        var typeCondition = _schema.GetType(fragment.TypeCondition.Type.Name.StringValue);
        WalkSelectionSet(fragment.SelectionSet, CompositeOrNull(typeCondition));
        foreach (var rule in _leaveFragmentDefinition)
        {
            rule.LeaveFragmentDefinition(_context, fragment);
        }
    }

    private void WalkSelectionSet(GraphQLSelectionSet selectionSet, NamedTypeDefinition? parentType)
    {
        foreach (var rule in _enterSelectionSet)
        {
            rule.EnterSelectionSet(_context, selectionSet, parentType);
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    WalkField(field, parentType);
                    break;
                case GraphQLInlineFragment inline:
                    var typeCondition = inline.TypeCondition is null ? parentType : _schema.GetType(inline.TypeCondition.Type.Name.StringValue);
                    foreach (var rule in _enterInlineFragment)
                    {
                        rule.EnterInlineFragment(_context, inline, parentType, typeCondition);
                    }

                    WalkDirectives(inline, DirectiveLocation.InlineFragment);
                    WalkSelectionSet(inline.SelectionSet, CompositeOrNull(typeCondition));
                    break;
                case GraphQLFragmentSpread spread:
                    foreach (var rule in _enterFragmentSpread)
                    {
                        rule.EnterFragmentSpread(_context, spread, parentType);
                    }

                    WalkDirectives(spread, DirectiveLocation.FragmentSpread);
                    break;
            }
        }
    }

    private void WalkField(GraphQLField field, NamedTypeDefinition? parentType)
    {
        var definition = parentType is null ? null : _schema.GetField(parentType, field.Name.StringValue);
        foreach (var rule in _enterField)
        {
            rule.EnterField(_context, field, parentType, definition);
        }

        WalkArguments(field, field.Arguments, definition?.Arguments);
        WalkDirectives(field, DirectiveLocation.Field);
        if (field.SelectionSet is { } selectionSet)
        {
            var fieldType = definition is null ? null : _schema.GetNamedType(definition.Type);
            WalkSelectionSet(selectionSet, CompositeOrNull(fieldType));
        }

        foreach (var rule in _leaveField)
        {
            rule.LeaveField(_context, field);
        }
    }

    private void WalkDirectives(IHasDirectivesNode node, DirectiveLocation location)
    {
        if (node.Directives is not { Count: > 0 } directives)
        {
            return;
        }

        foreach (var rule in _enterDirectives)
        {
            rule.EnterDirectives(_context, directives.Items, location);
        }

        foreach (var directive in directives.Items)
        {
            var definition = _schema.GetDirective(directive.Name.StringValue);
            foreach (var rule in _enterDirective)
            {
                rule.EnterDirective(_context, directive, definition, location);
            }

            WalkArguments(directive, directive.Arguments, definition?.Arguments);
        }
    }

    private void WalkArguments(ASTNode owner, GraphQLArguments? arguments, OrderedMap<InputValueDefinition>? definitions)
    {
        var list = (IReadOnlyList<GraphQLArgument>?)arguments?.Items ?? Array.Empty<GraphQLArgument>();
        foreach (var rule in _enterArguments)
        {
            rule.EnterArguments(_context, owner, list, definitions);
        }

        foreach (var argument in list)
        {
            var definition = definitions?[argument.Name.StringValue];
            foreach (var rule in _enterArgument)
            {
                rule.EnterArgument(_context, argument, definition);
            }

            WalkValue(argument.Value, definition?.Type, definition?.HasDefaultValue ?? false, insideOneOfField: false);
        }
    }

    private void WalkValue(GraphQLValue value, TypeReference? expectedType, bool locationHasDefault, bool insideOneOfField)
    {
        foreach (var rule in _enterValue)
        {
            rule.EnterValue(_context, value, expectedType);
        }

        switch (value)
        {
            case GraphQLVariable variable when !_inVariableDefault:
                var usage = new VariableUsage(variable, expectedType, locationHasDefault, insideOneOfField);
                _context.RecordVariableUsage(usage);
                foreach (var rule in _enterVariableUsage)
                {
                    rule.EnterVariableUsage(_context, usage);
                }

                break;
            case GraphQLListValue list:
                var itemType = expectedType?.Nullable is ListTypeReference listType ? listType.OfType : null;
                foreach (var item in list.Values ?? new List<GraphQLValue>())
                {
                    WalkValue(item, itemType, locationHasDefault: false, insideOneOfField: false);
                }

                break;
            case GraphQLObjectValue obj:
                // An object where a list is expected is coerced to a one-item list, so its fields are typed by the item type.
                var inputType = expectedType is null ? null : _schema.GetNamedType(expectedType) as InputObjectTypeDefinition;
                foreach (var field in obj.Fields ?? new List<GraphQLObjectField>())
                {
                    var fieldDefinition = inputType?.Fields[field.Name.StringValue];
                    foreach (var rule in _enterObjectField)
                    {
                        rule.EnterObjectField(_context, field, inputType, fieldDefinition);
                    }

                    WalkValue(field.Value, fieldDefinition?.Type, fieldDefinition?.HasDefaultValue ?? false, inputType?.IsOneOf ?? false);
                }

                break;
        }
    }

    private static NamedTypeDefinition? CompositeOrNull(NamedTypeDefinition? type) => type is { IsCompositeType: true } ? type : null;
}
