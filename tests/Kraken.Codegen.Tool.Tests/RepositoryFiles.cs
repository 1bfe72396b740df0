using Kraken.Codegen.Tool.ReferenceImport;

namespace Kraken.Codegen.Tool.Tests;

/// <summary>Finds the repository root, the shared reference and the committed schema output.</summary>
internal static class RepositoryFiles
{
    private const string SeedFileName = "000_b5c6b644478fdfc4.txt";

    public static string? RepositoryRoot => Kraken.Codegen.TestSupport.RepositoryLayout.Root;

    /// <summary>The user's reference in ../shared/seeds, when this checkout has ../shared.</summary>
    public static string? SharedReferencePath =>
        RepositoryRoot is null ? null : Existing(Path.Combine(RepositoryRoot, "..", "shared", "seeds", SeedFileName));

    /// <summary>The committed copy under schema/kraken-oeg.</summary>
    public static string? CommittedReferencePath =>
        RepositoryRoot is null ? null : Existing(Path.Combine(CommittedSchemaRoot!, ReferenceEndpoints.FolderName(ReferenceEndpoint.Api), ReferenceImporter.ReferenceFileName));

    public static string? CommittedSchemaRoot => RepositoryRoot is null ? null : Path.Combine(RepositoryRoot, "schema");

    /// <summary>The reference from ../shared when present, else the committed copy; skips the test when neither exists.</summary>
    public static byte[] ReadReference()
    {
        var path = SharedReferencePath ?? CommittedReferencePath;
        Skip.If(path is null, "Neither ../shared/seeds/" + SeedFileName + " nor schema/kraken-oeg/reference.txt is present; the importer tests need the Kraken query reference.");
        return File.ReadAllBytes(path!);
    }

    public static string ReadReferenceText() => System.Text.Encoding.UTF8.GetString(ReadReference());


    private static string? Existing(string path) => File.Exists(path) ? Path.GetFullPath(path) : null;
}
