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
            new FieldSelectionsRule(),
        };

        if (options.ReportDeprecations)
        {
            rules.Add(new DeprecatedUsageRule());
        }

        return rules;
    }
}
