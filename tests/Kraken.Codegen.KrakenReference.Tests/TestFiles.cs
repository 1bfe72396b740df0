namespace Kraken.Codegen.KrakenReference.Tests;

/// <summary>The files copied beside the test assembly from schema/ (see the project file).</summary>
internal static class TestFiles
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "reference");

    public static string ReferencePath => Path.Combine(Root, ReferenceText.ApiFolder, "reference.txt");

    public static string SchemaPath(string folder) => Path.Combine(Root, folder, "schema.graphqls");

    public static string ExamplesPath(string folder) => Path.Combine(Root, folder, "examples.json");

    public static string ErrorsPath(string folder) => Path.Combine(Root, folder, "errors.json");
}
