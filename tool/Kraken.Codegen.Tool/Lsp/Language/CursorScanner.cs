using GraphQLParser;
using GraphQLParser.AST;
using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Tool.Lsp.Language;

/// <summary>
/// Walks the tokens of an executable document up to a position with a stack of open scopes (selection sets, argument
/// lists, input objects, lists, variable definitions), tracking the schema type of each, and says what the token at
/// the position is. It works on broken documents, which is what an editor mostly shows.
/// </summary>
internal sealed class CursorScanner
{
    private readonly SchemaModel _schema;
    private readonly IReadOnlyList<GraphQLToken> _tokens;
    private readonly Stack<Scope> _scopes = new();
    private readonly List<DeclaredVariable> _variables = new();

    // What the next '{' opens and where a directive met now is applied.
    private NamedTypeDefinition? _pendingSelectionType;
    private DirectiveLocation _pendingDirectiveLocation = DirectiveLocation.Query;
    private FieldDefinition? _lastField;
    private DirectiveDefinition? _lastDirective;

    private CursorScanner(SchemaModel schema, IReadOnlyList<GraphQLToken> tokens)
    {
        _schema = schema;
        _tokens = tokens;
    }

    private enum ScopeKind
    {
        SelectionSet,
        Arguments,
        VariableDefinitions,
        ObjectValue,
        ListValue,
    }

    /// <summary>The context of the token that contains <paramref name="offset"/> or ends at it (a word being typed), else of the gap at it.</summary>
    public static CursorContext At(SchemaModel schema, IReadOnlyList<GraphQLToken> tokens, int offset)
    {
        var scanner = new CursorScanner(schema, tokens);
        var index = 0;
        while (index < tokens.Count && tokens[index].End < offset)
        {
            index++;
        }

        // A name containing the offset (or ending at it) is the token of interest; otherwise the cursor is in a gap.
        GraphQLToken? target = index < tokens.Count && tokens[index].Start <= offset && tokens[index].Kind == TokenKind.NAME ? tokens[index] : null;
        if (target is null && index < tokens.Count && tokens[index].Start < offset)
        {
            // Inside or at the end of a punctuator or a literal: the gap after it.
            index++;
        }

        for (var i = 0; i < index; i++)
        {
            scanner.Step(i);
        }

        var context = scanner.Classify(index, target);
        return target is { } word ? context with { Prefix = word.Text.Substring(0, Math.Max(0, Math.Min(word.Text.Length, offset - word.Start))) } : context;
    }

    private GraphQLToken? Previous(int index, int back = 1) => index - back >= 0 ? _tokens[index - back] : null;

    private GraphQLToken? Next(int index) => index + 1 < _tokens.Count ? _tokens[index + 1] : null;

    private Scope? Current => _scopes.Count > 0 ? _scopes.Peek() : null;

