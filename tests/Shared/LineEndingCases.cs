namespace Kraken.Codegen.TestSupport;

/// <summary>
/// GraphQL files written with every line ending the specification allows (§2.1.3: CR, LF and CRLF, also mixed in one
/// file), each with the one-based line and column where its problem must be reported. The core, analyzer, generator
/// and CLI tests all run these, so the four agree. Linked into those test projects.
/// </summary>
internal static class LineEndingCases
{
    /// <summary>The styles, by name (theory data).</summary>
    public static readonly string[] Styles = ["LF", "CRLF", "CR", "Mixed"];

    /// <summary>The schema the operation cases use.</summary>
    public static readonly string[] SchemaLines =
    [
        "type Query {",
        "  account(accountNumber: String!): Account",
        "}",
        "",
        "type Account {",
        "  id: ID!",
        "  number: String!",
        "  balance: Int",
        "}",
        "",
    ];

    /// <summary>A schema with a field of an unknown type: KGQL0101 at (7, 3), the field.</summary>
    public static readonly string[] BrokenSchemaLines =
    [
        "type Query {",
        "  account(accountNumber: String!): Account",
        "}",
        "",
        "type Account {",
        "  id: ID!",
        "  owner: Persn",
        "}",
        "",
    ];

    public static readonly (int Line, int Column) BrokenSchemaError = (7, 3);

    /// <summary>An unknown field after a comment: KGQL0206 at (5, 5).</summary>
    public static readonly string[] UnknownFieldLines =
    [
        "# The account's number, as the user wrote it.",
        "query Account($n: String!) {",
        "  account(accountNumber: $n) {",
        "    id",
        "    balanc",
        "  }",
        "}",
        "",
    ];

    public static readonly (int Line, int Column) UnknownFieldError = (5, 5);

    /// <summary>
    /// The file of the report that CR-only line endings crash the parser's error message: a closing brace is missing.
    /// With CR endings it is exactly <c>query Q2 {\r  account(accountNumber: "x") {\r    number\r  }\r</c>. KGQL0001 at
    /// (5, 1), the end of the file, where a brace was expected.
    /// </summary>
    public static readonly string[] MissingBraceLines =
    [
        "query Q2 {",
        "  account(accountNumber: \"x\") {",
        "    number",
        "  }",
        "",
    ];

    public static readonly (int Line, int Column) MissingBraceError = (5, 1);

    /// <summary>An anonymous operation after a fragment: the generator's KGQL0502 at (5, 1), where the operation starts.</summary>
    public static readonly string[] AnonymousOperationLines =
    [
        "fragment Parts on Account {",
        "  number",
        "}",
        "",
        "{",
        "  account(accountNumber: \"A\") { ...Parts }",
        "}",
        "",
    ];

    public static readonly (int Line, int Column) AnonymousOperationError = (5, 1);

    /// <summary>The file, byte for byte.</summary>
    public const string CrOnlyMissingBrace = "query Q2 {\r  account(accountNumber: \"x\") {\r    number\r  }\r";

    /// <summary>Joins <paramref name="lines"/> with the line ending of <paramref name="style"/>; Mixed cycles CRLF, CR and LF.</summary>
    public static string Join(IReadOnlyList<string> lines, string style)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(lines[i]);
            if (i < lines.Count - 1)
            {
                text.Append(style switch
                {
                    "LF" => "\n",
                    "CRLF" => "\r\n",
                    "CR" => "\r",
                    "Mixed" => (i % 3) switch { 0 => "\r\n", 1 => "\r", _ => "\n" },
                    _ => throw new ArgumentOutOfRangeException(nameof(style), style, "LF, CRLF, CR or Mixed"),
                });
            }
        }

        return text.ToString();
    }
}
