using System.Text;

namespace Kraken.Codegen.Runtime;

/// <summary>
/// The response body is JSON, but it does not fit the generated types: a non-null field is null or missing,
/// a value has the wrong JSON kind, or a scalar cannot be parsed. <see cref="JsonPath"/> names the place,
/// for example <c>$.data.account.users[2].email</c>.
/// </summary>
/// <remarks>
/// Generated readers do not track the path while reading (that would cost on every response). Instead each
/// nested reader that lets this exception pass adds its own segment, so the full path is built only on failure.
/// </remarks>
public sealed class GraphQLResponseReadException : Exception
{
    // Segments are collected innermost first while the exception travels outwards.
    private readonly List<string> _segmentsInnermostFirst = new();
    private readonly string _problem;

    public GraphQLResponseReadException(string problem)
        : base(problem)
    {
        _problem = problem;
    }

    public GraphQLResponseReadException(string problem, Exception innerException)
        : base(problem, innerException)
    {
        _problem = problem;
    }

    /// <summary>The JSON path of the offending value, starting at <c>$</c>.</summary>
    public string JsonPath
    {
        get
        {
            var builder = new StringBuilder("$");
            for (var i = _segmentsInnermostFirst.Count - 1; i >= 0; i--)
            {
                builder.Append(_segmentsInnermostFirst[i]);
            }

            return builder.ToString();
        }
    }

    public override string Message => $"{_problem} (at {JsonPath})";

    /// <summary>Adds an object property segment in front of the path collected so far. Returns this instance.</summary>
    public GraphQLResponseReadException AtProperty(string propertyName)
    {
        _segmentsInnermostFirst.Add("." + propertyName);
        return this;
    }

    /// <summary>Adds a list index segment in front of the path collected so far. Returns this instance.</summary>
    public GraphQLResponseReadException AtIndex(int index)
    {
        _segmentsInnermostFirst.Add("[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
        return this;
    }
}
