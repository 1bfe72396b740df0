using System.Globalization;
using System.Text;

namespace Kraken.Codegen.Core.Text;

/// <summary>Text from a file quoted in a message: line breaks and other control characters escaped, so a message stays on one line.</summary>
internal static class OneLine
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                < ' ' or '\u0085' or '\u2028' or '\u2029' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
