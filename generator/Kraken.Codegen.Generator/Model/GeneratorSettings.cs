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

/// <summary>
/// A user's mapping of a custom scalar to a CLR type. <see cref="Converter"/> names a static class with
/// <c>static T Read(ref Utf8JsonReader reader)</c> and <c>static void Write(Utf8JsonWriter writer, T value)</c>.
/// </summary>
public sealed record ScalarMapping(string GraphQLName, string ClrType, string Converter, bool IsValueType);

/// <summary>What a .graphql, .graphqls or introspection .json file is to the generator.</summary>
public enum GraphQLFileKind
{
    Operations,
    SchemaSdl,
    SchemaIntrospection,
}

/// <summary>One additional file of the project that the generator reads, with its per-file settings.</summary>
public sealed record GraphQLFileInput(
    string Path,
    GraphQLFileKind Kind,
    string Text,
    string GroupDirectory,
    string? ClientName,
    string? Namespace);
