namespace Kraken.Codegen.Core.Projects;

/// <summary>
/// A user's mapping of a custom scalar to a CLR type (a <c>KrakenCodegenScalar</c> item). <see cref="Converter"/> names a
/// static class with <c>static T Read(ref Utf8JsonReader reader)</c> and <c>static void Write(Utf8JsonWriter writer, T value)</c>.
/// </summary>
public sealed record ScalarMapping(string GraphQLName, string ClrType, string Converter, bool IsValueType);
