using System.Text.RegularExpressions;

namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>
/// Splits the reference into entries. Line-oriented and forgiving: whatever does not fit the
/// expected layout becomes a warning naming the entry and line, never an exception.
/// </summary>
internal sealed partial class ReferenceReader
{
    public const string ErrorsIntroduction = "The possible errors that can be raised are:";

    private static readonly HashSet<string> BlockMarkers = new(StringComparer.Ordinal)
    {
        "Arguments", "Query", "Variables", "Response", "Deprecated",
    };

    private readonly string[] _lines;
    private readonly List<ReferenceEntry> _entries = [];
    private readonly List<ImportWarning> _warnings = [];
    private readonly List<string> _preamble = [];
    private ReferenceEntry? _current;
    private ReferenceEndpoint? _section;
    private bool _inErrorList;

    private ReferenceReader(string text)
    {
        _lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
    }

    public static ReferenceDocument Read(string text)
    {
        var reader = new ReferenceReader(text);
        reader.ReadAll();
        return new ReferenceDocument(reader._preamble, reader._entries, reader._warnings);
    }

    private void ReadAll()
    {
        var index = 0;
        while (index < _lines.Length)
        {
            index = ReadLine(index);
        }

        CloseEntry();
    }

    /// <summary>Handles the line at <paramref name="index"/> and returns the index of the next unread line.</summary>
    private int ReadLine(int index)
    {
        var line = _lines[index].Trim();
        var lineNumber = index + 1;
        if (line.Length == 0)
        {
            return index + 1;
        }

        if (SectionEndpoint(line) is { } section)
        {
            CloseEntry();
            _section = section;
            return index + 1;
        }

        if (_section is null)
        {
            _preamble.Add(line);
            return index + 1;
        }

        if (IsHeading(index))
        {
            CloseEntry();
            _current = new ReferenceEntry(lineNumber, line, _section.Value);
            _inErrorList = false;
            return index + 1;
        }

        if (line.StartsWith("Type:", StringComparison.Ordinal))
        {
            var entry = EntryForHeaderLine(lineNumber);
            if (entry.TypeText is not null)
            {
                Warn(lineNumber, entry, "a second Type: line; the first one is kept");
            }
            else
            {
                entry.TypeText = line["Type:".Length..].Trim();
                entry.TypeLine = lineNumber;
            }

            return index + 1;
        }

        if (line.StartsWith("URL:", StringComparison.Ordinal))
        {
            var entry = EntryForHeaderLine(lineNumber);
            entry.Url = line["URL:".Length..].Trim();
            if (ReferenceEndpoints.FromUrl(entry.Url) is null)
            {
                Warn(lineNumber, entry, $"unknown endpoint URL '{entry.Url}'; the section's endpoint is used");
            }

            return index + 1;
        }

        return line switch
        {
            "Deprecated" => ReadDeprecation(index),
            "Arguments" => ReadArgumentTable(index),
            "Query" => ReadOperation(index),
            "Variables" => ReadVariables(index),
            "Response" => ReadResponse(index),
            _ => ReadFreeText(index, line),
        };
    }

    private int ReadFreeText(int index, string line)
    {
        var lineNumber = index + 1;
        if (_current is null || HasBlocks(_current))
        {
            Warn(lineNumber, _current, $"unrecognised line ignored: '{Shorten(line)}'");
            return index + 1;
        }

        _current.DescriptionLines.Add(line);
        if (line == ErrorsIntroduction)
        {
            _inErrorList = true;
        }
        else if (_inErrorList)
        {
            var match = ErrorLinePattern().Match(line);
            if (match.Success)
            {
                _current.Errors.Add(new ReferenceError(match.Groups[1].Value, match.Groups[2].Value, lineNumber));
            }
            else
            {
                _inErrorList = false;
            }
        }

        return index + 1;
    }

    private int ReadDeprecation(int index)
    {
        var entry = _current is null || HasBlocks(_current) ? StartUnnamedEntry(index + 1) : _current;
        var lines = new List<string>();
        string? markedOn = null;
        string? scheduled = null;
        var next = index + 1;
        while (next < _lines.Length && !EndsBlock(next))
        {
            var line = _lines[next].Trim();
            next++;
            if (line.Length == 0)
            {
                continue;
            }

            lines.Add(line);
            if (MarkedPattern().Match(line) is { Success: true } marked)
            {
                markedOn = marked.Groups[1].Value;
            }
            else if (ScheduledPattern().Match(line) is { Success: true } removal)
            {
                scheduled = removal.Groups[1].Value;
            }
        }

        entry.Deprecation = new ReferenceDeprecation(lines, markedOn, scheduled, index + 1);
        if (markedOn is null || scheduled is null)
        {
            Warn(index + 1, entry, "deprecation block without both 'Marked as deprecated on' and 'Scheduled for removal on or after' dates");
        }

        return next;
    }

