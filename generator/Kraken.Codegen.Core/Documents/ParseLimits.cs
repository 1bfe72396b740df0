namespace Kraken.Codegen.Core.Documents;

/// <summary>
/// Limits that protect the compiler process from hostile or runaway input. Exceeding one gives a diagnostic,
/// never a stack overflow or a hang. Schema files get larger limits than operation files.
/// </summary>
public sealed record ParseLimits(int MaxCharacters, int MaxTokens, int MaxDepth)
{
    /// <summary>
    /// The longest single token (a name, number, string or comment line) read: 32,768 characters. GraphQL-Parser's
    /// error messages take time quadratic in the column, so a longer one could stall the compiler for minutes.
    /// </summary>
    public int MaxLineLength { get; init; } = 32_768;

    /// <summary>For operation documents: 1 MB of text, 100,000 tokens, nesting depth 64.</summary>
    public static ParseLimits Operations { get; } = new(1_000_000, 100_000, 64);

    /// <summary>For schema files: 32 MB of text, 5,000,000 tokens, nesting depth 64.</summary>
    public static ParseLimits Schema { get; } = new(32_000_000, 5_000_000, 64);
}
