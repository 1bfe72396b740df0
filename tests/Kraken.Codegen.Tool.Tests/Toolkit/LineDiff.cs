using System.Text;

namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary>A minimal line diff (longest common subsequence): removed lines start with "- ", added ones with "+ ".</summary>
internal static class LineDiff
{
    public static string Compare(string approved, string received)
    {
        var a = approved.Replace("\r\n", "\n").Split('\n');
        var b = received.Replace("\r\n", "\n").Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var diff = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                diff.Append("- ").Append(a[x++]).Append('\n');
            }
            else
            {
                diff.Append("+ ").Append(b[y++]).Append('\n');
            }
        }

        return diff.ToString();
    }
}