    private int ReadArgumentTable(int index)
    {
        var startsNewEntry = _current is null || _current.HasArgumentTable || _current.Operation is not null
            || _current.Variables is not null || _current.Response is not null;
        var entry = startsNewEntry ? StartUnnamedEntry(index + 1) : _current!;
        entry.HasArgumentTable = true;
        entry.ArgumentTableLine = index + 1;
        var next = index + 1;
        while (next < _lines.Length)
        {
            var line = _lines[next].Trim();
            if (line.Length == 0 || line.StartsWith("Name", StringComparison.Ordinal) && line.Contains('|', StringComparison.Ordinal)
                || line.StartsWith("---", StringComparison.Ordinal))
            {
                next++;
                continue;
            }

            if (!line.StartsWith('|'))
            {
                break;
            }

            var cell = line.Trim('|').Trim();
            entry.ArgumentDescriptions.Add(cell.Length == 0 ? null : cell);
            next++;
        }

        return next;
    }

    private int ReadOperation(int index)
    {
        var startsNewEntry = _current is null || _current.Operation is not null || _current.Variables is not null
            || _current.Response is not null;
        var entry = startsNewEntry ? StartUnnamedEntry(index + 1) : _current!;
        var (block, next) = ReadBalancedBlock(index + 1, entry, "operation", countParentheses: true);
        entry.Operation = block;
        return next;
    }

    private int ReadVariables(int index)
    {
        if (_current is null || _current.Variables is not null || _current.Response is not null)
        {
            Warn(index + 1, _current, "a Variables block outside an entry's usual place; ignored");
            var (_, skipped) = ReadBalancedBlock(index + 1, _current, "variables", countParentheses: false);
            return skipped;
        }

        var (block, next) = ReadBalancedBlock(index + 1, _current, "example variables", countParentheses: false);
        _current.Variables = block;
        return next;
    }

    private int ReadResponse(int index)
    {
        if (_current is null || _current.Response is not null)
        {
            Warn(index + 1, _current, "a Response block outside an entry's usual place; ignored");
            var (_, skipped) = ReadBalancedBlock(index + 1, _current, "response", countParentheses: false);
            return skipped;
        }

        var (block, next) = ReadBalancedBlock(index + 1, _current, "example response", countParentheses: false);
        _current.Response = block;
        return next;
    }

    /// <summary>
    /// Reads lines until the brackets opened on them are closed. A marker, a heading or the end of
    /// the document before that means the block was cut off: it is kept and flagged as truncated.
    /// </summary>
    private (ReferenceBlock? Block, int Next) ReadBalancedBlock(int start, ReferenceEntry? entry, string what, bool countParentheses)
    {
        var collected = new List<string>();
        var depth = 0;
        var opened = false;
        var inString = false;
        var next = start;
        var firstLine = 0;
        while (next < _lines.Length)
        {
            if (EndsBlock(next))
            {
                break;
            }

            var line = _lines[next].Trim();
            next++;
            if (line.Length == 0)
            {
                continue;
            }

            if (firstLine == 0)
            {
                firstLine = next;
            }

            collected.Add(line);
            foreach (var c in line)
            {
                if (inString)
                {
                    inString = c != '"';
                    continue;
                }

                switch (c)
                {
                    case '"':
                        inString = true;
                        break;
                    case '{' or '[':
                        depth++;
                        opened = true;
                        break;
                    case '(' when countParentheses:
                        depth++;
                        break;
                    case '}' or ']':
                    case ')' when countParentheses:
                        depth--;
                        break;
                }
            }

            inString = false;
            if (opened && depth <= 0)
            {
                return (new ReferenceBlock(string.Join('\n', collected), firstLine, Truncated: false), next);
            }
        }

        if (collected.Count == 0)
        {
            Warn(start, entry, $"empty {what} block");
            return (null, next);
        }

        Warn(firstLine, entry, $"{what} is cut off (brackets not closed before line {next + 1}); the part before the cut is used");
        return (new ReferenceBlock(string.Join('\n', collected), firstLine, Truncated: true), next);
    }

