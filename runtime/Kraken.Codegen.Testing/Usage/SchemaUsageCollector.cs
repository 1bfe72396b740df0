using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Testing.Usage;

/// <summary>
/// Walks operations against a schema and records every schema element they touch, operation by operation, following
/// fragment spreads (so a fragment's fields count for each operation that spreads it). Elements the schema lacks are
/// skipped: the validator reports those.
/// </summary>
public static class SchemaUsageCollector
{
    public const string AnonymousOperationName = "(anonymous)";

    public static SchemaUsageSet Collect(SchemaModel schema, ExecutableDocumentSet operations)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operations);
        var usages = new List<SchemaUsage>();
        var names = new List<string>();
        foreach (var located in operations.Operations)
        {
            var name = located.Node.Name?.StringValue ?? AnonymousOperationName;
            names.Add(name);
            new OperationWalker(schema, operations, name, usages).Walk(located.Node, located.Document);
        }

        return new SchemaUsageSet(names, usages);
    }

    private sealed class OperationWalker
    {
        private readonly SchemaModel _schema;
        private readonly ExecutableDocumentSet _operations;
        private readonly string _operationName;
        private readonly List<SchemaUsage> _usages;
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public OperationWalker(SchemaModel schema, ExecutableDocumentSet operations, string operationName, List<SchemaUsage> usages)
        {
            _schema = schema;
            _operations = operations;
            _operationName = operationName;
            _usages = usages;
        }

        public void Walk(GraphQLOperationDefinition operation, ExecutableDocument document)
        {
            WalkDirectives(operation, document);
            foreach (var variable in operation.Variables?.Items ?? new List<GraphQLVariableDefinition>())
            {
                var type = variable.Type.ToTypeReference();
                AddInputType(type.NamedType, document.LocationOf(variable.Type), new HashSet<string>(StringComparer.Ordinal));
                if (variable.DefaultValue is { } defaultValue)
                {
                    WalkValue(defaultValue, type, document);
                }

                WalkDirectives(variable, document);
            }

            if (_schema.GetRootType(operation.Operation) is { } root)
            {
                Add(root.Name, SchemaUsageKind.Type, TypeUsageRole.Output, document.LocationOf(operation.SelectionSet));
                WalkSelectionSet(operation.SelectionSet, root, document);
            }
        }

        private void WalkSelectionSet(GraphQLSelectionSet? selectionSet, NamedTypeDefinition parentType, ExecutableDocument document)
        {
            foreach (var selection in selectionSet.SelectionList())
            {
                switch (selection)
                {
                    case GraphQLField field:
                        WalkField(field, parentType, document);
                        break;
                    case GraphQLInlineFragment inline:
                        WalkDirectives(inline, document);
                        var inlineType = inline.TypeCondition is { } condition ? _schema.GetType(condition.Type.Name.StringValue) : parentType;
                        if (inlineType is null)
                        {
                            break;
                        }

                        if (inline.TypeCondition is { } typeCondition)
                        {
                            Add(inlineType.Name, SchemaUsageKind.Type, TypeUsageRole.TypeCondition, document.LocationOf(typeCondition.Type));
                        }

                        WalkSelectionSet(inline.SelectionSet, inlineType, document);
                        break;
                    case GraphQLFragmentSpread spread:
                        WalkDirectives(spread, document);
                        var fragmentName = spread.FragmentName.Name.StringValue;
                        if (!_visitedFragments.Add(fragmentName) || _operations.GetFragment(fragmentName) is not { } fragment)
                        {
                            break;
                        }

                        var fragmentDocument = fragment.Document;
                        WalkDirectives(fragment.Node, fragmentDocument);
                        var typeName = fragment.Node.TypeCondition.Type.Name.StringValue;
                        if (_schema.GetType(typeName) is { } fragmentType)
                        {
                            Add(fragmentType.Name, SchemaUsageKind.Type, TypeUsageRole.TypeCondition, fragmentDocument.LocationOf(fragment.Node.TypeCondition.Type));
                            WalkSelectionSet(fragment.Node.SelectionSet, fragmentType, fragmentDocument);
                        }

                        break;
                }
            }
        }

        private void WalkField(GraphQLField field, NamedTypeDefinition parentType, ExecutableDocument document)
        {
            WalkDirectives(field, document);
            var name = field.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal) || _schema.GetField(parentType, name) is not { } definition)
            {
                return;
            }

            var location = document.LocationOf(field.Name);
            Add(definition.Coordinate, SchemaUsageKind.Field, TypeUsageRole.None, location);
            foreach (var argument in field.ArgumentList())
            {
                if (definition.Arguments[argument.Name.StringValue] is { } argumentDefinition)
                {
                    WalkArgument(argument, argumentDefinition, document);
                }
            }

            if (_schema.GetNamedType(definition.Type) is { } fieldType)
            {
                Add(fieldType.Name, SchemaUsageKind.Type, TypeUsageRole.Output, location);
                if (fieldType.IsCompositeType)
                {
                    WalkSelectionSet(field.SelectionSet, fieldType, document);
                }
            }
        }

        private void WalkArgument(GraphQLArgument argument, InputValueDefinition definition, ExecutableDocument document)
        {
            var location = document.LocationOf(argument.Name);
            Add(definition.Coordinate, SchemaUsageKind.Argument, TypeUsageRole.None, location);
            AddInputType(definition.Type.NamedType, location, new HashSet<string>(StringComparer.Ordinal));
            WalkValue(argument.Value, definition.Type, document);
        }

        private void WalkValue(GraphQLValue value, TypeReference expectedType, ExecutableDocument document)
        {
            var namedType = _schema.GetNamedType(expectedType);
            switch (value)
            {
                case GraphQLListValue list when expectedType.Nullable is ListTypeReference listType:
                    foreach (var item in list.Values ?? new List<GraphQLValue>())
                    {
                        WalkValue(item, listType.OfType, document);
                    }

                    break;
                case GraphQLListValue list:
                    foreach (var item in list.Values ?? new List<GraphQLValue>())
                    {
                        WalkValue(item, expectedType, document);
                    }

                    break;
                case GraphQLObjectValue obj when namedType is InputObjectTypeDefinition inputType:
                    foreach (var objectField in obj.Fields ?? new List<GraphQLObjectField>())
                    {
                        if (inputType.Fields[objectField.Name.StringValue] is { } fieldDefinition)
                        {
                            Add(fieldDefinition.Coordinate, SchemaUsageKind.InputField, TypeUsageRole.None, document.LocationOf(objectField.Name));
                            WalkValue(objectField.Value, fieldDefinition.Type, document);
                        }
                    }

                    break;
                case GraphQLEnumValue enumValue when namedType is EnumTypeDefinition enumType:
                    if (enumType.Values[enumValue.Name.StringValue] is { } valueDefinition)
                    {
                        Add(enumType.Name + "." + valueDefinition.Name, SchemaUsageKind.EnumValue, TypeUsageRole.None, document.LocationOf(enumValue));
                    }

                    break;
            }
        }

        /// <summary>An input type and, for input objects, every type nested in its fields: all of them reach the server.</summary>
        private void AddInputType(string typeName, SourceLocation location, HashSet<string> seen)
        {
            if (!seen.Add(typeName) || _schema.GetType(typeName) is not { } type)
            {
                return;
            }

            Add(type.Name, SchemaUsageKind.Type, TypeUsageRole.Input, location);
            if (type is InputObjectTypeDefinition input)
            {
                foreach (var field in input.Fields)
                {
                    AddInputType(field.Type.NamedType, location, seen);
                }
            }
        }

        private void WalkDirectives(IHasDirectivesNode node, ExecutableDocument document)
        {
            foreach (var directive in node.DirectiveList())
            {
                var name = directive.Name.StringValue;
                Add("@" + name, SchemaUsageKind.Directive, TypeUsageRole.None, document.LocationOf(directive.Name));
                if (_schema.GetDirective(name) is not { } definition)
                {
                    continue;
                }

                foreach (var argument in directive.ArgumentList())
                {
                    if (definition.Arguments[argument.Name.StringValue] is { } argumentDefinition)
                    {
                        WalkArgument(argument, argumentDefinition, document);
                    }
                }
            }
        }

        private void Add(string coordinate, SchemaUsageKind kind, TypeUsageRole role, SourceLocation location) =>
            _usages.Add(new SchemaUsage(coordinate, kind, role, _operationName, location));
    }
}