    /// <summary>Updates the scopes for token <paramref name="index"/>.</summary>
    private void Step(int index)
    {
        var token = _tokens[index];
        var scope = Current;
        switch (token.Kind)
        {
            case TokenKind.BRACE_L:
                if (scope is { ExpectingValue: true } || scope?.Kind is ScopeKind.ListValue)
                {
                    var input = ValueTypeAt(scope);
                    scope!.ExpectingValue = false;
                    _scopes.Push(new Scope(ScopeKind.ObjectValue) { InputType = input is null ? null : _schema.GetNamedType(input) as InputObjectTypeDefinition });
                }
                else
                {
                    // A '{' that starts a definition is the shorthand query.
                    var startsDefinition = scope is null && Previous(index) is null or { Kind: TokenKind.BRACE_R };
                    var type = startsDefinition ? _schema.QueryType : _pendingSelectionType;
                    _scopes.Push(new Scope(ScopeKind.SelectionSet) { ParentType = type });
                    _pendingDirectiveLocation = DirectiveLocation.Field;
                }

                _pendingSelectionType = null;
                break;
            case TokenKind.BRACE_R:
                Pop(ScopeKind.SelectionSet, ScopeKind.ObjectValue);
                CompleteValue();
                if (_scopes.Count == 0)
                {
                    _pendingSelectionType = null;
                    _pendingDirectiveLocation = DirectiveLocation.Query;
                }

                break;
            case TokenKind.PAREN_L:
                if (Previous(index) is { Kind: TokenKind.NAME } name && Previous(index, 2) is { Kind: TokenKind.AT })
                {
                    _scopes.Push(new Scope(ScopeKind.Arguments) { Directive = _schema.GetDirective(name.Text) });
                }
                else if (scope is null)
                {
                    _scopes.Push(new Scope(ScopeKind.VariableDefinitions));
                    _pendingDirectiveLocation = DirectiveLocation.VariableDefinition;
                }
                else
                {
                    _scopes.Push(new Scope(ScopeKind.Arguments) { Field = _lastField });
                }

                break;
            case TokenKind.PAREN_R:
                var closed = Pop(ScopeKind.Arguments, ScopeKind.VariableDefinitions);
                if (closed?.Kind == ScopeKind.VariableDefinitions)
                {
                    _pendingDirectiveLocation = OperationLocationOf(index);
                }

                break;
            case TokenKind.BRACKET_L:
                if (scope is { ExpectingValue: true } || scope?.Kind is ScopeKind.ListValue)
                {
                    var listType = ValueTypeAt(scope);
                    scope!.ExpectingValue = false;
                    _scopes.Push(new Scope(ScopeKind.ListValue) { ValueType = listType?.Nullable is ListTypeReference list ? list.OfType : listType });
                }

                break;
            case TokenKind.BRACKET_R:
                if (scope?.Kind == ScopeKind.ListValue)
                {
                    _scopes.Pop();
                    CompleteValue();
                }

                break;
            case TokenKind.COLON:
                if (scope is { Kind: ScopeKind.Arguments or ScopeKind.ObjectValue } && Previous(index) is { Kind: TokenKind.NAME } key)
                {
                    scope.PendingName = key.Text;
                    scope.ExpectingValue = true;
                    scope.GivenNames.Add(key.Text);
                }
                else if (scope is { Kind: ScopeKind.VariableDefinitions })
                {
                    scope.TypeStart = index + 1;
                }

                break;
            case TokenKind.EQUALS:
                if (scope is { Kind: ScopeKind.VariableDefinitions })
                {
                    scope.ExpectingValue = true;
                    scope.ValueType = ReadVariableType(scope, index) is { } typeText ? ParseType(typeText) : null;
                }

                break;
            case TokenKind.DOLLAR:
                if (scope is { Kind: ScopeKind.VariableDefinitions } && Next(index) is { Kind: TokenKind.NAME })
                {
                    RecordVariable(index);
                    scope.ExpectingValue = false;
                }

                break;
            case TokenKind.AT:
                if (scope is { Kind: ScopeKind.VariableDefinitions })
                {
                    scope.ExpectingValue = false;
                }

                break;
            case TokenKind.SPREAD:
                _pendingSelectionType = scope?.ParentType;
                _pendingDirectiveLocation = Next(index) is { Kind: TokenKind.NAME } spreadName && spreadName.Text != "on" ? DirectiveLocation.FragmentSpread : DirectiveLocation.InlineFragment;
                break;
            case TokenKind.NAME:
                StepName(index, token, scope);
                break;
            case TokenKind.INT or TokenKind.FLOAT or TokenKind.STRING:
                CompleteValue();
                break;
        }
    }

    private void StepName(int index, GraphQLToken token, Scope? scope)
    {
        var previous = Previous(index);
        if (previous is { Kind: TokenKind.AT })
        {
            _lastDirective = _schema.GetDirective(token.Text);
            return;
        }

        if (previous is { Kind: TokenKind.DOLLAR })
        {
            CompleteValue();
            return;
        }

        if (previous is { } on && on.IsName("on") && (Previous(index, 2) is { Kind: TokenKind.SPREAD } || IsFragmentDefinitionTypeCondition(index)))
        {
            _pendingSelectionType = _schema.GetType(token.Text) is { IsCompositeType: true } condition ? condition : null;
            return;
        }

        if (previous is { Kind: TokenKind.SPREAD })
        {
            // "... on Type" keeps the enclosing type pending until the condition; "...Name" is a spread without a selection set.
            if (token.Text != "on")
            {
                _pendingSelectionType = null;
            }

            return;
        }

        switch (scope?.Kind)
        {
            case null:
                if (token.Text is "query" or "mutation" or "subscription" && (previous is null || previous.Value.Kind == TokenKind.BRACE_R))
                {
                    _variables.Clear();
                    _pendingSelectionType = token.Text switch
                    {
                        "mutation" => _schema.MutationType,
                        "subscription" => _schema.SubscriptionType,
                        _ => _schema.QueryType,
                    };
                    _pendingDirectiveLocation = OperationLocationOf(index);
                }
                else if (token.Text == "fragment" && (previous is null || previous.Value.Kind == TokenKind.BRACE_R))
                {
                    _variables.Clear();
                    _pendingDirectiveLocation = DirectiveLocation.FragmentDefinition;
                }

                break;
            case ScopeKind.SelectionSet:
                if (Next(index) is { Kind: TokenKind.COLON })
                {
                    return; // An alias: the field name follows.
                }

                _lastField = scope.ParentType is null ? null : _schema.GetField(scope.ParentType, token.Text);
                _pendingSelectionType = _lastField is null ? null : _schema.GetNamedType(_lastField.Type);
                _pendingDirectiveLocation = DirectiveLocation.Field;
                break;
            case ScopeKind.Arguments or ScopeKind.ObjectValue or ScopeKind.ListValue:
                if (scope.ExpectingValue || scope.Kind == ScopeKind.ListValue)
                {
                    CompleteValue();
                }

                break;
            case ScopeKind.VariableDefinitions when scope.ExpectingValue:
                CompleteValue();
                break;
        }
    }

