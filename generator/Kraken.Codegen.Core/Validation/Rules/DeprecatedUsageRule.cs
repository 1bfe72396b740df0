using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Usage;

namespace Kraken.Codegen.Core.Validation.Rules;

/// <summary>
/// Not a specification rule: reports use of deprecated fields, arguments, input fields and enum values as warnings
/// carrying the reason and the dates parsed from Kraken's wording. When an as-of date is given and it is on or past
/// the removal date, the use is an error (KGQL0305) instead. The uses come from <see cref="SchemaUsageVisitor"/>,
/// the same walk that the usage reports of the CLI and the testing library read.
/// </summary>
public sealed class DeprecatedUsageRule : SchemaUsageVisitor
{
    public DeprecatedUsageRule()
        : base(includeTypeUsages: false)
    {
    }

    protected override void OnUsage(ValidationContext context, in SchemaUsageSite site)
    {
        if (site.Deprecation is not { } deprecation || Descriptor(site.Kind) is not { } descriptor)
        {
            return;
        }

        var kind = SchemaUsageKindNames.Of(site.Kind);
        var element = $"{char.ToUpperInvariant(kind[0])}{kind.Substring(1)} '{site.Coordinate}'";
        if (context.Options.AsOfDate is { } asOf && deprecation.RemovalOn is { } removal && asOf.Date >= removal)
        {
            context.Report(
                DiagnosticDescriptors.PastRemovalDate,
                site.Node,
                $"{element} is past its removal date ({Deprecation.FormatDate(removal)}, as of {Deprecation.FormatDate(asOf)}) and may no longer exist: {deprecation.SingleLineReason}");
            return;
        }

        context.Report(descriptor, site.Node, $"{element} is deprecated{DescribeDates(deprecation)}: {deprecation.SingleLineReason}");
    }

    private static GraphQLDiagnosticDescriptor? Descriptor(SchemaUsageKind kind) => kind switch
    {
        SchemaUsageKind.Field => DiagnosticDescriptors.DeprecatedField,
        SchemaUsageKind.Argument => DiagnosticDescriptors.DeprecatedArgument,
        SchemaUsageKind.InputField => DiagnosticDescriptors.DeprecatedInputField,
        SchemaUsageKind.EnumValue => DiagnosticDescriptors.DeprecatedEnumValue,
        _ => null,
    };

    private static string DescribeDates(Deprecation deprecation) => (deprecation.MarkedOn, deprecation.RemovalOn) switch
    {
        ({ } marked, { } removal) => $" (since {Deprecation.FormatDate(marked)}; removal on or after {Deprecation.FormatDate(removal)})",
        (null, { } removal) => $" (removal on or after {Deprecation.FormatDate(removal)})",
        ({ } marked, null) => $" (since {Deprecation.FormatDate(marked)})",
        _ => string.Empty,
    };
}
