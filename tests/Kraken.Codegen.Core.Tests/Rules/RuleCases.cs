namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>
/// The shape every rule test class follows, so that the differential test can reuse all rule documents:
/// <c>Valid</c> (documents with no diagnostics at all) and <c>Invalid</c> (document, message, line, column).
/// </summary>
internal interface IRuleCases
{
    static abstract TheoryData<string> Valid { get; }

    static abstract TheoryData<string, string, int, int> Invalid { get; }
}