    private bool EndsBlock(int index)
    {
        var line = _lines[index].Trim();
        return BlockMarkers.Contains(line) || SectionEndpoint(line) is not null || IsHeading(index)
            || line.StartsWith("Type:", StringComparison.Ordinal) || line.StartsWith("URL:", StringComparison.Ordinal);
    }

    /// <summary>A heading is a lone field name followed by its Type: or URL: line.</summary>
    private bool IsHeading(int index)
    {
        var line = _lines[index].Trim();
        if (!NamePattern().IsMatch(line) || BlockMarkers.Contains(line))
        {
            return false;
        }

        var following = index + 1;
        while (following < _lines.Length && _lines[following].Trim().Length == 0)
        {
            following++;
        }

        if (following >= _lines.Length)
        {
            return false;
        }

        var next = _lines[following].Trim();
        return next.StartsWith("Type:", StringComparison.Ordinal) || next.StartsWith("URL:", StringComparison.Ordinal);
    }

    private ReferenceEntry EntryForHeaderLine(int lineNumber) =>
        _current is null || HasBlocks(_current) ? StartUnnamedEntry(lineNumber) : _current;

    /// <summary>Starts an entry whose heading was lost; its name comes from the operation text later.</summary>
    private ReferenceEntry StartUnnamedEntry(int lineNumber)
    {
        CloseEntry();
        _current = new ReferenceEntry(lineNumber, null, _section ?? ReferenceEndpoint.Api);
        _inErrorList = false;
        return _current;
    }

    private void CloseEntry()
    {
        var entry = _current;
        _current = null;
        if (entry is null)
        {
            return;
        }

        if (entry.Operation is null)
        {
            Warn(entry.StartLine, entry, "no operation text; the entry is skipped");
            return;
        }

        var operationField = entry.Operation.RootFieldName();
        if (entry.HeadingName is null)
        {
            Warn(entry.StartLine, entry, entry.TypeText is null && entry.Url is null
                ? "heading lost: the entry starts without its field name, Type:, URL: and description; the field name is read from the operation text"
                : "heading lost: the entry has no field name line; the field name is read from the operation text");
        }
        else if (operationField is not null && operationField != entry.HeadingName)
        {
            Warn(entry.Operation.FirstLine, entry, $"the operation selects '{operationField}', not the heading's field; the heading is kept");
        }

        if (entry.HeadingName is not null && entry.TypeText is null)
        {
            Warn(entry.StartLine, entry, "no Type: line; the return type is inferred from the example response");
        }

        if (entry.Url is null)
        {
            Warn(entry.StartLine, entry, $"no URL: line; the endpoint of the section is used ({ReferenceEndpoints.Url(entry.SectionEndpoint)})");
        }
        else if (ReferenceEndpoints.FromUrl(entry.Url) is { } endpoint && endpoint != entry.SectionEndpoint)
        {
            Warn(entry.StartLine, entry, "the URL names the other server than its section; the URL wins");
        }

        if (entry.Response is null)
        {
            Warn(entry.Operation.FirstLine, entry, "no example response; result types cannot be inferred from examples");
        }

        _entries.Add(entry);
    }

    private static bool HasBlocks(ReferenceEntry entry) =>
        entry.Deprecation is not null || entry.HasArgumentTable || entry.Operation is not null
        || entry.Variables is not null || entry.Response is not null;

    private static ReferenceEndpoint? SectionEndpoint(string line) => line switch
    {
        "API Site" => ReferenceEndpoint.Api,
        "Authentication Server" => ReferenceEndpoint.Auth,
        _ => null,
    };

    private void Warn(int line, ReferenceEntry? entry, string message) =>
        _warnings.Add(new ImportWarning(line, entry?.FieldName, message) { Endpoint = entry?.Endpoint ?? _section });

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^- (KT-[A-Z]+-\d+): (.+)$")]
    private static partial Regex ErrorLinePattern();

    [GeneratedRegex(@"^- Marked as deprecated on (\d{4}-\d{2}-\d{2})\.?$")]
    private static partial Regex MarkedPattern();

    [GeneratedRegex(@"^- (?:Scheduled for removal on or after|Will be removed on) (\d{4}-\d{2}-\d{2})\.?$")]
    private static partial Regex ScheduledPattern();
}
