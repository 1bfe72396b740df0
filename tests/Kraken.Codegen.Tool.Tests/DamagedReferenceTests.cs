using Kraken.Codegen.Tool.ReferenceImport;

namespace Kraken.Codegen.Tool.Tests;

public sealed class DamagedReferenceTests
{
    [SkippableFact]
    public void A_lost_heading_a_missing_type_line_and_a_cut_off_response_give_warnings_naming_the_entries()
    {
        var lines = RepositoryFiles.ReadReferenceText().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();

        // Damage three entries the way the reference is damaged elsewhere (the last one removed
        // is the latest in the document, so its line number is the one the warning must give).
        var eligibility = IndexOf(lines, "accountIoEligibility");
        var eligibilityEnd = IndexOf(lines, "accountReference", from: eligibility);
        lines.RemoveRange(eligibilityEnd - 3, 3); // the closing brackets of its example response
        lines.RemoveAt(IndexOf(lines, "Type:[ChargeReasonType]"));
        var viewerHeading = IndexOf(lines, "viewer", next: "Type:AccountUserType");
        lines.RemoveAt(viewerHeading);
        var damaged = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines));

        var result = ReferenceImporter.Import(damaged);

        var warnings = result.Warnings.Select(warning => warning.ToString()).ToList();
        Assert.Contains(warnings, warning => warning.Contains("entry 'viewer'", StringComparison.Ordinal) && warning.Contains("heading lost", StringComparison.Ordinal) && warning.Contains($"line {viewerHeading + 1}", StringComparison.Ordinal));
        Assert.Contains(warnings, warning => warning.Contains("entry 'accountChargeReasons'", StringComparison.Ordinal) && warning.Contains("no Type: line", StringComparison.Ordinal));
        Assert.Contains(warnings, warning => warning.Contains("entry 'accountIoEligibility'", StringComparison.Ordinal) && warning.Contains("cut off", StringComparison.Ordinal));

        // The damaged entries are still imported.
        var api = ImportCountsTests.Schema(result, ReferenceEndpoint.Api);
        Assert.NotNull(api.Schema.Query.FindField("viewer"));
        Assert.NotNull(api.Schema.Query.FindField("accountChargeReasons"));
        Assert.Equal("AccountIoEligibility", api.Schema.Query.FindField("accountIoEligibility")?.Type.ToString());
        Assert.Contains(api.Schema.Types["AccountIoEligibility"].Fields, field => field.Name == "isEligibleForIo" && field.Type.ToString() == "Boolean");

        // And the warnings reach provenance.md.
        var provenance = ImportCountsTests.File(result, "kraken-oeg/provenance.md");
        Assert.Contains("`accountIoEligibility`: example response is cut off", provenance, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_reference_cut_in_the_middle_of_an_operation_imports_what_precedes_the_cut()
    {
        var text = RepositoryFiles.ReadReferenceText();
        var cut = text.IndexOf("query Viewer {", StringComparison.Ordinal);
        Skip.If(cut < 0, "the reference has no Viewer operation to cut");
        var truncated = System.Text.Encoding.UTF8.GetBytes(text[..(cut + "query Viewer {\nviewer {\nid".Length)]);

        var result = ReferenceImporter.Import(truncated);

        Assert.Contains(result.Warnings, warning => warning.Entry == "viewer");
        var api = ImportCountsTests.Schema(result, ReferenceEndpoint.Api);
        Assert.NotNull(api.Schema.Query.FindField("vehicleChargingPreferences"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a reference at all")]
    [InlineData("API Site\nQuery\nquery {")]
    [InlineData("API Site\naccount\nType:[[\nURL:nowhere\nResponse\n{\"data\": {\"account\": [1, {\"a\": }]}}")]
    public void Garbage_gives_warnings_not_exceptions(string text)
    {
        var result = ReferenceImporter.Import(System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Contains(result.Files, file => file.RelativePath == "kraken-oeg/reference.txt");
        Assert.NotEmpty(result.Warnings);
    }

    private static int IndexOf(List<string> lines, string line, string? next = null, int from = 0)
    {
        for (var index = from; index < lines.Count - 1; index++)
        {
            if (lines[index] == line && (next is null || lines[index + 1] == next))
            {
                return index;
            }
        }

        throw new InvalidOperationException($"line '{line}' not found in the reference");
    }
}
