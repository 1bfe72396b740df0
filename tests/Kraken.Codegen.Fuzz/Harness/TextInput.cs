using System.Runtime.InteropServices;

namespace Kraken.Codegen.Fuzz.Harness;

/// <summary>
/// Text inputs as bytes without loss: the UTF-16 code units themselves, so that lone surrogates and every other
/// string a mutation makes survive a findings file and a replay (an encoding would replace them).
/// </summary>
public static class TextInput
{
    public static byte[] Encode(string text) => MemoryMarshal.AsBytes(text.AsSpan()).ToArray();

    public static string Decode(byte[] bytes) => new(MemoryMarshal.Cast<byte, char>(bytes.AsSpan(0, bytes.Length & ~1)));

    /// <summary>A text with a name (the corpus project it belongs to), so that a replay finds its context by name.</summary>
    public static byte[] EncodeNamed(string name, string text) => EncodeFiles([(name, text)]);

    public static (string Name, string Text) DecodeNamed(byte[] bytes) => DecodeFiles(bytes)[0];

    /// <summary>Several named texts in one input (the files of a generator run): count, then length-prefixed parts.</summary>
    public static byte[] EncodeFiles(IReadOnlyList<(string Path, string Text)> files)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write(files.Count);
        foreach (var (path, text) in files)
        {
            WritePart(writer, path);
            WritePart(writer, text);
        }

        writer.Flush();
        return stream.ToArray();
    }

    public static IReadOnlyList<(string Path, string Text)> DecodeFiles(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        var count = reader.ReadInt32();
        var files = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            files.Add((ReadPart(reader), ReadPart(reader)));
        }

        return files;
    }

    private static void WritePart(BinaryWriter writer, string text)
    {
        var bytes = Encode(text);
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    private static string ReadPart(BinaryReader reader) => Decode(reader.ReadBytes(reader.ReadInt32()));
}
