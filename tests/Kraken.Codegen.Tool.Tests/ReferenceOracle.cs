using System.Text.RegularExpressions;

namespace Kraken.Codegen.Tool.Tests;

/// <summary>
/// Facts read from the raw reference with plain regular expressions, independently of the
/// importer, so the tests compare two different readings of the same document.
/// </summary>
internal sealed partial class ReferenceOracle
{
    private ReferenceOracle(string apiPart, string authPart)
    {
        ApiOperations = OperationNames(apiPart);
        AuthOperations = OperationNames(authPart);
        ApiFragments = FragmentPattern().Matches(apiPart).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        ErrorCodes = ErrorCodePattern().Matches(apiPart + authPart).Select(match => match.Value).ToHashSet(StringComparer.Ordinal);
        ApiErrorsByOperation = ErrorsByOperation(apiPart);
    }

    public IReadOnlyList<string> ApiOperations { get; }

    public IReadOnlyList<string> AuthOperations { get; }

    public IReadOnlySet<string> ApiFragments { get; }

    public IReadOnlySet<string> ErrorCodes { get; }

    /// <summary>Operation name → the codes listed between the previous operation and this one.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ApiErrorsByOperation { get; }

    public static ReferenceOracle Read(string reference)
    {
        var normalized = reference.Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = normalized.IndexOf("\nAuthentication Server\n", StringComparison.Ordinal);
        return split < 0
            ? new ReferenceOracle(normalized, "")
            : new ReferenceOracle(normalized[..split], normalized[split..]);
    }

    private static List<string> OperationNames(string text) =>
        OperationPattern().Matches(text).Select(match => match.Groups[1].Value).ToList();

    private static Dictionary<string, IReadOnlyList<string>> ErrorsByOperation(string text)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var previousEnd = 0;
        foreach (Match operation in OperationPattern().Matches(text))
        {
            var region = text[previousEnd..operation.Index];
            result[operation.Groups[1].Value] = ErrorLinePattern().Matches(region).Select(match => match.Groups[1].Value).ToList();
            previousEnd = operation.Index + operation.Length;
        }

        return result;
    }

    [GeneratedRegex(@"^query ([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.Multiline)]
    private static partial Regex OperationPattern();

    [GeneratedRegex(@"\.\.\.([A-Za-z_][A-Za-z0-9_]*Fragment)\b")]
    private static partial Regex FragmentPattern();

    [GeneratedRegex(@"KT-[A-Z]+-\d+")]
    private static partial Regex ErrorCodePattern();

    [GeneratedRegex(@"^- (KT-[A-Z]+-\d+): ", RegexOptions.Multiline)]
    private static partial Regex ErrorLinePattern();
}
