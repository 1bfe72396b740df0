using System.Text.RegularExpressions;
using Kraken.Codegen.Tool.Loading;

namespace Kraken.Codegen.Tool.Lsp.Workspace;

/// <summary>
/// Expands MSBuild item specs and graphql-config globs (<c>..\..\schema\**\*.graphql</c>, <c>src/**/*.graphql</c>) to full
/// paths, with the same glob syntax as the CLI's <c>--operations</c>.
/// </summary>
internal static class FileGlob
{
    public static bool HasWildcard(string pattern) => pattern.IndexOfAny(['*', '?']) >= 0;

    /// <summary>
    /// The files matching <paramref name="pattern"/> relative to <paramref name="baseDirectory"/>, sorted. Folders for which
    /// <paramref name="skipFolder"/> (given a path relative to the search root, with <c>/</c>) says so are not entered.
    /// </summary>
    public static IReadOnlyList<string> Expand(string baseDirectory, string pattern, Func<string, bool>? skipFolder = null)
    {
        var normalized = pattern.Trim().Replace('\\', '/');
        if (normalized.Length == 0)
        {
            return Array.Empty<string>();
        }

        var wildcard = normalized.IndexOfAny(['*', '?']);
        if (wildcard < 0)
        {
            var single = Path.GetFullPath(Path.Combine(baseDirectory, normalized));
            return File.Exists(single) ? new[] { single } : Array.Empty<string>();
        }

        var slash = normalized.LastIndexOf('/', wildcard);
        var root = Path.GetFullPath(Path.Combine(baseDirectory, slash < 0 ? "." : normalized.Substring(0, slash == 0 ? 1 : slash)));
        if (!Directory.Exists(root))
        {
            return Array.Empty<string>();
        }

        var regex = new Regex("^" + OperationFiles.GlobToRegex(normalized.Substring(slash + 1)) + "$", RegexOptions.CultureInvariant);
        var result = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            try
            {
                foreach (var file in Directory.EnumerateFiles(folder))
                {
                    if (regex.IsMatch(Relative(root, file)))
                    {
                        result.Add(file);
                    }
                }

                foreach (var child in Directory.EnumerateDirectories(folder))
                {
                    if (skipFolder is null || !skipFolder(Relative(root, child)))
                    {
                        pending.Push(child);
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // An unreadable folder holds nothing the build could read either.
            }
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }

    /// <summary>True when <paramref name="path"/> (full) matches <paramref name="pattern"/> relative to <paramref name="baseDirectory"/>.</summary>
    public static bool Matches(string baseDirectory, string pattern, string path)
    {
        var full = Path.GetFullPath(Path.Combine(baseDirectory, pattern.Trim().Replace('\\', '/')));
        if (!HasWildcard(pattern))
        {
            return string.Equals(full, path, StringComparison.Ordinal);
        }

        var relative = Path.GetRelativePath(baseDirectory, path).Replace('\\', '/');
        return Regex.IsMatch(relative, "^" + OperationFiles.GlobToRegex(NormalizeRelative(pattern)) + "$", RegexOptions.CultureInvariant);
    }

    private static string NormalizeRelative(string pattern)
    {
        var normalized = pattern.Trim().Replace('\\', '/');
        return normalized.StartsWith("./", StringComparison.Ordinal) ? normalized.Substring(2) : normalized;
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
