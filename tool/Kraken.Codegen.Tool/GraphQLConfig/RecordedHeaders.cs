using System.Text.RegularExpressions;
using Kraken.Codegen.Tool.Loading;

namespace Kraken.Codegen.Tool.GraphQLConfig;

/// <summary>
/// HTTP headers as a graphql-config file records them: a value may reference environment variables (<c>${KRAKEN_TOKEN}</c>),
/// expanded when the request is sent. Only such values are recorded; a literal value could be a secret and stays out
/// of a file that is committed.
/// </summary>
internal static partial class RecordedHeaders
{
    /// <summary>True when the value holds a <c>${NAME}</c> reference (what may be recorded).</summary>
    public static bool ReferencesEnvironment(string value) => Reference().IsMatch(value);

    /// <summary>The value with every <c>${NAME}</c> replaced by that environment variable; a variable that is not set is an input problem.</summary>
    public static string Expand(string headerName, string value, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        return Reference().Replace(value, match =>
        {
            var name = match.Groups[1].Value;
            return environment(name) ?? throw new InputException($"the header '{headerName}' references the environment variable {name}, which is not set.");
        });
    }

    /// <summary>"Name: value" lines for the introspection client, values expanded.</summary>
    public static IReadOnlyList<string> ToHeaderLines(IReadOnlyDictionary<string, string> headers, Func<string, string?>? environment = null) =>
        headers.Select(pair => pair.Key + ": " + Expand(pair.Key, pair.Value, environment)).ToList();

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
