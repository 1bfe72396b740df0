namespace Kraken.Codegen.Tool.ReferenceImport.Inference;

/// <summary>Rule D1: a "Deprecated" block of the reference, rewritten in the template of Kraken's own deprecation reasons.</summary>
internal static class KrakenDeprecationReason
{
    /// <summary>The "The '…' field is deprecated." heading, the explanation and the "- …" date lines, separated by blank lines.</summary>
    public static string Write(ReferenceDeprecation deprecation)
    {
        var heading = new List<string>();
        var explanation = new List<string>();
        var dates = new List<string>();
        foreach (var line in deprecation.Lines)
        {
            if (heading.Count == 0 && explanation.Count == 0 && line.StartsWith("The '", StringComparison.Ordinal) && line.EndsWith("is deprecated.", StringComparison.Ordinal))
            {
                heading.Add(line);
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                dates.Add(line);
            }
            else
            {
                explanation.Add(line);
            }
        }

        return string.Join("\n\n", new[] { heading, explanation, dates }
            .Where(part => part.Count > 0)
            .Select(part => string.Join('\n', part)));
    }
}
