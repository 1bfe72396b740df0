using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Usage;

/// <summary>
/// One place where a document uses a schema element, as the walk meets it: the kind of element, the role (for types),
/// the element's definition and the syntax node the use is reported at. Coordinate, location and deprecation are
/// computed when asked, so a consumer that only looks for deprecated elements pays for nothing else.
/// </summary>
public readonly struct SchemaUsageSite
{
    internal SchemaUsageSite(SchemaUsageKind kind, TypeUsageRole role, SchemaElement? element, ASTNode node, ExecutableDocument document)
    {
        Kind = kind;
        Role = role;
        Element = element;
        Node = node;
        Document = document;
    }

    public SchemaUsageKind Kind { get; }

    /// <summary>How a type is reached (<see cref="TypeUsageRole.None"/> for anything but types).</summary>
    public TypeUsageRole Role { get; }

    /// <summary>
    /// The definition used: a <see cref="NamedTypeDefinition"/>, <see cref="FieldDefinition"/>,
    /// <see cref="InputValueDefinition"/> (argument or input field), <see cref="EnumValueDefinition"/> or
    /// <see cref="DirectiveDefinition"/>; null only for a directive the schema does not declare.
    /// </summary>
    public SchemaElement? Element { get; }

    /// <summary>The node the use is located at: a field's, argument's, input field's or directive's name, an enum value, or a type.</summary>
    public ASTNode Node { get; }

    public ExecutableDocument Document { get; }

    /// <summary>The schema coordinate: <c>Type</c>, <c>Type.field</c>, <c>Type.field(arg:)</c>, <c>Input.field</c>, <c>Enum.VALUE</c> or <c>@directive</c>.</summary>
    public string Coordinate => Element switch
    {
        FieldDefinition selected => selected.Coordinate,
        InputValueDefinition inputValue => inputValue.Coordinate,
        EnumValueDefinition enumValue => enumValue.EnumType + "." + enumValue.Name,
        DirectiveDefinition directive => "@" + directive.Name,
        NamedTypeDefinition type => type.Name,
        _ => "@" + ((GraphQLName)Node).StringValue,
    };

    public SourceLocation Location => Document.LocationOf(Node);

    /// <summary>The element's deprecation, or null when it is not deprecated (types and directives never are).</summary>
    public Deprecation? Deprecation => Element switch
    {
        FieldDefinition selected => selected.Deprecation,
        InputValueDefinition inputValue => inputValue.Deprecation,
        EnumValueDefinition enumValue => enumValue.Deprecation,
        _ => null,
    };
}
