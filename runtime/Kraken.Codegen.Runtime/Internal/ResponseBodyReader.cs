namespace Kraken.Codegen.Runtime.Internal;

/// <summary>Buffers a response body into pooled memory, refusing bodies above a size limit.</summary>
internal static class ResponseBodyReader
{
    private const int DefaultInitialCapacity = 16 * 1024;

    /// <summary>Returns the buffered body, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async ValueTask<PooledBufferWriter?> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        var declaredLength = content.Headers.ContentLength;
        if (declaredLength > maxBytes)
        {
            return null;
        }

        var initialCapacity = declaredLength is > 0 ? (int)declaredLength.Value + 1 : DefaultInitialCapacity;
        var body = new PooledBufferWriter(initialCapacity);
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    var read = await stream.ReadAsync(body.GetMemory(4096), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return body;
                    }

                    body.Advance(read);
                    if (body.WrittenCount > maxBytes)
                    {
                        body.Dispose();
                        return null;
                    }
                }
            }
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }
}
