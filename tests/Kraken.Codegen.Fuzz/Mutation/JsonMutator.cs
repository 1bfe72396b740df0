using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kraken.Codegen.Fuzz.Mutation;

/// <summary>
/// Random edits of JSON response bodies, as bytes. Structural edits keep the JSON readable so that the generated
/// readers see it (a value of another kind, a member removed, repeated or renamed, an unknown member, deep nesting, a
/// huge string, numbers at the edges of their types, <c>errors</c> of every shape); byte edits break it the way a
/// network or a server does (flipped and deleted bytes, truncation, invalid UTF-8, NUL, a byte order mark).
/// </summary>
public static class JsonMutator
{
    // System.Text.Json cannot write a lone surrogate, so the tree holds markers that become the escapes afterwards.
    private const string LoneHigh = "@@lone-high-surrogate@@";
    private const string LoneLow = "@@lone-low-surrogate@@";

    private static readonly string[] Replacements =
    [
        "null", "true", "false", "0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
        "9223372036854775808", "18446744073709551616", "1e309", "-1e309", "1.5", "1e-400", "0.1", "79228162514264337593543950336",
        "\"\"", "\"x\"", "\"abc123\"", "\"2020-01-01T00:00:00.000Z\"", "\"2020-13-45\"", "\"1.0\"", "\"NaN\"", "\"" + LoneHigh + "\"",
        "\"" + LoneLow + "x\"", "\"\\u0000\"", "\"\\\"\"", "[]", "{}", "[null]", "[[]]", "{\"a\": 1}", "[1, \"a\", null, {}]",
    ];

    public static byte[] Mutate(byte[] body, Random random)
    {
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            body = random.Next(3) == 0 ? MutateBytes(body, random) : MutateStructure(body, random) ?? MutateBytes(body, random);
        }

        return body;
    }

    /// <summary>An edit of the JSON tree; null when the body is no longer JSON (then bytes are edited instead).</summary>
    private static byte[]? MutateStructure(byte[] body, Random random)
    {
        try
        {
            return EditTree(body, random);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            // The tree is read lazily: invalid UTF-8 or a lone surrogate escape in a name or string shows up here.
            return null;
        }
    }

    private static byte[]? EditTree(byte[] body, Random random)
    {
        // Deeper bodies get byte edits only: the tree below is walked and written recursively.
        var root = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 512 });
        if (root is null)
        {
            return null;
        }

        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[random.Next(nodes.Count)];
        var parent = target.Parent;
        switch (random.Next(8))
        {
            case 0 when parent is not null:
                Replace(target, JsonNode.Parse(Replacements[random.Next(Replacements.Length)]));
                break;
            case 1 when parent is JsonObject removeFrom:
                removeFrom.Remove(target.GetPropertyName());
                break;
            case 2 when parent is JsonArray array:
                array.Insert(array.IndexOf(target), target.DeepClone());
                break;
            case 3 when parent is JsonObject renameIn:
            {
                var name = target.GetPropertyName();
                renameIn.Remove(name);
                renameIn[random.Next(2) == 0 ? name.ToUpperInvariant() : name + "_"] = target;
                break;
            }

            case 4 when target is JsonObject extend:
                extend[random.Next(2) == 0 ? "unknownMember" : "__typename"] = Deep(random);
                break;
            case 5 when parent is not null:
                Replace(target, JsonValue.Create(new string((char)('a' + random.Next(26)), random.Next(1, 3) == 1 ? random.Next(1000, 2_000_000) : 300)));
                break;
            case 6 when root is JsonObject top:
                top["errors"] = random.Next(4) switch
                {
                    0 => JsonNode.Parse("""[{"message": "Rate limited", "extensions": {"errorCode": "KT-CT-1199"}}]"""),
                    1 => JsonNode.Parse("""[{"message": 1, "path": [1, {"a": 2}], "locations": "x", "extensions": []}]"""),
                    2 => JsonNode.Parse("""{"message": "not a list"}"""),
                    _ => JsonNode.Parse("""[null, 1, "x", []]"""),
                };
                break;
            default:
                if (parent is not null)
                {
                    Replace(target, Deep(random));
                }

                break;
        }

        var json = root.ToJsonString(new JsonSerializerOptions { MaxDepth = 1024, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return Encoding.UTF8.GetBytes(json.Replace(LoneHigh, "\\uD800", StringComparison.Ordinal).Replace(LoneLow, "\\uDC00", StringComparison.Ordinal));
    }

    private static byte[] MutateBytes(byte[] body, Random random)
    {
        var bytes = new List<byte>(body);
        var at = random.Next(bytes.Count + 1);
        switch (random.Next(8))
        {
            case 0 when bytes.Count > 0:
                bytes[Math.Min(at, bytes.Count - 1)] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                bytes.RemoveRange(Math.Min(at, bytes.Count), Math.Min(bytes.Count - Math.Min(at, bytes.Count), random.Next(1, 64)));
                break;
            case 2:
                // Invalid UTF-8: a lone continuation byte, an overlong encoding, a truncated sequence, a byte never used.
                byte[][] invalid = [[0x80], [0xC0, 0x80], [0xE2, 0x82], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]];
                bytes.InsertRange(at, invalid[random.Next(invalid.Length)]);
                break;
            case 3:
                bytes.Insert(at, 0);
                break;
            case 4:
                return body.AsSpan(0, Math.Min(at, body.Length)).ToArray();
            case 5:
                bytes.InsertRange(0, [0xEF, 0xBB, 0xBF]);
                break;
            case 6:
            {
                var depth = random.Next(2) == 0 ? random.Next(60, 2000) : random.Next(2000, 200_000);
                bytes.InsertRange(at, Encoding.ASCII.GetBytes(new string('[', depth) + (random.Next(2) == 0 ? new string(']', depth) : string.Empty)));
                break;
            }

            default:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(random.Next(3) switch { 0 => "\r\n", 1 => "\r", _ => "\u2028" }));
                break;
        }

        return bytes.ToArray();
    }

    private static JsonNode Deep(Random random)
    {
        var depth = random.Next(2) == 0 ? random.Next(10, 100) : random.Next(100, 400);
        JsonNode node = JsonValue.Create(1);
        for (var i = 0; i < depth; i++)
        {
            node = random.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["a"] = node };
        }

        return node;
    }

    private static void Replace(JsonNode target, JsonNode? replacement)
    {
        switch (target.Parent)
        {
            case JsonObject obj:
                obj[target.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[array.IndexOf(target)] = replacement;
                break;
        }
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        var stack = new Stack<JsonNode>();
        stack.Push(node);
        while (stack.Count > 0 && nodes.Count < 100_000)
        {
            var current = stack.Pop();
            nodes.Add(current);
            switch (current)
            {
                case JsonObject obj:
                    foreach (var (_, child) in obj)
                    {
                        if (child is not null)
                        {
                            stack.Push(child);
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        if (child is not null)
                        {
                            stack.Push(child);
                        }
                    }

                    break;
            }
        }
    }
}
