using System.Buffers;
using System.Text;
using System.Text.Unicode;
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
        var nul = body.IndexOf((byte)0);
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status == OperationStatus.Done && nul < 0)
        {
            return new string(chars, 0, charsWritten);
        }

        // Report the first problem at its line and column (counted the way diagnostics count them).
        var badOffset = nul >= 0 && (status == OperationStatus.Done || nul < bytesRead) ? nul : bytesRead;
        var prefix = Encoding.UTF8.GetString(bytes, preamble, badOffset);
        var (line, column) = new LineMap(prefix).GetPosition(prefix.Length);
        var at = $"line {line + 1}, column {column + 1}";
        throw badOffset == nul
            ? new InputException($"{what} is binary, not text (a NUL byte at {at}).")
            : new InputException($"{what} is not UTF-8 text (byte 0x{body[badOffset]:X2} at {at}); save it as UTF-8.");
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
