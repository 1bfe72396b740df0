using Kraken.Codegen.Core.Validation.Rules;

namespace Kraken.Codegen.Core.Validation;

/// <summary>The rule set: every rule of the specification's section 5, in the order of the specification, plus deprecation.</summary>
public static class ValidationRules
{
    /// <summary>Creates fresh instances (rules keep per-run state).</summary>
    public static IReadOnlyList<ValidationRule> Create(ValidationOptions options)
    {
        var rules = new List<ValidationRule>
        {
            new ExecutableDefinitionsRule(),                // 5.1.1
            new OperationTypeExistenceRule(),               // 5.2.1.1
            new OperationNameUniquenessRule(),              // 5.2.2.1
            new LoneAnonymousOperationRule(),               // 5.2.3.1
            new SingleRootFieldRule(),                      // 5.2.4.1
            new FieldSelectionsRule(),                      // 5.3.1
            new FieldSelectionMergingRule(),                // 5.3.2
            new LeafFieldSelectionsRule(),                  // 5.3.3
            new ArgumentNamesRule(),                        // 5.4.1
            new ArgumentUniquenessRule(),                   // 5.4.2
            new RequiredArgumentsRule(),                    // 5.4.3
            new FragmentNameUniquenessRule(),               // 5.5.1.1
            new FragmentSpreadTypeExistenceRule(),          // 5.5.1.2
            new FragmentsOnCompositeTypesRule(),            // 5.5.1.3
        };

        if (options.ReportUnusedFragments)
        {
            rules.Add(new FragmentsMustBeUsedRule());       // 5.5.1.4
        }

        rules.AddRange(new ValidationRule[]
        {
            new FragmentSpreadTargetDefinedRule(),          // 5.5.2.1
            new FragmentSpreadsMustNotFormCyclesRule(),     // 5.5.2.2
            new FragmentSpreadIsPossibleRule(),             // 5.5.2.3
            new ValuesOfCorrectTypeRule(),                  // 5.6.1
            new InputObjectFieldNamesRule(),                // 5.6.2
            new InputObjectFieldUniquenessRule(),           // 5.6.3
            new InputObjectRequiredFieldsRule(),            // 5.6.4
            new DirectivesAreDefinedRule(),                 // 5.7.1
            new DirectivesAreInValidLocationsRule(),        // 5.7.2
            new DirectivesAreUniquePerLocationRule(),       // 5.7.3
            new VariableUniquenessRule(),                   // 5.8.1
            new VariablesAreInputTypesRule(),               // 5.8.2
            new AllVariableUsesDefinedRule(),               // 5.8.3
            new AllVariablesUsedRule(),                     // 5.8.4
            new AllVariableUsagesAreAllowedRule(),          // 5.8.5
        });

        if (options.ReportDeprecations)
        {
            rules.Add(new DeprecatedUsageRule());
        }

        return rules;
    }
}
