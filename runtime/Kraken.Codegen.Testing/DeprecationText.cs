using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Testing;

/// <summary>Shared wording for deprecations in the surface and the report.</summary>
internal static class DeprecationText
{
    public static string Date(DateTime? date) => date is { } value ? Deprecation.FormatDate(value) : "-";

    /// <summary>For example <c>[deprecated since 2023-05-10, removal on or after 2024-01-01: reason]</c>.</summary>
    public static string Suffix(Deprecation? deprecation)
    {
        if (deprecation is null)
        {
            return string.Empty;
        }

        var dates = new List<string>();
        if (deprecation.MarkedOn is { } marked)
        {
            dates.Add("since " + Deprecation.FormatDate(marked));
        }

        if (deprecation.RemovalOn is { } removal)
        {
            dates.Add("removal on or after " + Deprecation.FormatDate(removal));
        }

        var when = dates.Count == 0 ? string.Empty : " " + string.Join(", ", dates);
        return $"  [deprecated{when}: {deprecation.SingleLineReason}]";
    }
}
