using Kraken.Codegen.Generator.Common;

namespace Kraken.Codegen.Generator.Model;

/// <summary>Project-wide settings read from MSBuild properties (see buildTransitive/Kraken.Codegen.props).</summary>
public sealed record GeneratorSettings(
    string Namespace,
    string? ClientName,
    DateTime? AsOfDate,
    EquatableArray<ScalarMapping> ScalarMappings,
    EquatableArray<string> ConfigurationErrors,
    bool ReportUnusedFragments = true);
