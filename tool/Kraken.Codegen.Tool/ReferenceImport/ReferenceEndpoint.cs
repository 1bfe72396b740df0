namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>The two GraphQL servers the reference documents; each gets its own schema folder.</summary>
internal enum ReferenceEndpoint
{
    Api,
    Auth,
}

internal static class ReferenceEndpoints
{
    public const string ApiUrl = "https://api.oeg-kraken.energy/v1/graphql/";
    public const string AuthUrl = "https://auth.oeg-kraken.energy/graphql/";

    public static string FolderName(ReferenceEndpoint endpoint) =>
        endpoint == ReferenceEndpoint.Api ? "kraken-oeg" : "kraken-oeg-auth";

    public static string Url(ReferenceEndpoint endpoint) =>
        endpoint == ReferenceEndpoint.Api ? ApiUrl : AuthUrl;

    /// <summary>Maps a URL line to its endpoint; unknown hosts yield null so the caller can warn.</summary>
    public static ReferenceEndpoint? FromUrl(string url)
    {
        if (url.Contains("auth.oeg-kraken.energy", StringComparison.OrdinalIgnoreCase))
        {
            return ReferenceEndpoint.Auth;
        }

        if (url.Contains("api.oeg-kraken.energy", StringComparison.OrdinalIgnoreCase))
        {
            return ReferenceEndpoint.Api;
        }

        return null;
    }
}
