namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>One documented query field as the reference lays it out, before any inference.</summary>
internal sealed class ReferenceEntry
{
    public ReferenceEntry(int startLine, string? headingName, ReferenceEndpoint sectionEndpoint)
    {
        StartLine = startLine;
        HeadingName = headingName;
        SectionEndpoint = sectionEndpoint;
    }

    /// <summary>First line of the entry (its heading, or the first surviving line when the heading is lost).</summary>
    public int StartLine { get; }

    /// <summary>The field name from the heading; null when the heading was lost.</summary>
    public string? HeadingName { get; }

    /// <summary>The endpoint of the section ("API Site" or "Authentication Server") the entry sits in.</summary>
    public ReferenceEndpoint SectionEndpoint { get; }

    public string? TypeText { get; set; }

    public int TypeLine { get; set; }

    public string? Url { get; set; }

    public List<string> DescriptionLines { get; } = [];

    public List<ReferenceError> Errors { get; } = [];

    public ReferenceDeprecation? Deprecation { get; set; }

    public bool HasArgumentTable { get; set; }

    public int ArgumentTableLine { get; set; }

    /// <summary>One description per table row, in row order; null where the row is empty.</summary>
    public List<string?> ArgumentDescriptions { get; } = [];

    public ReferenceBlock? Operation { get; set; }

    public ReferenceBlock? Variables { get; set; }

    public ReferenceBlock? Response { get; set; }

    /// <summary>The field name: from the heading, else read from the operation text.</summary>
    public string? FieldName => HeadingName ?? Operation?.RootFieldName();

    /// <summary>The endpoint from the URL line, else from the section.</summary>
    public ReferenceEndpoint Endpoint =>
        (Url is null ? null : ReferenceEndpoints.FromUrl(Url)) ?? SectionEndpoint;

    public string DisplayName => FieldName ?? $"(unnamed entry at line {StartLine})";
}

/// <summary>An error line "- KT-CT-4177: Unauthorized." of an entry.</summary>
internal sealed record ReferenceError(string Code, string Text, int Line);

/// <summary>A "Deprecated" block: the lines verbatim plus the two dates it states.</summary>
internal sealed record ReferenceDeprecation(IReadOnlyList<string> Lines, string? MarkedOn, string? ScheduledRemoval, int Line);

/// <summary>A multi-line block (operation, variables, response) with the line it starts on.</summary>
internal sealed record ReferenceBlock(string Text, int FirstLine, bool Truncated)
{
    /// <summary>The first field selected by the operation: the documented field.</summary>
    public string? RootFieldName()
    {
        var brace = Text.IndexOf('{');
        if (brace < 0)
        {
            return null;
        }

        var start = brace + 1;
        while (start < Text.Length && !IsNameStart(Text[start]))
        {
            if (!char.IsWhiteSpace(Text[start]))
            {
                return null;
            }

            start++;
        }

        var end = start;
        while (end < Text.Length && IsNamePart(Text[end]))
        {
            end++;
        }

        return end > start ? Text[start..end] : null;
    }

    private static bool IsNameStart(char c) => c == '_' || char.IsAsciiLetter(c);

    private static bool IsNamePart(char c) => c == '_' || char.IsAsciiLetterOrDigit(c);
}
