using System.Globalization;
using System.Text;

namespace Kraken.Codegen.Core.Json;

/// <summary>A problem found while reading JSON: what was wrong and at which character offset.</summary>
public sealed record JsonError(string Message, int Offset);

/// <summary>
/// Reads a JSON document (RFC 8259) into <see cref="JsonValue"/>s. Iterative, with an explicit stack and a nesting
/// limit, so hostile input cannot exhaust the call stack; never throws for bad input.
/// </summary>
public sealed class JsonReader
{
    public const int DefaultMaxDepth = 256;

    private readonly string _text;
    private readonly int _maxDepth;
    private int _position;

    private JsonReader(string text, int maxDepth)
    {
        _text = text;
        _maxDepth = maxDepth;
    }

    /// <summary>Reads <paramref name="text"/>; on failure returns false with the error and its offset.</summary>
    public static bool TryRead(string text, out JsonValue? value, out JsonError? error, int maxDepth = DefaultMaxDepth)
    {
        var reader = new JsonReader(text, maxDepth);
        try
        {
            value = reader.ReadDocument();
            error = null;
            return true;
        }
        catch (JsonReadException exception)
        {
            value = null;
            error = new JsonError(exception.Message, exception.Offset);
            return false;
        }
    }

    private JsonValue ReadDocument()
    {
        var stack = new Stack<Frame>();
        while (true)
        {
            SkipWhitespace();
            if (stack.Count > 0 && !stack.Peek().ExpectingValue)
            {
                // After a member or item: the container closes, or a separator announces the next one.
                var frame = stack.Peek();
                var c = Peek();
                if (c == frame.Close)
                {
                    _position++;
                    stack.Pop();
                    if (stack.Count == 0)
                    {
                        return Finish(frame.Container);
                    }

                    continue;
                }

                if (c != ',')
                {
                    throw Error(c == '\0' && _position >= _text.Length ? "Unexpected end of JSON." : $"Expected ',' or '{frame.Close}' but found {Describe(c)}.", _position);
                }

                _position++;
                if (frame.Container is JsonObject)
                {
                    frame.PendingName = ReadMemberName();
                }

                frame.ExpectingValue = true;
                continue;
            }

            var value = ReadValueStart();
            if (stack.Count > 0)
            {
                var parent = stack.Peek();
                if (parent.Container is JsonObject obj)
                {
                    obj.Add(parent.PendingName!, value);
                }
                else
                {
                    ((JsonArray)parent.Container).Items.Add(value);
                }

                parent.ExpectingValue = false;
            }

            if (value is not (JsonObject or JsonArray))
            {
                if (stack.Count == 0)
                {
                    return Finish(value);
                }

                continue;
            }

            if (stack.Count >= _maxDepth)
            {
                throw Error($"JSON is nested more deeply than {_maxDepth} levels.", value.Offset);
            }

            var opened = new Frame(value);
            SkipWhitespace();
            if (Peek() == opened.Close)
            {
                _position++;
                if (stack.Count == 0)
                {
                    return Finish(value);
                }

                continue;
            }

            if (value is JsonObject)
            {
                opened.PendingName = ReadMemberName();
            }

            stack.Push(opened);
        }
    }

    private JsonValue Finish(JsonValue root)
    {
        SkipWhitespace();
        if (_position < _text.Length)
        {
            throw Error("Unexpected text after the JSON value.", _position);
        }

        return root;
    }

    private string ReadMemberName()
    {
        SkipWhitespace();
        if (Peek() != '"')
        {
            throw Error("Expected a member name in double quotes.", _position);
        }

        var name = ReadString();
        SkipWhitespace();
        if (Peek() != ':')
        {
            throw Error("Expected ':' after the member name.", _position);
        }

        _position++;
        return name;
    }

    private JsonValue ReadValueStart()
    {
        var start = _position;
        var c = Peek();
        switch (c)
        {
            case '{':
                _position++;
                return new JsonObject(start);
            case '[':
                _position++;
                return new JsonArray(start);
            case '"':
                return new JsonString(ReadString(), start);
            case 't':
                ExpectWord("true");
                return new JsonBoolean(true, start);
            case 'f':
                ExpectWord("false");
                return new JsonBoolean(false, start);
            case 'n':
                ExpectWord("null");
                return new JsonNull(start);
            case '-':
            case >= '0' and <= '9':
                return ReadNumber();
            case '\0' when _position >= _text.Length:
                throw Error("Unexpected end of JSON.", _position);
            default:
                throw Error($"Unexpected character {Describe(c)}.", _position);
        }
    }

    private JsonNumber ReadNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        var digits = ReadDigits();
        if (digits == 0)
        {
            throw Error("Expected a digit.", _position);
        }

        if (Peek() == '.')
        {
            _position++;
            if (ReadDigits() == 0)
            {
                throw Error("Expected a digit after the decimal point.", _position);
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-')
            {
                _position++;
            }

            if (ReadDigits() == 0)
            {
                throw Error("Expected a digit in the exponent.", _position);
            }
        }

        return new JsonNumber(_text.Substring(start, _position - start), start);
    }

    private int ReadDigits()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] is >= '0' and <= '9')
        {
            _position++;
        }

        return _position - start;
    }

    private string ReadString()
    {
        var start = _position;
        _position++; // the opening quote
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("Unterminated string.", start);
            }

            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < 0x20)
            {
                throw Error("Control character in a string; it must be escaped.", _position - 1);
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                throw Error("Unterminated string.", start);
            }

            var escape = _text[_position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length
                        || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("Invalid \\u escape.", _position - 2);
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    throw Error($"Invalid escape '\\' followed by {Describe(escape)}.", _position - 2);
            }
        }
    }

    private void ExpectWord(string word)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            throw Error($"Unexpected character {Describe(Peek())}.", _position);
        }

        _position += word.Length;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }

    /// <summary>A character for a message: quoted when printable, as U+XXXX otherwise (messages stay on one line).</summary>
    private static string Describe(char c) =>
        c < ' ' || char.IsSurrogate(c) || char.IsControl(c) ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : "'" + c + "'";

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private static JsonReadException Error(string message, int offset) => new(message, offset);

    /// <summary>A container being filled: which bracket closes it, the member name waiting for its value, and whether a value must come next.</summary>
    private sealed class Frame
    {
        public Frame(JsonValue container)
        {
            Container = container;
            Close = container is JsonObject ? '}' : ']';
        }

        public JsonValue Container { get; }

        public char Close { get; }

        public string? PendingName { get; set; }

        public bool ExpectingValue { get; set; } = true;
    }

    private sealed class JsonReadException : Exception
    {
        public JsonReadException(string message, int offset)
            : base(message) => Offset = offset;

        public int Offset { get; }
    }
}
