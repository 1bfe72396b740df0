using System.Text.RegularExpressions;
using Kraken.Codegen.Core.Documents;

namespace Kraken.Codegen.Tool.Loading;

/// <summary>
/// Resolves <c>--operations</c> arguments: a file, a folder (every <c>*.graphql</c> below it), or a glob with
/// <c>*</c> (within a folder), <c>**</c> (any depth) and <c>?</c>, relative to the current folder. Files are read once,
/// in sorted order; a pattern that matches nothing is an input problem.
/// </summary>
internal static class OperationFiles
{
    public static ExecutableDocumentSet Load(IReadOnlyList<string> patterns)
    {
        if (patterns.Count == 0)
        {
            throw new InputException("no operation files given (--operations).");
        }

        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            var matches = Resolve(pattern);
            if (matches.Count == 0)
            {
                throw new InputException($"'{pattern}' matches no operation file.");
            }

            paths.UnionWith(matches);
        }

        return new ExecutableDocumentSet(paths.Select(path => ExecutableDocument.Parse(path, TextFiles.Read(path, "operation file"))));
    }

    /// <summary>
    /// Loads operation files for a command that analyses them rather than validating them (drift, deprecations): a file
    /// that cannot be parsed would silently drop out of the analysis, so it is an input problem.
    /// </summary>
    public static ExecutableDocumentSet LoadParsed(IReadOnlyList<string> patterns)
    {
        var documents = Load(patterns);
        var errors = documents.Documents.SelectMany(d => d.Diagnostics).Where(d => d.IsError).ToList();
        return errors.Count == 0 ? documents : throw InputException.Listing("the operation files have {0:N0} syntax errors", errors);
    }

    public static IReadOnlyList<string> Resolve(string pattern)
    {
        if (File.Exists(pattern))
        {
            return new[] { pattern };
        }

        if (Directory.Exists(pattern))
        {
            return Directory.EnumerateFiles(pattern, "*.graphql", SearchOption.AllDirectories).Select(Display).ToList();
        }

        var wildcard = pattern.IndexOfAny(['*', '?']);
        if (wildcard < 0)
        {
            return Array.Empty<string>();
        }

        // The folder part before the first wildcard is the root of the search.
        var normalized = pattern.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/', wildcard);
        var root = slash < 0 ? "." : normalized.Substring(0, slash == 0 ? 1 : slash);
        var rest = normalized.Substring(slash + 1);
        if (!Directory.Exists(root))
        {
            return Array.Empty<string>();
        }

        var regex = new Regex("^" + GlobToRegex(rest) + "$", RegexOptions.CultureInvariant);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(file => regex.IsMatch(Path.GetRelativePath(root, file).Replace('\\', '/')))
            .Select(Display)
            .ToList();
    }

    /// <summary>The regular expression of a glob relative to a folder (<c>/</c> separators): <c>**/</c> any folders, <c>*</c> and <c>?</c> within one name.</summary>
    internal static string GlobToRegex(string glob)
    {
        var regex = new System.Text.StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches zero or more folders; a trailing "**" matches anything.
                var slashFollows = i + 2 < glob.Length && glob[i + 2] == '/';
                regex.Append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return regex.ToString();
    }

    /// <summary>Paths under the current folder print relative to it, the way the user typed them.</summary>
    private static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
