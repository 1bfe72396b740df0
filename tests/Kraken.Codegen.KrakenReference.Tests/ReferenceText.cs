using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kraken.Codegen.KrakenReference.Tests;

/// <summary>One documented operation as the raw reference shows it, read without the importer.</summary>
internal sealed record ReferenceOperation(
    string Folder,
    string Name,
    int Line,
    JsonElement? Variables,
    JsonElement? Response,
    IReadOnlyList<(string Code, string Text)> Errors)
{
    /// <summary>The test case name: <c>kraken-oeg/Account</c>.</summary>
    public string Id => $"{Folder}/{Name}";
}

/// <summary>
/// Reads <c>reference.txt</c> with plain text rules: the "API Site" part and the "Authentication Server" part, each
/// operation from its <c>query Name</c> line, its example blocks after the "Variables" and "Response" lines up to the
/// next operation, and its error lines (<c>- KT-CT-4177: Unauthorized.</c>) between the previous operation and this one.
/// </summary>
/// <remarks>
/// The examples are not JSON: a bare type name (<c>AccountUserType</c>) stands where an object is. Such a name becomes
/// the string <c>"@type:AccountUserType"</c> (see <see cref="TypeNameMarker"/>), so the rest is ordinary JSON.
/// </remarks>
internal static partial class ReferenceText
{
    public const string TypeNameMarker = "@type:";
    public const string ApiFolder = "kraken-oeg";
    public const string AuthFolder = "kraken-oeg-auth";

    private static readonly Lazy<IReadOnlyList<ReferenceOperation>> AllOperations = new(() => Read(File.ReadAllText(TestFiles.ReferencePath)));

    public static IReadOnlyList<ReferenceOperation> Operations => AllOperations.Value;

    public static ReferenceOperation Find(string id) => Operations.Single(operation => operation.Id == id);

    /// <summary>The bare type name a marker stands for, or null for any other value.</summary>
    public static string? TypeName(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { } text && text.StartsWith(TypeNameMarker, StringComparison.Ordinal)
            ? text[TypeNameMarker.Length..]
            : null;

    public static IReadOnlyList<ReferenceOperation> Read(string reference)
    {
        var text = reference.Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = text.IndexOf("\nAuthentication Server\n", StringComparison.Ordinal);
        Assert.True(split > 0, "reference.txt has no \"Authentication Server\" section");
        return ReadPart(text, 0, split, ApiFolder).Concat(ReadPart(text, split, text.Length, AuthFolder)).ToList();
    }

    private static IEnumerable<ReferenceOperation> ReadPart(string text, int start, int end, string folder)
    {
        var part = text[start..end];
        var matches = OperationLine().Matches(part);
        for (var index = 0; index < matches.Count; index++)
        {
            var match = matches[index];
            var errorRegion = part[(index == 0 ? 0 : matches[index - 1].Index + matches[index - 1].Length)..match.Index];
            var exampleRegion = part[match.Index..(index + 1 < matches.Count ? matches[index + 1].Index : part.Length)];
            var errors = ErrorLine().Matches(errorRegion).Select(error => (error.Groups[1].Value, error.Groups[2].Value)).ToList();
            var line = text[..(start + match.Index)].Count(c => c == '\n') + 1;
            yield return new ReferenceOperation(
                folder,
                match.Groups[1].Value,
                line,
                Block(exampleRegion, "\nVariables\n"),
                Block(exampleRegion, "\nResponse\n"),
                errors);
        }
    }

    /// <summary>The example block after a marker line, converted to JSON; null when the entry has no such block.</summary>
    private static JsonElement? Block(string region, string marker)
    {
        var at = region.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var open = region.IndexOf('{', at);
        Assert.True(open >= 0, $"no example after '{marker.Trim()}'");
        var depth = 0;
        var inString = false;
        for (var position = open; position < region.Length; position++)
        {
            var c = region[position];
            if (inString)
            {
                if (c == '\\')
                {
                    position++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']' && --depth == 0)
            {
                using var document = JsonDocument.Parse(ToJson(region[open..(position + 1)]));
                return document.RootElement.Clone();
            }
        }

        throw new InvalidOperationException($"the example after '{marker.Trim()}' is cut off");
    }

    /// <summary>Example text to JSON: bare type names become marker strings; strings, numbers and literals stay.</summary>
    public static string ToJson(string example)
    {
        var json = new StringBuilder(example.Length + 64);
        for (var position = 0; position < example.Length; position++)
        {
            var c = example[position];
            if (c == '"')
            {
                var end = position + 1;
                while (example[end] != '"')
                {
                    end += example[end] == '\\' ? 2 : 1;
                }

                json.Append(example, position, end - position + 1);
                position = end;
            }
            else if (char.IsDigit(c) || c == '-')
            {
                var end = position;
                while (end < example.Length && (char.IsDigit(example[end]) || example[end] is '-' or '+' or '.' or 'e' or 'E'))
                {
                    end++;
                }

                json.Append(example, position, end - position);
                position = end - 1;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var end = position;
                while (end < example.Length && (char.IsLetterOrDigit(example[end]) || example[end] == '_'))
                {
                    end++;
                }

                var word = example[position..end];
                json.Append(word is "true" or "false" or "null" ? word : $"\"{TypeNameMarker}{word}\"");
                position = end - 1;
            }
            else
            {
                json.Append(c);
            }
        }

        return json.ToString();
    }

    [GeneratedRegex(@"^query ([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.Multiline)]
    private static partial Regex OperationLine();

    [GeneratedRegex(@"^- (KT-[A-Z]+-\d+): (.*)$", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}
