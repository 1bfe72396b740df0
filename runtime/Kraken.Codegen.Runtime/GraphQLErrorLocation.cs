namespace Kraken.Codegen.Runtime;

/// <summary>A position in the operation document that an error refers to (both 1-based).</summary>
public readonly record struct GraphQLErrorLocation(int Line, int Column);
