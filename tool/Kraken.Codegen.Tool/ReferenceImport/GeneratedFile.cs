namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>A file the importer produces, relative to the output folder, '/'-separated.</summary>
internal sealed record GeneratedFile(string RelativePath, byte[] Content)
{
    public static GeneratedFile FromText(string relativePath, string text) =>
        new(relativePath, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
}
