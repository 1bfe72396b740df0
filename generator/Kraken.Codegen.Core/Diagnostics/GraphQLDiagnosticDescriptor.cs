namespace Kraken.Codegen.Core.Diagnostics;

/// <summary>The fixed facts about one diagnostic ID. The catalogue is <see cref="DiagnosticDescriptors"/>.</summary>
public sealed class GraphQLDiagnosticDescriptor
{
    internal GraphQLDiagnosticDescriptor(string id, string title, string category, GraphQLDiagnosticSeverity defaultSeverity, string? specSection = null)
    {
        Id = id;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        SpecSection = specSection;
    }

    /// <summary>Stable ID such as <c>KGQL0206</c>; never reused once retired.</summary>
    public string Id { get; }

    public string Title { get; }

    /// <summary>Stable category, so users can set severities per category in <c>.editorconfig</c>.</summary>
    public string Category { get; }

    public GraphQLDiagnosticSeverity DefaultSeverity { get; }

    /// <summary>The section of the GraphQL specification the rule comes from, when it comes from one.</summary>
    public string? SpecSection { get; }

    public string HelpLink => DiagnosticDescriptors.HelpLinkBase + Id.ToLowerInvariant();

    public GraphQLDiagnostic Create(Text.SourceLocation? location, string message) =>
        new(Id, DefaultSeverity, message, location);

    public GraphQLDiagnostic Create(Text.SourceLocation? location, GraphQLDiagnosticSeverity severity, string message) =>
        new(Id, severity, message, location);

    public override string ToString() => Id + ": " + Title;
}
