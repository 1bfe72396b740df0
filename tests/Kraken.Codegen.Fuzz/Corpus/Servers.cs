using System.Security.Cryptography;
using System.Text;
using Kraken.Codegen.Testing;
using Kraken.Codegen.Tool.Introspection;

namespace Kraken.Codegen.Fuzz.Corpus;

/// <summary>
/// What the corpus needs from a real server: introspection results of each schema, fetched from the mock server with
/// the introspect command's own client, and answers to operations. Results are kept in the temp folder by content
/// hash, because every worker process needs them.
/// </summary>
public static class Servers
{
    public static async Task<string?> IntrospectAsync(CorpusProject project)
    {
        var cache = CachePath("introspection", project.Sdl);
        if (File.Exists(cache))
        {
            return await File.ReadAllTextAsync(cache);
        }

        try
        {
            await using var server = await MockGraphQLServer.StartAsync(project.Sdl);
            var json = await IntrospectionClient.FetchAsync(server.Endpoint, [], TimeSpan.FromMinutes(2), CancellationToken.None);
            Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
            var temporary = cache + "." + Environment.ProcessId + ".tmp";
            await File.WriteAllTextAsync(temporary, json);
            File.Move(temporary, cache, overwrite: true);
            return json;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A schema GraphQL.NET cannot serve (none in the corpus today) only has no introspection variant.
            Console.Error.WriteLine($"No introspection result for {project.Name}: {exception.GetType().Name}: {exception.Message.Split('\n')[0]}");
            return null;
        }
    }

    /// <summary>A file in the temp folder named after a hash of what it was made from.</summary>
    public static string CachePath(string kind, string content) =>
        Path.Combine(Path.GetTempPath(), "kraken-codegen-fuzz", "corpus", kind + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..16] + ".json");
}
