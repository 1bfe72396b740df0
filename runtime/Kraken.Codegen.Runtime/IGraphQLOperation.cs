using System.Text.Json;
using Kraken.Codegen.Runtime.Json;

namespace Kraken.Codegen.Runtime;

/// <summary>The kind of a GraphQL operation; decides, among other things, whether a failed call may be retried.</summary>
public enum GraphQLOperationKind
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>
/// Static facts about one generated operation: its name, kind, exact document text (with the fragments it uses),
/// the SHA-256 hash of that text for persisted queries, and the error codes its root fields are documented to raise.
/// Generated code creates one instance per operation and keeps it in a static field.
/// </summary>
public sealed class GraphQLOperationDescriptor
{
    public GraphQLOperationDescriptor(
        string name,
        GraphQLOperationKind kind,
        string document,
        string sha256Hash,
        IReadOnlyList<string> possibleErrorCodes)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Kind = kind;
        Document = document ?? throw new ArgumentNullException(nameof(document));
        Sha256Hash = sha256Hash ?? throw new ArgumentNullException(nameof(sha256Hash));
        PossibleErrorCodes = possibleErrorCodes ?? throw new ArgumentNullException(nameof(possibleErrorCodes));
    }

    public string Name { get; }

    public GraphQLOperationKind Kind { get; }

    /// <summary>The document sent as <c>query</c>: the operation followed by every fragment it reaches.</summary>
    public string Document { get; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Document"/> encoded as UTF-8.</summary>
    public string Sha256Hash { get; }

    /// <summary>Error codes (for example <c>KT-CT-4177</c>) that the operation's root fields are documented to raise.</summary>
    public IReadOnlyList<string> PossibleErrorCodes { get; }

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Name}";
}

/// <summary>
/// One executable request, produced by generated code: the descriptor, the variables, and a reader for <c>data</c>.
/// Everything is generated code, so no reflection and no serializer metadata are involved.
/// </summary>
/// <typeparam name="TData">The generated record for the operation's root selection set.</typeparam>
public interface IGraphQLOperation<TData>
{
    GraphQLOperationDescriptor Descriptor { get; }

    /// <summary>True when the operation declares variables; the executor then calls <see cref="WriteVariables"/>.</summary>
    bool HasVariables { get; }

    /// <summary>Writes the <c>variables</c> object (start and end of the object included).</summary>
    void WriteVariables(Utf8JsonWriter writer);

    /// <summary>
    /// Reads the value of <c>data</c>. The reader is positioned on its <see cref="JsonTokenType.StartObject"/> token
    /// and is left on the matching <see cref="JsonTokenType.EndObject"/>. Throws <see cref="GraphQLResponseReadException"/>
    /// when the response does not fit the generated types; reports schema drift through <paramref name="context"/>.
    /// </summary>
    TData ReadData(ref Utf8JsonReader reader, GraphQLReadContext context);
}
