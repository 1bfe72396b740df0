using System.Text;

namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>The parsed example, whether it was complete, and where parsing stopped if not.</summary>
internal sealed record ExampleParseResult(ExampleValue? Value, string? Problem, int ProblemLine);

/// <summary>
/// A lenient reader for the reference's example JSON: accepts bare type names and, when the text
/// is cut off, closes what is open and keeps the part that was read.
/// </summary>
internal sealed class ExampleValueParser
{
    private readonly string _text;
    private readonly int _firstLine;
    private int _position;
    private int _line;
    private string? _problem;
    private int _problemLine;

    private ExampleValueParser(string text, int firstLine)
    {
        _text = text;
        _firstLine = firstLine;
        _line = firstLine;
    }

    public static ExampleParseResult Parse(string text, int firstLine)
    {
        var parser = new ExampleValueParser(text, firstLine);
        var value = parser.ParseValue();
        parser.SkipWhitespace();
        if (parser._problem is null && parser._position < parser._text.Length)
        {
            parser.Fail($"unexpected text after the example: '{parser.Rest()}'");
        }

        return new ExampleParseResult(value, parser._problem, parser._problemLine);
    }

    private ExampleValue? ParseValue()
    {
        SkipWhitespace();
        if (_position >= _text.Length)
        {
            Fail("the example ends where a value was expected");
            return null;
        }

        var line = _line;
        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ParseObject();
            case '[':
                return ParseArray();
            case '"':
                return new ExampleString(ParseString(), line);
        }

        if (c == '-' || char.IsAsciiDigit(c))
        {
            var start = _position;
            _position++;
            while (_position < _text.Length && (char.IsAsciiDigit(_text[_position]) || _text[_position] is '.' or 'e' or 'E' or '+' or '-'))
            {
                _position++;
            }

            return new ExampleNumber(_text[start.._position], line);
        }

        if (c == '_' || char.IsAsciiLetter(c))
        {
            var start = _position;
            while (_position < _text.Length && (_text[_position] == '_' || char.IsAsciiLetterOrDigit(_text[_position])))
            {
                _position++;
            }

            var word = _text[start.._position];
            return word switch
            {
                "true" => new ExampleBoolean(true, line),
                "false" => new ExampleBoolean(false, line),
                "null" => new ExampleNull(line),
                _ => new ExampleTypeName(word, line),
            };
        }

        Fail($"unexpected character '{c}'");
        return null;
    }

    private ExampleObject ParseObject()
    {
        var line = _line;
        _position++;
        var properties = new List<KeyValuePair<string, ExampleValue>>();
        while (_problem is null)
        {
            SkipWhitespace();
            if (_position >= _text.Length)
            {
                Fail("an object is not closed");
                break;
            }

            if (_text[_position] == '}')
            {
                _position++;
                break;
            }

            if (_text[_position] == ',')
            {
                _position++;
                continue;
            }

            if (_text[_position] != '"')
            {
                Fail($"a property name was expected, found '{Rest()}'");
                break;
            }

            var name = ParseString();
            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != ':')
            {
                Fail($"':' expected after property '{name}'");
                break;
            }

            _position++;
            var value = ParseValue();
            if (value is not null)
            {
                properties.Add(new KeyValuePair<string, ExampleValue>(name, value));
            }
        }

        return new ExampleObject(properties, line);
    }

    private ExampleArray ParseArray()
    {
        var line = _line;
        _position++;
        var items = new List<ExampleValue>();
        while (_problem is null)
        {
            SkipWhitespace();
            if (_position >= _text.Length)
            {
                Fail("a list is not closed");
                break;
            }

            if (_text[_position] == ']')
            {
                _position++;
                break;
            }

            if (_text[_position] == ',')
            {
                _position++;
                continue;
            }

            if (ParseValue() is { } item)
            {
                items.Add(item);
            }
        }

        return new ExampleArray(items, line);
    }

    private string ParseString()
    {
        _position++;
        var builder = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c == '\\' && _position < _text.Length)
            {
                c = _text[_position++];
            }

            if (c == '\n')
            {
                _line++;
            }

            builder.Append(c);
        }

        Fail("a string is not closed");
        return builder.ToString();
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            if (_text[_position] == '\n')
            {
                _line++;
            }

            _position++;
        }
    }

    private void Fail(string problem)
    {
        if (_problem is null)
        {
            _problem = problem;
            _problemLine = Math.Max(_line, _firstLine);
        }
    }

    private string Rest()
    {
        var rest = _text[_position..];
        var end = rest.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? rest : rest[..end];
    }
}
