namespace Kraken.Codegen.Tool.Lsp.Workspace;

/// <summary>Converts between <c>file:</c> URIs (what the editor sends) and full local paths (what the build and diagnostics use).</summary>
internal static class DocumentUris
{
    /// <summary>The full path of a <c>file:</c> URI, or null for any other URI (untitled buffers, remote files).</summary>
    public static string? ToPath(string? uri)
    {
        if (string.IsNullOrEmpty(uri) || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(parsed.LocalPath);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