    /// <summary>What the token at <paramref name="index"/> (or the gap before it) is, after the scopes were updated up to it.</summary>
    private CursorContext Classify(int index, GraphQLToken? target)
    {
        var scope = Current;
        var previous = Previous(index);
        var role = TokenRole.None;
        NamedTypeDefinition? parent = null;
        FieldDefinition? field = null;
        DirectiveDefinition? directive = null;
        InputObjectTypeDefinition? input = null;
        TypeReference? expected = null;
        IReadOnlyList<string> given = Array.Empty<string>();
        var location = _pendingDirectiveLocation;

        if (previous is { Kind: TokenKind.AT })
        {
            role = TokenRole.Directive;
            directive = target is { } name ? _schema.GetDirective(name.Text) : null;
        }
        else if (previous is { Kind: TokenKind.DOLLAR })
        {
            role = scope?.Kind == ScopeKind.VariableDefinitions && !scope.ExpectingValue ? TokenRole.Declaration : TokenRole.Variable;
        }
        else if (previous is { } on && on.IsName("on") && (Previous(index, 2) is { Kind: TokenKind.SPREAD } || IsFragmentDefinitionTypeCondition(index)))
        {
            role = TokenRole.TypeCondition;
            parent = scope?.Kind == ScopeKind.SelectionSet ? scope.ParentType : null;
        }
        else if (previous is { Kind: TokenKind.SPREAD })
        {
            role = TokenRole.FragmentSpread;
            parent = scope?.ParentType;
        }
        else if (scope is null)
        {
            role = previous is null || previous.Value.Kind == TokenKind.BRACE_R ? TokenRole.DefinitionKeyword : TokenRole.Declaration;
        }
        else
        {
            switch (scope.Kind)
            {
                case ScopeKind.SelectionSet:
                    role = TokenRole.Field;
                    parent = scope.ParentType;
                    if (target is { } fieldName && parent is not null)
                    {
                        // An alias names the field after the colon.
                        var name = Next(index) is { Kind: TokenKind.COLON } && index + 2 < _tokens.Count && _tokens[index + 2].Kind == TokenKind.NAME ? _tokens[index + 2].Text : fieldName.Text;
                        field = _schema.GetField(parent, name);
                    }

                    break;
                case ScopeKind.Arguments when !scope.ExpectingValue:
                    role = TokenRole.Argument;
                    field = scope.Field;
                    directive = scope.Directive;
                    given = scope.GivenNames;
                    break;
                case ScopeKind.ObjectValue when !scope.ExpectingValue:
                    role = TokenRole.InputField;
                    input = scope.InputType;
                    given = scope.GivenNames;
                    break;
                case ScopeKind.VariableDefinitions when scope.ExpectingValue:
                    role = TokenRole.Value;
                    expected = scope.ValueType;
                    break;
                case ScopeKind.VariableDefinitions when previous is { Kind: TokenKind.COLON or TokenKind.BRACKET_L }:
                    role = TokenRole.VariableType;
                    break;
                case ScopeKind.VariableDefinitions:
                    role = TokenRole.None;
                    break;
                default:
                    role = TokenRole.Value;
                    expected = ValueTypeAt(scope);
                    field = scope.Field;
                    directive = scope.Directive;
                    input = scope.InputType;
                    break;
            }
        }

        return new CursorContext(role, target, parent, field, directive, input, expected, location, given, _variables.ToList());
    }

    /// <summary>The type a value at the current position must have.</summary>
    private TypeReference? ValueTypeAt(Scope? scope)
    {
        switch (scope?.Kind)
        {
            case ScopeKind.Arguments when scope.PendingName is { } argument:
                var arguments = scope.Directive?.Arguments ?? scope.Field?.Arguments;
                return arguments?[argument]?.Type;
            case ScopeKind.ObjectValue when scope.PendingName is { } inputField:
                return scope.InputType?.Fields[inputField]?.Type;
            case ScopeKind.ListValue:
                return scope.ValueType;
            case ScopeKind.VariableDefinitions:
                return scope.ValueType;
            default:
                return null;
        }
    }

