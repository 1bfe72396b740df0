using GraphQLParser.AST;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Specification 5.8.5, All Variable Usages Are Allowed (graphql-js: VariablesInAllowedPosition): a variable's type
/// fits every position where the operation (or a fragment it reaches) uses it. A nullable variable may stand in a
/// non-null position only when the variable or the position has a default value; a field of a <c>@oneOf</c> input
/// object is a non-null position.
/// </summary>
public sealed class AllVariableUsagesAreAllowedRule : ValidationRule
{
    public override void LeaveDocumentSet(ValidationContext context)
    {
        foreach (var operation in context.Documents.Operations)
        {
            var definitions = new Dictionary<string, GraphQLVariableDefinition>(StringComparer.Ordinal);
            foreach (var variable in operation.Node.Variables?.Items ?? new())
            {
                if (!definitions.ContainsKey(variable.Variable.Name.StringValue))
                {
                    definitions.Add(variable.Variable.Name.StringValue, variable);
                }
            }

            foreach (var (usage, document) in context.GetRecursiveVariableUsages(operation.Node))
            {
                if (usage.ExpectedType is null
                    || !definitions.TryGetValue(usage.Name, out var definition)
                    || context.Schema.GetType(definition.Type.ToTypeReference().NamedType) is null)
                {
                    continue;
                }

                var variableType = definition.Type.ToTypeReference();
                if (!IsAllowed(variableType, definition, usage))
                {
                    var position = usage.IsInsideOneOfField && !usage.ExpectedType.IsNonNull
                        ? $"a field of a OneOf input object, which needs type '{TypeReference.NonNull(usage.ExpectedType)}'"
                        : $"a position expecting type '{usage.ExpectedType}'";
                    context.Report(
                        DiagnosticDescriptors.AllVariableUsagesAreAllowed,
                        document,
                        usage.Node,
                        $"Variable '${usage.Name}' of type '{variableType}' is used in {position} in {RuleText.Operation(operation.Node)}.");
                }
            }
        }
    }

    /// <summary>IsVariableUsageAllowed of the specification.</summary>
    private static bool IsAllowed(TypeReference variableType, GraphQLVariableDefinition definition, VariableUsage usage)
    {
        var locationType = usage.ExpectedType!;
        var isNonNullPosition = locationType.IsNonNull || usage.IsInsideOneOfField;
        if (isNonNullPosition && !variableType.IsNonNull)
        {
            var hasNonNullVariableDefault = definition.DefaultValue is not null and not GraphQLNullValue;
            if (!hasNonNullVariableDefault && !usage.LocationHasDefaultValue)
            {
                return false;
            }

            return AreTypesCompatible(variableType, locationType.Nullable);
        }

        return AreTypesCompatible(variableType, locationType);
    }

    /// <summary>AreTypesCompatible of the specification, unwrapping one level per step (no recursion).</summary>
    private static bool AreTypesCompatible(TypeReference variableType, TypeReference locationType)
    {
        while (true)
        {
            if (locationType is NonNullTypeReference nonNullLocation)
            {
                if (variableType is not NonNullTypeReference nonNullVariable)
                {
                    return false;
                }

                variableType = nonNullVariable.OfType;
                locationType = nonNullLocation.OfType;
            }
            else if (variableType is NonNullTypeReference nonNullVariable)
            {
                variableType = nonNullVariable.OfType;
            }
            else if (locationType is ListTypeReference listLocation)
            {
                if (variableType is not ListTypeReference listVariable)
                {
                    return false;
                }

                variableType = listVariable.OfType;
                locationType = listLocation.OfType;
            }
            else
            {
                return variableType is not ListTypeReference && variableType.NamedType == locationType.NamedType;
            }
        }
    }
}
