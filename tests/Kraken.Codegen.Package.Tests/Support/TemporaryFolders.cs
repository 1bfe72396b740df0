namespace Kraken.Codegen.Package.Tests.Support;

internal static class TemporaryFolders
{
    /// <summary>A new folder under the system's temporary folder, never inside the repository.</summary>
    public static string Create(string prefix) => Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>Deletes a folder and everything in it; a folder that cannot be deleted is left for the next run.</summary>
    public static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
