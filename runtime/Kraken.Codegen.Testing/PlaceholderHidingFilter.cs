using GraphQL.Introspection;
using GraphQL.Types;

namespace Kraken.Codegen.Testing;

/// <summary>Hides the placeholder field added to field-less object types from introspection.</summary>
internal sealed class PlaceholderHidingFilter : DefaultSchemaFilter
{
    public override Task<bool> AllowField(IGraphType parent, IFieldType field) =>
        field.Name == MockSchemaFactory.PlaceholderFieldName ? Forbidden : base.AllowField(parent, field);
}
