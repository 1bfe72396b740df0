using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using Kraken.Codegen.Runtime.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace Kraken.Codegen.Runtime;

/// <summary>
/// Executes GraphQL operations over HTTP against a Kraken endpoint: writes the request with <see cref="Utf8JsonWriter"/>,
/// adds the Kraken token, buffers the response in pooled memory, reads <c>data</c> through the generated reader,
/// renews an expired token once, and retries rate limits and transient failures.
/// </summary>
public sealed class KrakenGraphQLExecutor : IGraphQLExecutor
{
    private const string AcceptHeaderValue = "application/graphql-response+json, application/json;q=0.9";
    private const string PersistedQueryNotFoundMessage = "PersistedQueryNotFound";
    private const string PersistedQueryNotFoundCode = "PERSISTED_QUERY_NOT_FOUND";

    // Bytes decoded for an excerpt: enough for MaxExcerptLength characters after secrets are removed.
    private const int ExcerptSourceBytes = 4096;

    private readonly HttpClient _httpClient;
    private readonly Uri _endpoint;
    private readonly IKrakenTokenProvider? _tokenProvider;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly bool _usePersistedQueries;
    private readonly int _maxResponseBytes;
    private readonly SecretRedactor _redactor;
    private readonly Func<string, string> _redact;
    private readonly ResiliencePipeline _retryPipeline;
    private readonly SchemaDriftLog _schemaDriftLog;

    /// <param name="httpClient">A long-lived client (for example from <c>IHttpClientFactory</c>); never disposed here.</param>
    /// <param name="tokenProvider">
    /// Supplies the <c>Authorization</c> header; null sends none. The runtime's own token provider also shares the
    /// secrets it knows (credentials, issued tokens), so that this executor's messages hide them too.
    /// </param>
    public KrakenGraphQLExecutor(
        HttpClient httpClient,
        KrakenClientOptions options,
        IKrakenTokenProvider? tokenProvider = null,
        ILogger<KrakenGraphQLExecutor>? logger = null,
        TimeProvider? timeProvider = null)
        : this(
            httpClient,
            options?.Endpoint ?? throw new ArgumentException("KrakenClientOptions.Endpoint is required.", nameof(options)),
            options,
            options.Retry,
            tokenProvider,
            logger,
            timeProvider,
            (tokenProvider as ISecretRedactorSource)?.Redactor ?? new SecretRedactor())
    {
    }

