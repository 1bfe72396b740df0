using System.Globalization;
using System.Text;

namespace Kraken.Codegen.Tool.Lsp.Transport;

/// <summary>One read from the input: a message body, a framing problem to answer with a parse error, or the end of the input.</summary>
internal readonly record struct Frame(byte[]? Body, string? Error)
{
    public bool IsEndOfStream => Body is null && Error is null;
}

/// <summary>
/// Reads LSP base-protocol frames (<c>Content-Length: N</c>, optional other headers, a blank line, N bytes of body) and
/// never gives up on bad input: a malformed header block becomes one error and reading resumes at the next
/// <c>Content-Length</c> header, even one glued to the garbage before it. Lines may end in CRLF or LF.
/// </summary>
internal sealed class FrameReader
{
    /// <summary>The largest body accepted: far above the largest schema file the parser accepts (32 MB of text).</summary>
    public const int MaxBodyBytes = 64 * 1024 * 1024;

    private const int MaxHeaderLineBytes = 8 * 1024;
    private const string ContentLengthHeader = "Content-Length";

    private readonly Stream _input;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _length;

    public FrameReader(Stream input) => _input = input;

    public async ValueTask<Frame> ReadAsync(CancellationToken cancellationToken)
    {
        int? contentLength = null;
        string? problem = null;
        var sawHeader = false;
        while (true)
        {
            var line = await ReadHeaderLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                return default;
            }

            if (line.Length == 0)
            {
                if (contentLength is { } length)
                {
                    var body = await ReadBodyAsync(length, cancellationToken).ConfigureAwait(false);
                    return body is null ? default : new Frame(body, null);
                }

                if (sawHeader || problem is not null)
                {
                    return new Frame(null, problem ?? "The header block has no Content-Length header.");
                }

                continue; // Blank lines between frames are harmless.
            }

            // A header glued to garbage (the tail of a body whose length was wrong) starts a new header block.
            var start = line.IndexOf(ContentLengthHeader + ":", StringComparison.OrdinalIgnoreCase);
            if (start > 0)
            {
                line = line.Substring(start);
                contentLength = null;
                problem = null;
            }

            sawHeader = true;
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                problem ??= "A header line is not of the form 'Name: value'.";
                continue;
            }

            var name = line.Substring(0, colon).Trim();
            if (!string.Equals(name, ContentLengthHeader, StringComparison.OrdinalIgnoreCase))
            {
                continue; // Content-Type and unknown headers are allowed and ignored.
            }

            var value = line.Substring(colon + 1).Trim();
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                problem = $"The Content-Length '{Truncate(value)}' is not a number of bytes.";
                contentLength = null;
            }
            else if (parsed > MaxBodyBytes)
            {
                problem = $"The Content-Length {parsed} exceeds the limit of {MaxBodyBytes} bytes.";
                contentLength = null;
            }
            else
            {
                contentLength = parsed;
                problem = null;
            }
        }
    }

    /// <summary>A header line without its line break, or null at the end of the input. Overlong lines are cut.</summary>
    private async ValueTask<string?> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var line = new MemoryStream();
        while (true)
        {
            if (_position == _length && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var b = _buffer[_position++];
            if (b == (byte)'\n')
            {
                var bytes = line.ToArray();
                var count = bytes.Length > 0 && bytes[bytes.Length - 1] == (byte)'\r' ? bytes.Length - 1 : bytes.Length;
                return Encoding.ASCII.GetString(bytes, 0, count);
            }

            if (line.Length < MaxHeaderLineBytes)
            {
                // Keep the tail of an overlong line rather than its head: a header glued to garbage is at the end.
                line.WriteByte(b);
            }
            else
            {
                var kept = line.ToArray();
                line.SetLength(0);
                line.Write(kept, kept.Length / 2, kept.Length - (kept.Length / 2));
                line.WriteByte(b);
            }
        }
    }

    private async ValueTask<byte[]?> ReadBodyAsync(int length, CancellationToken cancellationToken)
    {
        var body = new byte[length];
        var filled = 0;
        while (filled < length)
        {
            if (_position == _length && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var take = Math.Min(length - filled, _length - _position);
            Buffer.BlockCopy(_buffer, _position, body, filled, take);
            _position += take;
            filled += take;
        }

        return body;
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        _position = 0;
        _length = await _input.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
        return _length > 0;
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value.Substring(0, 40) + "…";
}
