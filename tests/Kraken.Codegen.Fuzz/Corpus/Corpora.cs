using Kraken.Codegen.TestSupport;

namespace Kraken.Codegen.Fuzz.Corpus;

/// <summary>One schema with the operation files written for it: what the mutations start from.</summary>
/// <param name="Name">A short name, also the folder the generator target gives the files (so it names the client).</param>
/// <param name="SchemaFiles">SDL files, merged into one schema.</param>
/// <param name="OperationFiles">Operations and fragments, in their files as written.</param>
public sealed record CorpusProject(string Name, IReadOnlyList<CorpusFile> SchemaFiles, IReadOnlyList<CorpusFile> OperationFiles)
{
    public string Sdl => string.Join("\n", SchemaFiles.Select(f => f.Text));

    /// <summary>Every operation file followed by the fragment files, so that a document validates on its own.</summary>
    public IEnumerable<string> SelfContainedOperations()
    {
        var fragments = string.Join("\n", OperationFiles.Where(f => IsFragmentFile(f.Path)).Select(f => f.Text));
        return OperationFiles.Where(f => !IsFragmentFile(f.Path)).Select(f => fragments.Length == 0 ? f.Text : f.Text + "\n" + fragments);
    }

    internal static bool IsFragmentFile(string path) => Path.GetFileName(path).Contains("fragment", StringComparison.OrdinalIgnoreCase);
}

public sealed record CorpusFile(string Path, string Text);

/// <summary>
/// The real inputs of the repository (the imported Kraken reference, the samples, the test and benchmark schemas) and,
/// when <c>../shared</c> is beside the repository, its corpora (the UK Kraken schema with its operations, GitHub's
/// schema). Nothing is copied: files are read where they are.
/// </summary>
public sealed class Corpora
{
    private Corpora(IReadOnlyList<CorpusProject> projects, bool hasShared)
    {
        Projects = projects;
        HasShared = hasShared;
    }

    public IReadOnlyList<CorpusProject> Projects { get; }

    /// <summary>Whether ../shared was found (the UK and GitHub corpora are then part of the run).</summary>
    public bool HasShared { get; }

    public CorpusProject Project(string name) => Projects.Single(p => p.Name == name);

    public static Corpora Load()
    {
        var root = RepositoryLayout.Root ?? throw new InvalidOperationException($"{RepositoryLayout.SolutionFileName} not found above {AppContext.BaseDirectory}.");
        var projects = new List<CorpusProject>
        {
            Folder("kraken-oeg", Path.Combine(root, "schema", "kraken-oeg")),
            Folder("kraken-oeg-auth", Path.Combine(root, "schema", "kraken-oeg-auth")),
            Folder("e2e", Path.Combine(root, "tests", "Kraken.Codegen.EndToEnd.Tests", "GraphQL", "E2E")),
            Folder("meters", Path.Combine(root, "samples", "Kraken.AotSample", "GraphQL", "Meters")),
            Folder("bench", Path.Combine(root, "bench", "Kraken.Codegen.Benchmarks.Runtime", "GraphQL", "Bench")),
            new("dogcat", [Read(Path.Combine(root, "tests", "Kraken.Codegen.Core.Tests", "Resources", "DogCat.graphql"))], []),
        };

        var shared = RepositoryLayout.SharedFolder;
        var uk = shared is null ? null : Path.Combine(shared, "corpora", "kraken-uk");
        if (uk is not null && Directory.Exists(uk))
        {
            projects.Add(new CorpusProject(
                "kraken-uk",
                [Read(Path.Combine(uk, "schema.graphql")), Read(Path.Combine(uk, "client-directives.graphql"))],
                Directory.GetFiles(Path.Combine(uk, "operations"), "*.graphql").Order(StringComparer.Ordinal).Select(Read).ToList()));
        }

        var github = shared is null ? null : Path.Combine(shared, "corpora", "github", "schema.graphql");
        if (github is not null && File.Exists(github))
        {
            projects.Add(new CorpusProject("github", [Read(github)], []));
        }

        return new Corpora(projects, shared is not null);
    }

    /// <summary>A schema folder: its .graphqls files are the schema, every .graphql below it holds operations.</summary>
    private static CorpusProject Folder(string name, string folder) => new(
        name,
        Directory.GetFiles(folder, "*.graphqls").Order(StringComparer.Ordinal).Select(Read).ToList(),
        Directory.GetFiles(folder, "*.graphql", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(Read).ToList());

    private static CorpusFile Read(string path) => new(path, File.ReadAllText(path));
}
