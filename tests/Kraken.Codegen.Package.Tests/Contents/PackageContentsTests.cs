using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Kraken.Codegen.Package.Tests.Support;

namespace Kraken.Codegen.Package.Tests.Contents;

/// <summary>
/// What each package holds: its files (analyzer folder, buildTransitive, lib, tools), its dependencies and the
/// metadata a user sees, approved under <c>snapshots/packages/</c>, so a missing or extra assembly is a visible diff.
/// After an intended change: <c>KRAKEN_CODEGEN_APPROVE=1 dotnet test tests/Kraken.Codegen.Package.Tests --filter FullyQualifiedName~PackageContentsTests</c>.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentsTests
{
    private readonly PackageFeed _feed;

    public PackageContentsTests(PackageTestBed bed) => _feed = bed.Feed;

    public static TheoryData<string> Packages => new(PackageFeed.PackageIds);

    [Theory]
    [MemberData(nameof(Packages))]
    public void Package_files_and_dependencies_are_approved(string id) =>
        Snapshot.Verify("packages", id, Describe(id));

    [Fact]
    public void The_feed_holds_exactly_the_shipped_packages_and_their_symbols()
    {
        var files = Directory.GetFiles(_feed.FeedDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var expected = PackageFeed.PackageIds
            .SelectMany(id => id == "Kraken.Codegen" ? new[] { $"{id}.{_feed.Version}.nupkg" } : [$"{id}.{_feed.Version}.nupkg", $"{id}.{_feed.Version}.snupkg"])
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected, files);
    }

    [Fact]
    public void The_precompiled_folder_holds_the_analyzer_assemblies_with_the_generators_own_compiled_ahead_of_time()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath("Kraken.Codegen"));
        var portable = package.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)).ToDictionary(e => e.Name, StringComparer.Ordinal);
        var precompiled = package.Entries.Where(e => e.FullName.StartsWith("precompiled/linux-x64/", StringComparison.Ordinal)).ToDictionary(e => e.Name, StringComparer.Ordinal);
        Assert.Equal(portable.Keys.Order(StringComparer.Ordinal), precompiled.Keys.Order(StringComparer.Ordinal));

        string[] compiled = ["GraphQLParser.dll", "Kraken.Codegen.Core.dll", "Kraken.Codegen.Generator.dll", "Scriban.Signed.dll"];
        foreach (var (name, image) in precompiled)
        {
            var twin = portable[name];
            if (!compiled.Contains(name))
            {
                // The host's own assemblies on .NET 10 (System.Text.Json's closure): shipped as they are.
                Assert.True(ReadAll(image).ToArray().AsSpan().SequenceEqual(ReadAll(twin).ToArray()), $"{image.FullName} differs from {twin.FullName}");
                continue;
            }

            using var native = new PEReader(ReadAll(image));
            using var il = new PEReader(ReadAll(twin));
            Assert.True(IsReadyToRun(native), $"{image.FullName} has no ReadyToRun code");
            Assert.False(IsReadyToRun(il), $"{twin.FullName} is not the portable assembly");
            // The same assembly, compiled: identity and module version id (the build it was compiled from) match.
            var nativeMetadata = native.GetMetadataReader();
            var ilMetadata = il.GetMetadataReader();
            Assert.Equal(ilMetadata.GetAssemblyDefinition().GetAssemblyName().FullName, nativeMetadata.GetAssemblyDefinition().GetAssemblyName().FullName);
            Assert.Equal(ilMetadata.GetGuid(ilMetadata.GetModuleDefinition().Mvid), nativeMetadata.GetGuid(nativeMetadata.GetModuleDefinition().Mvid));
        }

        static bool IsReadyToRun(PEReader pe) =>
            pe.PEHeaders.CorHeader is { } header && header.ManagedNativeHeaderDirectory.Size > 0 && (header.Flags & CorFlags.ILLibrary) != 0;
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Package_metadata_is_complete(string id)
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath(id));
        var metadata = Nuspec(package).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal(id, Value("id"));
        Assert.Equal(_feed.Version, Value("version"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.False(string.IsNullOrWhiteSpace(Value("authors")));
        Assert.Equal("MIT", Value("license"));
        Assert.StartsWith("https://", Value("projectUrl"), StringComparison.Ordinal);
        Assert.Equal("README.md", Value("readme"));
        var readme = new StreamReader(package.GetEntry("README.md")!.Open()).ReadToEnd();
        Assert.StartsWith("# " + id, readme, StringComparison.Ordinal);
        // The commit the package was built from (source control information of the SDK).
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? string.Empty);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Libraries_carry_xml_documentation(string id)
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath(id));
        foreach (var library in package.Entries.Where(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            Assert.NotNull(package.GetEntry(Path.ChangeExtension(library.FullName, ".xml")));
        }
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Our_assemblies_and_their_symbols_record_only_repository_relative_paths(string id)
    {
        // ContinuousIntegrationBuild maps the repository root to /_/: the bits do not depend on where they were built.
        var checkedAssemblies = 0;
        using var package = ZipFile.OpenRead(_feed.PackagePath(id));
        using var symbols = File.Exists(_feed.PackagePath(id, "snupkg")) ? ZipFile.OpenRead(_feed.PackagePath(id, "snupkg")) : null;
        // The precompiled images are compiled from the portable assemblies (same module version id, see the test above):
        // what those record is what the images record.
        foreach (var entry in package.Entries.Where(e => Regex.IsMatch(e.Name, @"^Kraken\.Codegen(\.[A-Za-z]+)*\.dll$") && !e.FullName.StartsWith("precompiled/", StringComparison.Ordinal)))
        {
            using var pe = new PEReader(ReadAll(entry));
            var codeView = pe.ReadDebugDirectory().Single(d => d.Type == DebugDirectoryEntryType.CodeView);
            var pdbPath = pe.ReadCodeViewDebugDirectoryData(codeView).Path;
            // A separate PDB is named by its mapped path; an embedded one by its bare file name.
            Assert.True(pdbPath.StartsWith("/_/", StringComparison.Ordinal) || pdbPath == Path.GetFileName(pdbPath), $"{entry.FullName} names its PDB as {pdbPath}");

            var embedded = pe.ReadDebugDirectory().Where(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb).ToArray();
            using var pdbProvider = embedded.Length > 0
                ? pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded[0])
                : MetadataReaderProvider.FromPortablePdbStream(FindPdb(package, symbols, entry));
            var pdb = pdbProvider.GetMetadataReader();
            var documents = pdb.Documents.Select(d => pdb.GetString(pdb.GetDocument(d).Name)).ToArray();
            Assert.NotEmpty(documents);
            Assert.All(documents, path => Assert.StartsWith("/_/", path, StringComparison.Ordinal));
            checkedAssemblies++;
        }

        Assert.True(checkedAssemblies > 0, $"{id} holds none of our assemblies");
    }

    private string Describe(string id)
    {
        var text = new StringBuilder();
        using (var package = ZipFile.OpenRead(_feed.PackagePath(id)))
        {
            var metadata = Nuspec(package).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            text.AppendLine($"{id} {{version}}");
            foreach (var name in new[] { "license", "readme", "developmentDependency", "packageTypes", "tags" })
            {
                var element = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);
                if (element is not null)
                {
                    var value = element.HasElements
                        ? string.Join(", ", element.Elements().Select(e => (string?)e.Attribute("name") ?? e.Name.LocalName))
                        : element.Value;
                    text.AppendLine($"{name}: {value}");
                }
            }

            text.AppendLine();
            text.AppendLine("files:");
            foreach (var file in package.Entries.Select(e => e.FullName).Where(IsContent).Order(StringComparer.Ordinal))
            {
                text.AppendLine("  " + file);
            }

            text.AppendLine();
            text.AppendLine("dependencies:");
            var dependencies = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies");
            foreach (var group in dependencies?.Elements() ?? [])
            {
                text.AppendLine($"  {(string?)group.Attribute("targetFramework") ?? "(any)"}");
                foreach (var dependency in group.Elements())
                {
                    var exclude = (string?)dependency.Attribute("exclude");
                    text.AppendLine($"    {dependency.Attribute("id")!.Value} {dependency.Attribute("version")!.Value}{(exclude is null ? string.Empty : " exclude=" + exclude)}");
                }
            }

            foreach (var group in metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "frameworkReferences")?.Elements() ?? [])
            {
                text.AppendLine($"  framework references, {(string?)group.Attribute("targetFramework")}: {string.Join(", ", group.Elements().Select(e => e.Attribute("name")!.Value))}");
            }
        }

        var symbolsPath = _feed.PackagePath(id, "snupkg");
        if (File.Exists(symbolsPath))
        {
            using var symbols = ZipFile.OpenRead(symbolsPath);
            text.AppendLine();
            text.AppendLine("symbols (snupkg):");
            foreach (var file in symbols.Entries.Select(e => e.FullName).Where(IsContent).Where(f => f.EndsWith(".pdb", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                text.AppendLine("  " + file);
            }
        }

        return text.ToString().Replace(_feed.Version, "{version}", StringComparison.Ordinal);
    }

    /// <summary>Everything but NuGet's own bookkeeping entries.</summary>
    private static bool IsContent(string path) =>
        path != "[Content_Types].xml" && !path.StartsWith("_rels/", StringComparison.Ordinal) && !path.StartsWith("package/", StringComparison.Ordinal);

    private static XDocument Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => !e.FullName.Contains('/') && e.Name.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    /// <summary>
    /// The PDB of an assembly: beside it, in the package's symbols package, or (for the core's copy in the analyzer
    /// folder of Kraken.Codegen, the same build as the core package's) in the symbols package of the package whose lib
    /// folder holds the same assembly.
    /// </summary>
    private MemoryStream FindPdb(ZipArchive package, ZipArchive? symbols, ZipArchiveEntry assembly)
    {
        var pdbName = Path.ChangeExtension(assembly.FullName, ".pdb");
        var found = package.GetEntry(pdbName) ?? symbols?.GetEntry(pdbName);
        if (found is not null)
        {
            return ReadAll(found);
        }

        var bytes = ReadAll(assembly).ToArray();
        foreach (var id in PackageFeed.PackageIds.Where(id => File.Exists(_feed.PackagePath(id, "snupkg"))))
        {
            using var other = ZipFile.OpenRead(_feed.PackagePath(id));
            var twin = other.Entries.FirstOrDefault(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.Name == assembly.Name && ReadAll(e).ToArray().AsSpan().SequenceEqual(bytes));
            if (twin is not null)
            {
                using var otherSymbols = ZipFile.OpenRead(_feed.PackagePath(id, "snupkg"));
                var pdb = otherSymbols.GetEntry(Path.ChangeExtension(twin.FullName, ".pdb"))
                    ?? throw new InvalidOperationException($"{id}.snupkg has no PDB for {twin.FullName}.");
                return ReadAll(pdb);
            }
        }

        throw new InvalidOperationException($"No PDB for {assembly.FullName}: neither embedded, beside it, in the symbols package, nor in the symbols package of an identical library.");
    }

    private static MemoryStream ReadAll(ZipArchiveEntry entry)
    {
        var memory = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(memory);
        }

        memory.Position = 0;
        return memory;
    }
}
