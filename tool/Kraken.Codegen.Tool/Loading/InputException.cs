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

    /// <summary>
    /// Diagnostics that make an input unusable: one is one line; more are listed below a headline (a format string
    /// given the count, such as "the schema has {0:N0} errors"), 20 at most.
    /// </summary>
    public static InputException Listing(string headline, IReadOnlyList<Kraken.Codegen.Core.Diagnostics.GraphQLDiagnostic> errors)
    {
        const int Listed = 20;
        return errors.Count == 1
            ? new InputException(errors[0].ToString())
            : new InputException(
                string.Format(System.Globalization.CultureInfo.InvariantCulture, headline, errors.Count) + ":\n" + string.Join("\n", errors.Take(Listed).Select(e => "  " + e))
                + (errors.Count > Listed ? $"\n  … and {errors.Count - Listed:N0} more" : string.Empty));
    }
}
