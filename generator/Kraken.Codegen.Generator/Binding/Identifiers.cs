using System.Text;

namespace Kraken.Codegen.Generator.Binding;

/// <summary>
/// Turns GraphQL names into C# identifier names: PascalCase for types and members, camelCase for parameters. The
/// results are always valid identifiers; escaping the camelCase ones that are keywords is the emitter's job.
/// </summary>
internal static class Identifiers
{
    /// <summary><c>billing_address_line1</c>, <c>billingAddressLine1</c>, <c>SOLE_TRADER</c> → <c>BillingAddressLine1</c>, <c>SoleTrader</c>.</summary>
    public static string Pascal(string name)
    {
        var parts = name.Split(new[] { '_' }, StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder(name.Length);
        var allUpper = name.Any(char.IsLetter) && name.Where(char.IsLetter).All(char.IsUpper);
        foreach (var part in parts)
        {
            var piece = allUpper ? part.ToLowerInvariant() : part;
            builder.Append(char.ToUpperInvariant(piece[0])).Append(piece, 1, piece.Length - 1);
        }

        var result = builder.ToString();
        if (result.Length == 0)
        {
            return "Value";
        }

        return char.IsDigit(result[0]) ? "_" + result : result;
    }

    /// <summary>camelCase, for parameters: <c>account_number</c> → <c>accountNumber</c>. May be a C# keyword (<c>int</c>).</summary>
    public static string Camel(string name)
    {
        var pascal = Pascal(name);
        return pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }
}
