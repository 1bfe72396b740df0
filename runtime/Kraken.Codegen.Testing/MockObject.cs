using GraphQL.Types;

namespace Kraken.Codegen.Testing;

/// <summary>
/// The source of an object field's sub-fields: its concrete type (which answers <c>__typename</c> and abstract-type
/// resolution) and the configured value, or <see cref="MockValues.NotProvided"/> for defaults.
/// </summary>
internal sealed record MockObject(IObjectGraphType Type, object Value);