    internal KrakenGraphQLExecutor(
        HttpClient httpClient,
        Uri endpoint,
        KrakenClientOptions options,
        KrakenRetryOptions retryOptions,
        IKrakenTokenProvider? tokenProvider,
        ILogger? logger,
        TimeProvider? timeProvider,
        SecretRedactor redactor,
        Func<double>? random = null)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _endpoint = endpoint;
        _tokenProvider = tokenProvider;
        _logger = logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _usePersistedQueries = options.UsePersistedQueries;
        _maxResponseBytes = options.MaxResponseBytes;
        _redactor = redactor;
        _redact = redactor.Redact;
        _retryPipeline = KrakenRetryPipeline.Build(retryOptions, _timeProvider, _logger, random ?? Random.Shared.NextDouble);
        _schemaDriftLog = new SchemaDriftLog(_logger);
    }

    /// <summary>
    /// Set when the <see cref="HttpClient"/> comes from a registration whose pipeline ends in the runtime's counting
    /// handler (see <see cref="HttpTransmissionCounter"/>); only then do requests carry a counter.
    /// </summary>
    internal bool CountsTransmissions { get; init; }

    public async Task<GraphQLResult<TData>> ExecuteAsync<TData>(IGraphQLOperation<TData> operation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var descriptor = operation.Descriptor;
        var operationType = KrakenTelemetry.OperationTypeName(descriptor.Kind);
        using var activity = KrakenTelemetry.ActivitySource.StartActivity($"{operationType} {descriptor.Name}", ActivityKind.Client);
        activity?.SetTag(KrakenTelemetry.OperationNameTag, descriptor.Name);
        activity?.SetTag(KrakenTelemetry.OperationTypeTag, operationType);
        Log.Executing(_logger, operationType, descriptor.Name);

        var call = new Call<TData>(this, operation);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(KrakenRetryPipeline.OperationKindKey, descriptor.Kind);
        context.Properties.Set(KrakenRetryPipeline.OperationNameKey, descriptor.Name);
        context.Properties.Set(KrakenRetryPipeline.StartTimestampKey, _timeProvider.GetTimestamp());
        try
        {
            var result = await _retryPipeline.ExecuteAsync(
                static (resilienceContext, state) => state.RunAttemptAsync(resilienceContext),
                context,
                call).ConfigureAwait(false);
            activity?.SetTag(KrakenTelemetry.AttemptsTag, call.Attempts);
            if (result.HasErrors)
            {
                var codes = string.Join(",", result.Errors.Select(error => error.ErrorCode).OfType<string>().Distinct(StringComparer.Ordinal));
                activity?.SetTag(KrakenTelemetry.ErrorCodesTag, codes);
                activity?.SetStatus(ActivityStatusCode.Error, codes.Length > 0 ? codes : "GraphQL errors");
            }

            Log.Finished(_logger, descriptor.Name, call.Attempts, result.Errors.Count);
            return result;
        }
        catch (TokenAcquisitionException wrapper)
        {
            activity?.SetTag(KrakenTelemetry.AttemptsTag, call.Attempts);
            activity?.SetStatus(ActivityStatusCode.Error, wrapper.InnerException!.GetType().Name);
            ExceptionDispatchInfo.Throw(wrapper.InnerException!);
            throw;
        }
        catch (Exception exception)
        {
            activity?.SetTag(KrakenTelemetry.AttemptsTag, call.Attempts);
            if (exception is GraphQLTransportException transportFailure)
            {
                Log.TransportFailure(_logger, descriptor.Name, (int?)transportFailure.StatusCode, transportFailure.IsTransient);
                if (transportFailure.StatusCode is { } status)
                {
                    activity?.SetTag(KrakenTelemetry.HttpStatusTag, (int)status);
                }
            }

            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<GraphQLResult<TData>> SendAsync<TData>(
        IGraphQLOperation<TData> operation, string? token, HttpTransmissionCounter transmissions, CancellationToken cancellationToken)
    {
        if (!_usePersistedQueries)
        {
            return await SendOnceAsync(operation, token, includeDocument: true, includeHash: false, transmissions, cancellationToken).ConfigureAwait(false);
        }

        var hashOnly = await SendOnceAsync(operation, token, includeDocument: false, includeHash: true, transmissions, cancellationToken).ConfigureAwait(false);
        if (!hashOnly.Errors.Any(IsPersistedQueryNotFound))
        {
            return hashOnly;
        }

        Log.PersistedQueryNotFound(_logger, operation.Descriptor.Name);
        return await SendOnceAsync(operation, token, includeDocument: true, includeHash: true, transmissions, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<GraphQLResult<TData>> SendOnceAsync<TData>(
        IGraphQLOperation<TData> operation,
        string? token,
        bool includeDocument,
        bool includeHash,
        HttpTransmissionCounter transmissions,
        CancellationToken cancellationToken)
    {
        var name = operation.Descriptor.Name;
        using var body = GraphQLRequestWriter.Write(operation, includeDocument, includeHash);
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint);
        request.Content = new ReadOnlyMemoryContent(body.WrittenMemory);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("Accept", AcceptHeaderValue);
        if (CountsTransmissions)
        {
            transmissions.Attach(request);
        }

        if (token is not null)
        {
            _redactor.AddToken(token);

            // Kraken expects the raw token, without an authentication scheme.
            request.Headers.TryAddWithoutValidation("Authorization", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new GraphQLTransportException($"'{name}' failed: the server could not be reached ({exception.HttpRequestError}).", isTransient: true, innerException: exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GraphQLTransportException($"'{name}' failed: no response within the request timeout.", isTransient: true, innerException: exception);
        }
        catch (ExecutionRejectedException exception)
        {
            // A resilience handler of the application's HTTP pipeline gave up (its timeout, an open circuit).
            throw new GraphQLTransportException(
                $"'{name}' failed: a resilience handler of the HTTP client rejected the call ({exception.GetType().Name}).", isTransient: true, innerException: exception);
        }

        using (response)
        {
            PooledBufferWriter? buffered;
            try
            {
                buffered = await ResponseBodyReader.ReadAsync(response.Content, _maxResponseBytes, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException
                || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw new GraphQLTransportException(
                    $"'{name}' failed: the connection broke while the response was read.", response.StatusCode, isTransient: true, innerException: exception);
            }

            if (buffered is null)
            {
                throw new GraphQLTransportException(
                    $"'{name}' failed: the response is larger than MaxResponseBytes ({_maxResponseBytes}).", response.StatusCode);
            }

            using (buffered)
            {
                return Interpret(operation, response, buffered.WrittenSpan);
            }
        }
    }

    private GraphQLResult<TData> Interpret<TData>(IGraphQLOperation<TData> operation, HttpResponseMessage response, ReadOnlySpan<byte> body)
    {
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var transientStatus = status >= 500 || status is 408 or 429;
        if (transientStatus || !IsJsonMediaType(mediaType))
        {
            var problem = transientStatus ? "the server reported a failure" : $"the response is {mediaType ?? "untyped"}, not JSON";
            throw CreateTransportFailure(operation, response, body, problem, transientStatus, null);
        }

        try
        {
            var result = GraphQLResponseParser.Parse(operation, body, _redact, _schemaDriftLog);
            if (status is < 200 or > 299 && !result.HasErrors)
            {
                throw CreateTransportFailure(operation, response, body, "an error status came without GraphQL errors", false, null);
            }

            return result;
        }
        catch (JsonException exception)
        {
            throw CreateTransportFailure(operation, response, body, "the body is not well-formed JSON (truncated?)", false, exception);
        }
        catch (NotAGraphQLResponseException exception)
        {
            throw CreateTransportFailure(operation, response, body, "the JSON body is not a GraphQL response: " + exception.Message, false, exception);
        }
    }

    private GraphQLTransportException CreateTransportFailure<TData>(
        IGraphQLOperation<TData> operation, HttpResponseMessage response, ReadOnlySpan<byte> body, string problem, bool isTransient, Exception? innerException)
    {
        var excerpt = CreateExcerpt(body);
        var status = (int)response.StatusCode;
        var message = $"'{operation.Descriptor.Name}' failed: HTTP {status} ({response.ReasonPhrase}); {problem}."
            + (excerpt.Length > 0 ? $" Body starts with: {excerpt}" : " The body is empty.");

        // The inner exception is dropped when its message quotes the body (JsonException does not, but stay safe).
        return new GraphQLTransportException(
            message,
            response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            excerpt,
            isTransient,
            ReadRetryAfter(response),
            innerException);
    }

    private string CreateExcerpt(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, ExcerptSourceBytes)]);
        var printable = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            printable.Append(char.IsControl(character) ? ' ' : character);
        }

        var redacted = _redactor.Redact(printable.ToString()).Trim();
        return redacted.Length <= GraphQLTransportException.MaxExcerptLength
            ? redacted
            : redacted[..GraphQLTransportException.MaxExcerptLength] + "…";
    }

    private TimeSpan? ReadRetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        return retryAfter?.Date is { } date ? date - _timeProvider.GetUtcNow() : null;
    }

    private static bool IsJsonMediaType(string? mediaType) =>
        mediaType is null
        || mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private static bool IsPersistedQueryNotFound(GraphQLError error) =>
        error.Message == PersistedQueryNotFoundMessage
        || (error.Extensions is { ValueKind: JsonValueKind.Object } extensions
            && extensions.TryGetProperty("code", out var code)
            && code.ValueKind == JsonValueKind.String
            && code.ValueEquals(PersistedQueryNotFoundCode));

    /// <summary>The state of one <see cref="ExecuteAsync{TData}"/> call across its attempts.</summary>
    private sealed class Call<TData>(KrakenGraphQLExecutor executor, IGraphQLOperation<TData> operation)
    {
        private readonly HttpTransmissionCounter _transmissions = executor.CountsTransmissions ? new() : HttpTransmissionCounter.Unused;

        // A rejected token triggers one renewal per call, not one per attempt.
        private bool _tokenRenewed;

        public int Attempts { get; private set; }

        public ValueTask<GraphQLResult<TData>> RunAttemptAsync(ResilienceContext resilienceContext) =>
            executor.CountsTransmissions ? RunCountedAttemptAsync(resilienceContext) : RunAttemptAsync(resilienceContext.CancellationToken);

        private async ValueTask<GraphQLResult<TData>> RunCountedAttemptAsync(ResilienceContext resilienceContext)
        {
            try
            {
                return await RunAttemptAsync(resilienceContext.CancellationToken).ConfigureAwait(false);
            }
            finally
            {
                // The retry pipeline does not repeat a request that a handler below has already sent more than once.
                resilienceContext.Properties.Set(KrakenRetryPipeline.TransmissionsKey, _transmissions.Count);
            }
        }

        private async ValueTask<GraphQLResult<TData>> RunAttemptAsync(CancellationToken cancellationToken)
        {
            Attempts++;
            var tokenProvider = executor._tokenProvider;
            var token = tokenProvider is null ? null : await GetTokenAsync(tokenProvider, cancellationToken).ConfigureAwait(false);
            var result = await executor.SendAsync(operation, token, _transmissions, cancellationToken).ConfigureAwait(false);
            if (tokenProvider is null || token is null || _tokenRenewed)
            {
                return result;
            }

            var expiry = result.Errors.FirstOrDefault(error => KrakenErrorCodes.IsTokenExpiry(error.ErrorCode));
            if (expiry is null)
            {
                return result;
            }

            _tokenRenewed = true;
            Log.TokenRejected(executor._logger, operation.Descriptor.Name, expiry.ErrorCode!);
            await tokenProvider.InvalidateAsync(token, cancellationToken).ConfigureAwait(false);
            var renewedToken = await GetTokenAsync(tokenProvider, cancellationToken).ConfigureAwait(false);
            return await executor.SendAsync(operation, renewedToken, _transmissions, cancellationToken).ConfigureAwait(false);
        }

        private static async ValueTask<string?> GetTokenAsync(IKrakenTokenProvider tokenProvider, CancellationToken cancellationToken)
        {
            try
            {
                return await tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new TokenAcquisitionException(exception);
            }
        }
    }
}
