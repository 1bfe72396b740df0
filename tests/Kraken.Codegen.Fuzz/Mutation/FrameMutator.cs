using System.Text;

namespace Kraken.Codegen.Fuzz.Mutation;

/// <summary>
/// Mutates real LSP frames the way a broken or hostile client would: flipped bits and bytes, cut and duplicated
/// ranges, inserted bytes, damaged headers, spliced frames. Seeded, so every failure can be replayed. The fuzzing
/// harness's <c>lsp-frames</c> target uses it on whole message sequences; <c>Kraken.Codegen.Lsp.Tests</c> compiles this
/// file too (linked) and uses it on single frames sent to the real process.
/// </summary>
internal sealed class FrameMutator
{
    private static readonly byte[][] Interesting =
    [
        Encoding.ASCII.GetBytes("Content-Length: "),
        Encoding.ASCII.GetBytes("\r\n"),
        Encoding.ASCII.GetBytes("\r\n\r\n"),
        Encoding.ASCII.GetBytes("\""),
        Encoding.ASCII.GetBytes("{"),
        Encoding.ASCII.GetBytes("}"),
        Encoding.ASCII.GetBytes("[[[[[[[[[[[[[["),
        Encoding.ASCII.GetBytes("null"),
        Encoding.ASCII.GetBytes("-1"),
        Encoding.ASCII.GetBytes("1e400"),
        Encoding.ASCII.GetBytes("\\u0000"),
        [0xC3, 0x28],
        [0xFF, 0xFE],
    ];

    private readonly Random _random;

    public FrameMutator(int seed)
        : this(new Random(seed))
    {
    }

    public FrameMutator(Random random) => _random = random;

    public byte[] Mutate(byte[] frame, byte[] other)
    {
        var bytes = new List<byte>(frame);
        var rounds = 1 + _random.Next(3);
        for (var round = 0; round < rounds; round++)
        {
            if (bytes.Count == 0)
            {
                bytes.AddRange(other);
            }

            var at = _random.Next(bytes.Count);
            switch (_random.Next(8))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1:
                    bytes[at] = (byte)_random.Next(256);
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + _random.Next(16)));
                    break;
                case 3:
                    var length = Math.Min(bytes.Count - at, 1 + _random.Next(32));
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 4:
                    bytes.InsertRange(at, Interesting[_random.Next(Interesting.Length)]);
                    break;
                case 5:
                    // A wrong Content-Length (too small or a few bytes too large).
                    var text = Encoding.ASCII.GetString(bytes.ToArray());
                    var header = text.IndexOf("Content-Length: ", StringComparison.Ordinal);
                    if (header >= 0)
                    {
                        var end = text.IndexOf('\r', header);
                        var value = _random.Next(Math.Max(1, bytes.Count + 64)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        var start = header + "Content-Length: ".Length;
                        bytes.RemoveRange(start, Math.Max(0, (end < 0 ? bytes.Count : end) - start));
                        bytes.InsertRange(start, Encoding.ASCII.GetBytes(value));
                    }

                    break;
                case 6:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes.InsertRange(at, other.Take(1 + _random.Next(other.Length)));
                    break;
            }
        }

        return bytes.ToArray();
    }
}
