using GraphQLParser.AST;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Core.Validation;

/// <summary>
/// A place where a variable is used: the variable node, the input type expected at that position (null when the
/// position is unknown, for example an unknown argument), and whether the position has a default value of its own.
/// </summary>
public sealed record VariableUsage(GraphQLVariable Node, TypeReference? ExpectedType, bool LocationHasDefaultValue, bool IsInsideOneOfField)
{
    public string Name => Node.Name.StringValue;
}
