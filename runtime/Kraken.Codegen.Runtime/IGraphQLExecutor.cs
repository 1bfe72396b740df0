namespace Kraken.Codegen.Runtime;

/// <summary>
/// Sends one GraphQL operation and returns its result. Generated clients take an executor in their constructor
/// and call only this method, so transport, authentication and retries stay out of generated code.
/// </summary>
public interface IGraphQLExecutor
{
    /// <summary>
    /// Executes <paramref name="operation"/>. GraphQL errors are returned in <see cref="GraphQLResult{TData}.Errors"/>
    /// (beside partial data); failures below GraphQL raise <see cref="GraphQLTransportException"/>.
    /// </summary>
    Task<GraphQLResult<TData>> ExecuteAsync<TData>(IGraphQLOperation<TData> operation, CancellationToken cancellationToken = default);
}
