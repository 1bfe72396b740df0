namespace Kraken.Codegen.Tool.Loading;

/// <summary>A problem with what the user gave (a missing file, an unreadable schema, a bad URL): exit code 2.</summary>
internal sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
