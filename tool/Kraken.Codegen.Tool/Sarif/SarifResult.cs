using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Tool.Sarif;

/// <summary>A rule (reportingDescriptor) of a SARIF run.</summary>
internal sealed record SarifRule(string Id, string Name, string ShortDescription, string? HelpUri = null);

/// <summary>One SARIF result: rule, level (<c>error</c>, <c>warning</c> or <c>note</c>), message and location if any.</summary>
internal sealed record SarifResult(string RuleId, string Level, string Message, SourceLocation? Location);
