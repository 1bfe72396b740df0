using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Kraken.Codegen.Core.Json;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Tool.Loading;

/// <summary>
/// Reads the files a user names as text: UTF-8 (with or without a byte order mark) or UTF-16/UTF-32 with one. A folder,
/// a binary file or bytes that are not UTF-8 are input problems that name the file and, for bad bytes, the line and
/// column where they start, instead of being silently replaced.
/// </summary>
internal static class TextFiles
{
    public static string Read(string path, string role)
    {
        if (Directory.Exists(path))
        {
            throw new InputException($"the {role} '{path}' is a folder, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new InputException($"the {role} '{path}' does not exist.");
        }

        return Decode(File.ReadAllBytes(path), $"the {role} '{path}'");
    }

    /// <summary>Reads a JSON file; JSON that does not parse is an input problem located at its line and column.</summary>
    public static string ReadJson(string path, string role)
    {
        var text = Read(path, role);
        if (JsonReader.TryRead(text, out _, out var error))
        {
            return text;
        }

        var location = new SourceFile(path, text).GetLocation(error!.Offset, error.Offset);
        throw new InputException($"{location}: the {role} is not valid JSON: {error.Message}");
    }

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="what"/> names them in messages ("the schema file 'x'").</summary>
    public static string Decode(byte[] bytes, string what)
    {
        var encoding = EncodingFromByteOrderMark(bytes, out var preamble);
        if (encoding is not null)
        {
            try
            {
                return encoding.GetString(bytes, preamble, bytes.Length - preamble);
            }
            catch (DecoderFallbackException)
            {
                throw new InputException($"{what} is not valid {encoding.WebName} text, although it starts with that encoding's byte order mark.");
            }
        }

        var body = bytes.AsSpan(preamble);
        if (body.IndexOf((byte)0) >= 0)
        {
            // No text format here allows a NUL character: an image, an archive, a compiled file.
            throw new InputException($"{what} is binary, not text (it contains NUL bytes).");
        }

        var chars = new char[body.Length];
        if (Utf8.ToUtf16(body, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            return new string(chars, 0, charsWritten);
        }

        // The first byte that is not UTF-8, at its line and column (counted the way diagnostics count them).
        var (line, column) = new LineMap(new string(chars, 0, charsWritten)).GetPosition(charsWritten);
        throw new InputException($"{what} is not UTF-8 text (byte 0x{body[bytesRead]:X2} at line {line + 1}, column {column + 1}); save it as UTF-8.");
    }

    private static Encoding? EncodingFromByteOrderMark(byte[] bytes, out int length)
    {
        (Encoding? encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding?)null, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            _ => (null, 0),
        };
        return encoding;
    }
}
