using Kraken.Codegen.Core.Usage;
using Kraken.Codegen.Tool.SchemaDiff;

namespace Kraken.Codegen.Tool.Drift;

/// <summary>
/// Which usages of the operations a schema change reaches. The rule per kind follows what the change can do to an
/// operation: a removed field reaches its selections, an added required argument every selection of its field, an
/// added enum value the fields that read the enum, an added union member the fields that return the union, and so on.
/// Description changes reach nothing.
/// </summary>
internal static class ChangeImpact
{
    public static IEnumerable<SchemaUsage> AffectedUsages(SchemaChange change, SchemaUsageSet usages)
    {
        var field = change.FieldName is null ? null : change.TypeName + "." + change.FieldName;
        switch (change.Kind)
        {
            case ChangeKind.TypeRemoved:
            case ChangeKind.TypeKindChanged:
                return usages.Of(change.TypeName).Where(u => u.Kind == SchemaUsageKind.Type);
            case ChangeKind.FieldRemoved:
            case ChangeKind.FieldTypeChanged:
            case ChangeKind.FieldDeprecationAdded:
            case ChangeKind.FieldDeprecationReasonChanged:
                return usages.Of(change.Coordinate).Where(u => u.Kind == SchemaUsageKind.Field);
            case ChangeKind.ArgumentAdded:
            case ChangeKind.ArgumentDefaultChanged:
                // Reaches every selection of the field: those that omit the argument get the new behaviour.
                return field is null ? Enumerable.Empty<SchemaUsage>() : usages.Of(field).Where(u => u.Kind == SchemaUsageKind.Field);
            case ChangeKind.ArgumentRemoved:
            case ChangeKind.ArgumentTypeChanged:
            case ChangeKind.ArgumentDeprecationAdded:
            case ChangeKind.ArgumentDeprecationReasonChanged:
            case ChangeKind.DirectiveArgumentRemoved:
            case ChangeKind.DirectiveArgumentTypeChanged:
                return usages.Of(change.Coordinate).Where(u => u.Kind == SchemaUsageKind.Argument);
            case ChangeKind.InputFieldAdded:
            case ChangeKind.InputFieldRemoved:
            case ChangeKind.InputFieldTypeChanged:
            case ChangeKind.InputFieldDefaultChanged:
            case ChangeKind.InputFieldDeprecationAdded:
            case ChangeKind.InputFieldDeprecationReasonChanged:
                // Literal uses of the field, and every place the input type is sent (variables build it at run time).
                return usages.Of(change.Coordinate).Where(u => u.Kind == SchemaUsageKind.InputField)
                    .Concat(usages.OfType(change.TypeName, TypeUsageRole.Input));
            case ChangeKind.InputObjectOneOfAdded:
                return usages.OfType(change.TypeName, TypeUsageRole.Input);
            case ChangeKind.EnumValueAdded:
                return usages.OfType(change.TypeName, TypeUsageRole.Output);
            case ChangeKind.EnumValueRemoved:
                return usages.Of(change.Coordinate).Where(u => u.Kind == SchemaUsageKind.EnumValue)
                    .Concat(usages.OfType(change.TypeName, TypeUsageRole.Input));
            case ChangeKind.EnumValueDeprecationAdded:
            case ChangeKind.EnumValueDeprecationReasonChanged:
                return usages.Of(change.Coordinate).Where(u => u.Kind == SchemaUsageKind.EnumValue);
            case ChangeKind.UnionMemberAdded:
                return usages.OfType(change.TypeName, TypeUsageRole.Output);
            case ChangeKind.InterfaceAdded:
                return change.RelatedType is null ? Enumerable.Empty<SchemaUsage>() : usages.OfType(change.RelatedType, TypeUsageRole.Output);
            case ChangeKind.UnionMemberRemoved:
            case ChangeKind.InterfaceRemoved:
                var spread = change.Kind == ChangeKind.UnionMemberRemoved ? change.RelatedType : change.TypeName;
                return spread is null ? Enumerable.Empty<SchemaUsage>() : usages.OfType(spread, TypeUsageRole.TypeCondition);
            case ChangeKind.RootTypeChanged:
            case ChangeKind.RootTypeRemoved:
                return usages.OfType(change.TypeName, TypeUsageRole.Output).Where(u => u.Coordinate == change.TypeName);
            case ChangeKind.DirectiveRemoved:
            case ChangeKind.DirectiveLocationRemoved:
            case ChangeKind.DirectiveRepeatableRemoved:
            case ChangeKind.DirectiveArgumentAdded:
            case ChangeKind.DirectiveArgumentDefaultChanged:
                var directive = change.Coordinate.Split('(')[0];
                return usages.Of(directive).Where(u => u.Kind == SchemaUsageKind.Directive);
            default:
                return Enumerable.Empty<SchemaUsage>();
        }
    }
}
