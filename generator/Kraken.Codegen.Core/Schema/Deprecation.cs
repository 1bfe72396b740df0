using System.Globalization;
using System.Text.RegularExpressions;

namespace Kraken.Codegen.Core.Schema;

/// <summary>
/// A deprecation with its reason and, where the reason follows Kraken's wording, the dates in it:
/// "- Marked as deprecated on YYYY-MM-DD." and "- Scheduled for removal on or after YYYY-MM-DD."
/// (some schemas say "- Will be removed on YYYY-MM-DD." instead).
/// </summary>
public sealed class Deprecation
{
    public const string DefaultReason = "No longer supported";

    private static readonly Regex MarkedOnPattern = new(@"Marked as deprecated on (\d{4}-\d{2}-\d{2})", RegexOptions.CultureInvariant);
    private static readonly Regex RemovalPattern = new(@"(?:Scheduled for removal on or after|Will be removed on) (\d{4}-\d{2}-\d{2})", RegexOptions.CultureInvariant);

    public Deprecation(string? reason)
    {
        Reason = string.IsNullOrWhiteSpace(reason) ? DefaultReason : reason!;
        MarkedOn = ParseDate(MarkedOnPattern, Reason);
        RemovalOn = ParseDate(RemovalPattern, Reason);
    }

    public string Reason { get; }

    /// <summary>The date the element was marked deprecated, if the reason says.</summary>
    public DateTime? MarkedOn { get; }

    /// <summary>The earliest removal date, if the reason says. A floor, not a promise.</summary>
    public DateTime? RemovalOn { get; }

    /// <summary>A date as Kraken's wording writes it, <c>yyyy-MM-dd</c>: how every message and report shows deprecation dates.</summary>
    public static string FormatDate(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The reason on one line, for diagnostics and attributes.</summary>
    public string SingleLineReason => string.Join(" ", Reason.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()));

    private static DateTime? ParseDate(Regex pattern, string reason)
    {
        var match = pattern.Match(reason);
        return match.Success && DateTime.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}