    private void CompleteValue()
    {
        if (Current is { ExpectingValue: true } scope && scope.Kind != ScopeKind.VariableDefinitions)
        {
            scope.ExpectingValue = false;
            scope.PendingName = null;
        }
    }

    private Scope? Pop(params ScopeKind[] kinds)
    {
        if (Current is { } scope && kinds.Contains(scope.Kind))
        {
            return _scopes.Pop();
        }

        return null;
    }

    private bool IsFragmentDefinitionTypeCondition(int index) =>
        _scopes.Count == 0 && Previous(index, 3) is { } keyword && keyword.IsName("fragment") && Previous(index, 2) is { Kind: TokenKind.NAME };

    private DirectiveLocation OperationLocationOf(int index)
    {
        for (var i = index; i >= 0; i--)
        {
            if (_tokens[i].Kind == TokenKind.NAME && (i == 0 || _tokens[i - 1].Kind == TokenKind.BRACE_R))
            {
                return _tokens[i].Text switch
                {
                    "mutation" => DirectiveLocation.Mutation,
                    "subscription" => DirectiveLocation.Subscription,
                    _ => DirectiveLocation.Query,
                };
            }
        }

        return DirectiveLocation.Query;
    }

    /// <summary>Records the variable declared at the <c>$</c> at <paramref name="dollar"/>: its name and the type written after the colon.</summary>
    private void RecordVariable(int dollar)
    {
        var name = _tokens[dollar + 1];
        var typeEnd = dollar + 2;
        var typeText = string.Empty;
        if (typeEnd < _tokens.Count && _tokens[typeEnd].Kind == TokenKind.COLON)
        {
            var parts = new List<string>();
            for (var i = typeEnd + 1; i < _tokens.Count && _tokens[i].Kind is TokenKind.NAME or TokenKind.BRACKET_L or TokenKind.BRACKET_R or TokenKind.BANG; i++)
            {
                parts.Add(_tokens[i].Text.Length > 0 ? _tokens[i].Text : Punctuator(_tokens[i].Kind));
                if (_tokens[i].Kind == TokenKind.NAME && i + 1 < _tokens.Count && _tokens[i + 1].Kind is not (TokenKind.BANG or TokenKind.BRACKET_R))
                {
                    break;
                }
            }

            typeText = string.Concat(parts);
        }

        _variables.RemoveAll(v => v.Name == name.Text);
        _variables.Add(new DeclaredVariable(name.Text, typeText, _tokens[dollar].Start, name.End));
    }

    private string? ReadVariableType(Scope scope, int equals)
    {
        if (scope.TypeStart is not { } start)
        {
            return null;
        }

        var parts = new List<string>();
        for (var i = start; i < equals; i++)
        {
            parts.Add(_tokens[i].Kind == TokenKind.NAME ? _tokens[i].Text : Punctuator(_tokens[i].Kind));
        }

        return string.Concat(parts);
    }

    private static string Punctuator(TokenKind kind) => kind switch
    {
        TokenKind.BRACKET_L => "[",
        TokenKind.BRACKET_R => "]",
        TokenKind.BANG => "!",
        _ => string.Empty,
    };

    /// <summary>Parses a type written like <c>[ID!]!</c>; null when it is not one.</summary>
    internal static TypeReference? ParseType(string text)
    {
        text = text.Trim();
        if (text.EndsWith("!", StringComparison.Ordinal))
        {
            return ParseType(text.Substring(0, text.Length - 1)) is { } inner ? TypeReference.NonNull(inner) : null;
        }

        if (text.StartsWith("[", StringComparison.Ordinal) && text.EndsWith("]", StringComparison.Ordinal))
        {
            return ParseType(text.Substring(1, text.Length - 2)) is { } item ? TypeReference.ListOf(item) : null;
        }

        return text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || c == '_') ? TypeReference.Named(text) : null;
    }

    private sealed class Scope
    {
        public Scope(ScopeKind kind) => Kind = kind;

        public ScopeKind Kind { get; }

        public NamedTypeDefinition? ParentType { get; init; }

        public FieldDefinition? Field { get; init; }

        public DirectiveDefinition? Directive { get; init; }

        public InputObjectTypeDefinition? InputType { get; init; }

        public TypeReference? ValueType { get; set; }

        public string? PendingName { get; set; }

        public bool ExpectingValue { get; set; }

        public List<string> GivenNames { get; } = new();

        public int? TypeStart { get; set; }

    }
}
