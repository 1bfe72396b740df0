using GraphQLParser.AST;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Tool.Lsp.Language;

/// <summary>What the token at (or being typed at) a position is, in the grammar of an executable document.</summary>
internal enum TokenRole
{
    /// <summary>Nothing an editor feature can use (punctuation, a string, schema-file syntax).</summary>
    None,

    /// <summary>Top level, where a definition starts: <c>query</c>, <c>mutation</c>, <c>subscription</c>, <c>fragment</c>.</summary>
    DefinitionKeyword,

    /// <summary>A field (or its alias) in a selection set of <see cref="CursorContext.ParentType"/>.</summary>
    Field,

    /// <summary>An argument name of <see cref="CursorContext.Field"/> or <see cref="CursorContext.Directive"/>.</summary>
    Argument,

    /// <summary>A field name of the input object <see cref="CursorContext.InputType"/>.</summary>
    InputField,

    /// <summary>A value of type <see cref="CursorContext.ExpectedType"/> (enum values, booleans, variables).</summary>
    Value,

    /// <summary>A directive name, at <see cref="CursorContext.DirectiveLocation"/>.</summary>
    Directive,

    /// <summary>A variable used as a value (<c>$name</c>).</summary>
    Variable,

    /// <summary>The type of a type condition (<c>on Type</c>); <see cref="CursorContext.ParentType"/> is the enclosing type, if any.</summary>
    TypeCondition,

    /// <summary>A fragment name after <c>...</c>.</summary>
    FragmentSpread,

    /// <summary>The type of a variable definition (<c>$id: Type</c>).</summary>
    VariableType,

    /// <summary>A name being declared (an operation, fragment or variable name): nothing to offer.</summary>
    Declaration,
}

/// <summary>A variable the enclosing operation declares.</summary>
internal sealed record DeclaredVariable(string Name, string TypeText, int Start, int End);

/// <summary>The grammar position of a token and the schema elements around it, found by <see cref="CursorScanner"/>.</summary>
internal sealed record CursorContext(
    TokenRole Role,
    GraphQLToken? Token,
    NamedTypeDefinition? ParentType,
    FieldDefinition? Field,
    DirectiveDefinition? Directive,
    InputObjectTypeDefinition? InputType,
    TypeReference? ExpectedType,
    DirectiveLocation DirectiveLocation,
    IReadOnlyList<string> GivenNames,
    IReadOnlyList<DeclaredVariable> Variables)
{
    /// <summary>The word being typed at the cursor, which completion replaces.</summary>
    public string Prefix { get; init; } = string.Empty;
}
