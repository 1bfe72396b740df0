namespace Kraken.Codegen.Runtime.Internal;

/// <summary>Lets the retry policy look at the errors of a <see cref="GraphQLResult{TData}"/> of any data type.</summary>
internal interface IGraphQLResultErrors
{
    IReadOnlyList<GraphQLError> Errors { get; }
}
