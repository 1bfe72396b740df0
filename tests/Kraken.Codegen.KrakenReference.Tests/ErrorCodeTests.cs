using System.Reflection;
using System.Text.Json;
using Kraken.Codegen.KrakenReference.Tests.KrakenOeg;
using Kraken.Codegen.KrakenReference.Tests.KrakenOegAuth;

namespace Kraken.Codegen.KrakenReference.Tests;

/// <summary>
/// The generated error-code surface against the reference: per operation, <c>&lt;Op&gt;Query.PossibleErrorCodes</c>
/// equals the codes its entry lists (in <c>errors.json</c> and in the raw text); the generated
/// <c>KrakenOegErrorCodes</c>/<c>KrakenOegAuthErrorCodes</c> hold every documented code with its text.
/// </summary>
public sealed class ErrorCodeTests
{
    private static readonly Assembly Generated = typeof(KrakenOegClient).Assembly;

    public static TheoryData<string> Operations() => EveryOperationTests.Operations();

    [Theory]
    [MemberData(nameof(Operations))]
    public void PossibleErrorCodes_equal_the_reference(string id)
    {
        var operation = ReferenceText.Find(id);
        var fromText = operation.Errors.Select(error => error.Code).ToList();
        var fromCatalogue = Catalogue(operation.Folder).GetProperty("operations").GetProperty(operation.Name).GetProperty("errors")
            .EnumerateArray().Select(code => code.GetString()!).ToList();
        Assert.Equal(fromText, fromCatalogue);

        var queryType = Generated.GetType($"{Namespace(operation.Folder)}.{operation.Name}Query", throwOnError: true)!;
        var generated = (IReadOnlyList<string>)queryType.GetProperty("PossibleErrorCodes", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Assert.Equal(fromText, generated);
    }

    [Fact]
    public void The_error_code_classes_hold_every_documented_code_with_its_text()
    {
        var documented = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var operation in ReferenceText.Operations)
        {
            foreach (var (code, text) in operation.Errors)
            {
                documented.TryAdd(code, text);
                Assert.Equal(documented[code], text);
            }
        }

        Assert.Equal(50, documented.Count);
        var generated = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { ReferenceText.ApiFolder, ReferenceText.AuthFolder })
        {
            var catalogue = Catalogue(folder).GetProperty("errors").EnumerateObject().ToDictionary(error => error.Name, error => error.Value.GetString()!);
            var codes = ErrorCodes(folder);
            Assert.Equal(catalogue.Keys.Order(StringComparer.Ordinal), codes.Keys.Order(StringComparer.Ordinal));
            foreach (var (code, text) in catalogue)
            {
                Assert.Equal(text, codes[code]);
                generated[code] = codes[code];
            }
        }

        Assert.Equal(documented.Keys.Order(StringComparer.Ordinal), generated.Keys.Order(StringComparer.Ordinal));
        foreach (var (code, text) in documented)
        {
            Assert.Equal(text, generated[code]);
        }

        // Spot checks through the typed members, not reflection.
        Assert.Equal("KT-CT-4177", KrakenOegErrorCodes.KT_CT_4177);
        Assert.Equal("Unauthorized.", KrakenOegErrorCodes.GetDescription(KrakenOegErrorCodes.KT_CT_4177));
        Assert.Null(KrakenOegErrorCodes.GetDescription("KT-CT-0000"));
        Assert.Empty(KrakenOegAuthErrorCodes.Descriptions);
    }

    /// <summary>Code → text through the generated constants and <c>GetDescription</c>.</summary>
    private static Dictionary<string, string> ErrorCodes(string folder)
    {
        var type = Generated.GetType($"{Namespace(folder)}.{(folder == ReferenceText.ApiFolder ? "KrakenOegErrorCodes" : "KrakenOegAuthErrorCodes")}", throwOnError: true)!;
        var getDescription = type.GetMethod("GetDescription", BindingFlags.Public | BindingFlags.Static)!;
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var constant in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.IsLiteral))
        {
            var code = (string)constant.GetRawConstantValue()!;
            Assert.Equal(code.Replace('-', '_'), constant.Name);
            codes[code] = (string)getDescription.Invoke(null, [code])!;
        }

        return codes;
    }

    private static string Namespace(string folder) =>
        folder == ReferenceText.ApiFolder ? typeof(KrakenOegClient).Namespace! : typeof(KrakenOegAuthClient).Namespace!;

    private static JsonElement Catalogue(string folder)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(TestFiles.ErrorsPath(folder)));
        return document.RootElement.Clone();
    }
}
