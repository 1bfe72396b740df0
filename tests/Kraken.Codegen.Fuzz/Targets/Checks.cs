using System.Globalization;
using System.Text;
using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Fuzz.Harness;

namespace Kraken.Codegen.Fuzz.Targets;

/// <summary>Checks every target applies to what the code under test reported, and the stable text that pins it.</summary>
public static class Checks
{
    /// <summary>Diagnostics checked per input (a mutated document can have thousands; the first ones are enough).</summary>
    private const int Checked = 50;

    /// <summary>
    /// Every diagnostic located in <paramref name="path"/> lies inside <paramref name="text"/>, and its line and column
    /// are those of its offset, counted independently here the specification's way (CR, LF, CRLF end a line; a leading
    /// byte order mark takes no column).
    /// </summary>
    public static void Locations(IEnumerable<GraphQLDiagnostic> diagnostics, string path, string text)
    {
        foreach (var diagnostic in diagnostics.Take(Checked))
        {
            if (diagnostic.Location is not { } location || location.Path != path)
            {
                continue;
            }

            if (location.Start < 0 || location.Length < 0 || location.End > text.Length)
            {
                throw new FuzzViolation($"{diagnostic.Id} lies outside the text ({location.Start}+{location.Length} of {text.Length} characters): {diagnostic}");
            }

            var expected = Position(text, location.Start);
            if (expected != (location.StartLine, location.StartColumn) || Position(text, location.End) != (location.EndLine, location.EndColumn))
            {
                throw new FuzzViolation($"{diagnostic.Id} at offset {location.Start} says ({location.StartLine + 1},{location.StartColumn + 1}); the text says ({expected.Line + 1},{expected.Column + 1}): {diagnostic}");
            }

            if (diagnostic.Message.Contains('\n') || diagnostic.Message.Contains('\r'))
            {
                throw new FuzzViolation($"{diagnostic.Id}'s message spans lines: {diagnostic.Message}");
            }
        }
    }

    /// <summary>Zero-based line and column of an offset, counted without the code under test.</summary>
    public static (int Line, int Column) Position(string text, int offset)
    {
        var (line, lineStart) = (0, text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0);
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                (line, lineStart) = (line + 1, i + 1);
            }
        }

        return (line, Math.Max(0, offset - lineStart));
    }

    /// <summary>"KGQL0001(5,1) KGQL0206(2,3) …": what an input produced, for regression files.</summary>
    public static string Describe(IEnumerable<GraphQLDiagnostic> diagnostics)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in diagnostics.Take(20))
        {
            text.Append(text.Length == 0 ? string.Empty : " ").Append(diagnostic.Id);
            if (diagnostic.Location is { } location)
            {
                text.Append(CultureInfo.InvariantCulture, $"({location.StartLine + 1},{location.StartColumn + 1})");
            }
        }

        return text.Length == 0 ? "none" : text.ToString();
    }
}
