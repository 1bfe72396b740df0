using Kraken.Codegen.Core.Schema;

namespace Kraken.Codegen.Tool.SchemaDiff;

/// <summary>
/// Compares two schemas element by element and classifies every change as BREAKING, DANGEROUS or SAFE by the table in
/// the project's schema-change guide (the classification GraphQL Inspector applies). The specified directives and the
/// introspection types are part of every schema and are not compared. Results are sorted by coordinate and kind.
/// </summary>
internal sealed class SchemaDiffer
{
    private readonly SchemaModel _old;
    private readonly SchemaModel _new;
    private readonly List<SchemaChange> _changes = new();

    private SchemaDiffer(SchemaModel oldSchema, SchemaModel newSchema)
    {
        _old = oldSchema;
        _new = newSchema;
    }

    public static IReadOnlyList<SchemaChange> Compare(SchemaModel oldSchema, SchemaModel newSchema, SchemaDiffOptions? options = null)
    {
        options ??= SchemaDiffOptions.Default;
        var differ = new SchemaDiffer(oldSchema, newSchema);
        differ.CompareRoots();
        differ.CompareTypes();
        differ.CompareDirectives();
        return differ._changes
            .Where(c => !(options.IgnoreDescriptions && c.IsDescriptionChange))
            .Select(c => Adjust(c, options))
            .OrderBy(c => c.Coordinate, StringComparer.Ordinal)
            .ThenBy(c => c.Kind)
            .ThenBy(c => c.Message, StringComparer.Ordinal)
            .ToArray();
    }

    private static SchemaChange Adjust(SchemaChange change, SchemaDiffOptions options)
    {
        var criticality = change.Criticality;
        if (options.DeprecatedRemovalDangerous && change.WasDeprecated && criticality == ChangeCriticality.Breaking && IsRemoval(change.Kind))
        {
            criticality = ChangeCriticality.Dangerous;
        }

        if (options.DangerousAsBreaking && criticality == ChangeCriticality.Dangerous)
        {
            criticality = ChangeCriticality.Breaking;
        }

        return criticality == change.Criticality ? change : change with { Criticality = criticality };
    }

    private static bool IsRemoval(ChangeKind kind) => kind is ChangeKind.FieldRemoved or ChangeKind.ArgumentRemoved or ChangeKind.InputFieldRemoved or ChangeKind.EnumValueRemoved;

    private void CompareRoots()
    {
        foreach (var (operation, oldName, newName) in new[]
                 {
                     ("query", _old.QueryTypeName, _new.QueryTypeName),
                     ("mutation", _old.MutationTypeName, _new.MutationTypeName),
                     ("subscription", _old.SubscriptionTypeName, _new.SubscriptionTypeName),
                 })
        {
            if (oldName == newName)
            {
                continue;
            }

            var coordinate = "schema." + operation;
            if (oldName is null)
            {
                Add(ChangeKind.RootTypeAdded, ChangeCriticality.Safe, coordinate, $"The {operation} root type '{newName}' was added.", "Nothing used it before.", newName!);
            }
            else if (newName is null)
            {
                Add(ChangeKind.RootTypeRemoved, ChangeCriticality.Breaking, coordinate, $"The {operation} root type '{oldName}' was removed.", $"Every {operation} operation fails.", oldName);
            }
            else
            {
                Add(ChangeKind.RootTypeChanged, ChangeCriticality.Breaking, coordinate, $"The {operation} root type changed from '{oldName}' to '{newName}'.", $"Every {operation} operation is validated against another type.", oldName);
            }
        }
    }

    private void CompareTypes()
    {
        var names = Names(_old.Types.Where(IsCompared).Select(t => t.Name), _new.Types.Where(IsCompared).Select(t => t.Name));
        foreach (var name in names)
        {
            var oldType = _old.GetType(name);
            var newType = _new.GetType(name);
            if (oldType is null)
            {
                Add(ChangeKind.TypeAdded, ChangeCriticality.Safe, name, $"Type '{name}' ({KindName(newType!.Kind)}) was added.", "No operation can use it yet.", name);
                continue;
            }

            if (newType is null)
            {
                Add(ChangeKind.TypeRemoved, ChangeCriticality.Breaking, name, $"Type '{name}' ({KindName(oldType.Kind)}) was removed.", "Selections, fragments and variables of this type fail.", name);
                continue;
            }

            if (oldType.Kind != newType.Kind)
            {
                Add(ChangeKind.TypeKindChanged, ChangeCriticality.Breaking, name, $"Type '{name}' changed from {KindName(oldType.Kind)} to {KindName(newType.Kind)}.", "Selection sets and spreads on it change meaning.", name);
                continue;
            }

            CompareDescription(ChangeKind.TypeDescriptionChanged, name, $"Type '{name}'", oldType.Description, newType.Description, name);
            switch (oldType)
            {
                case FieldsTypeDefinition oldFields:
                    CompareInterfaces(oldFields, (FieldsTypeDefinition)newType);
                    CompareFields(oldFields, (FieldsTypeDefinition)newType);
                    break;
                case UnionTypeDefinition oldUnion:
                    CompareUnion(oldUnion, (UnionTypeDefinition)newType);
                    break;
                case EnumTypeDefinition oldEnum:
                    CompareEnum(oldEnum, (EnumTypeDefinition)newType);
                    break;
                case InputObjectTypeDefinition oldInput:
                    CompareInput(oldInput, (InputObjectTypeDefinition)newType);
                    break;
            }
        }
    }

    private static bool IsCompared(NamedTypeDefinition type) => !type.Name.StartsWith("__", StringComparison.Ordinal);

    private void CompareInterfaces(FieldsTypeDefinition oldType, FieldsTypeDefinition newType)
    {
        foreach (var added in newType.Interfaces.Except(oldType.Interfaces, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal))
        {
            AddChange(new SchemaChange(ChangeKind.InterfaceAdded, ChangeCriticality.Dangerous, oldType.Name, $"'{oldType.Name}' now implements interface '{added}'.", $"Clients reading '{added}' may meet a type they do not expect.") { TypeName = oldType.Name, RelatedType = added });
        }

        foreach (var removed in oldType.Interfaces.Except(newType.Interfaces, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal))
        {
            AddChange(new SchemaChange(ChangeKind.InterfaceRemoved, ChangeCriticality.Breaking, oldType.Name, $"'{oldType.Name}' no longer implements interface '{removed}'.", $"Spreads of '{oldType.Name}' within '{removed}' fail.") { TypeName = oldType.Name, RelatedType = removed });
        }
    }

    private void CompareFields(FieldsTypeDefinition oldType, FieldsTypeDefinition newType)
    {
        foreach (var name in Names(oldType.Fields.Select(f => f.Name), newType.Fields.Select(f => f.Name)))
        {
            var oldField = oldType.Fields[name];
            var newField = newType.Fields[name];
            var coordinate = oldType.Name + "." + name;
            if (oldField is null)
            {
                Add(ChangeKind.FieldAdded, ChangeCriticality.Safe, coordinate, $"Field '{coordinate}' ({newField!.Type}) was added.", "No operation selects it yet.", oldType.Name, name);
                continue;
            }

            if (newField is null)
            {
                var deprecated = oldField.Deprecation is not null;
                AddChange(new SchemaChange(
                    ChangeKind.FieldRemoved,
                    ChangeCriticality.Breaking,
                    coordinate,
                    $"Field '{coordinate}' was removed{(deprecated ? " (it was deprecated)" : string.Empty)}.",
                    deprecated ? "Operations selecting it fail; it was deprecated, so clients were warned." : "Operations selecting it fail, and it was never deprecated.")
                {
                    WasDeprecated = deprecated,
                    TypeName = oldType.Name,
                    FieldName = name,
                });
                continue;
            }

            if (!oldField.Type.Equals(newField.Type))
            {
                var safe = TypeChangeRules.IsSafeOutputChange(oldField.Type, newField.Type);
                Add(
                    ChangeKind.FieldTypeChanged,
                    safe ? ChangeCriticality.Safe : ChangeCriticality.Breaking,
                    coordinate,
                    $"Field '{coordinate}' changed type from '{oldField.Type}' to '{newField.Type}'.",
                    safe ? "Same named type, non-null only added: clients receive a subset of what they handled." : "Clients may receive values (or nulls) of a type they do not handle.",
                    oldType.Name,
                    name,
                    wasDeprecated: oldField.Deprecation is not null);
            }

            CompareDescription(ChangeKind.FieldDescriptionChanged, coordinate, $"Field '{coordinate}'", oldField.Description, newField.Description, oldType.Name, name);
            CompareDeprecation(ChangeKind.FieldDeprecationAdded, ChangeKind.FieldDeprecationRemoved, ChangeKind.FieldDeprecationReasonChanged, coordinate, $"Field '{coordinate}'", oldField.Deprecation, newField.Deprecation, oldType.Name, name);
            CompareArguments(oldField, newField, oldType.Name);
        }
    }

    private void CompareArguments(FieldDefinition oldField, FieldDefinition newField, string typeName)
    {
        foreach (var name in Names(oldField.Arguments.Select(a => a.Name), newField.Arguments.Select(a => a.Name)))
        {
            var oldArgument = oldField.Arguments[name];
            var newArgument = newField.Arguments[name];
            if (oldArgument is null)
            {
                var coordinate = newArgument!.Coordinate;
                var criticality = newArgument.IsRequired ? ChangeCriticality.Breaking : ChangeCriticality.Dangerous;
                Add(
                    ChangeKind.ArgumentAdded,
                    criticality,
                    coordinate,
                    $"{(newArgument.IsRequired ? "Required" : "Optional")} argument '{name}: {newArgument.Type}{DefaultSuffix(newArgument)}' was added to field '{oldField.Coordinate}'.",
                    newArgument.IsRequired ? "Operations selecting the field without it fail." : "Operations that omit it may get other results.",
                    typeName,
                    oldField.Name);
                continue;
            }

            CompareInputValue(
                oldArgument,
                newArgument,
                "Argument",
                new InputKinds(ChangeKind.ArgumentRemoved, ChangeKind.ArgumentTypeChanged, ChangeKind.ArgumentDefaultChanged, ChangeKind.ArgumentDescriptionChanged, ChangeKind.ArgumentDeprecationAdded, ChangeKind.ArgumentDeprecationRemoved, ChangeKind.ArgumentDeprecationReasonChanged),
                typeName,
                oldField.Name);
        }
    }

    private void CompareInput(InputObjectTypeDefinition oldType, InputObjectTypeDefinition newType)
    {
        if (!oldType.IsOneOf && newType.IsOneOf)
        {
            Add(ChangeKind.InputObjectOneOfAdded, ChangeCriticality.Breaking, oldType.Name, $"Input type '{oldType.Name}' became @oneOf.", "Values with more or fewer than one field fail.", oldType.Name);
        }
        else if (oldType.IsOneOf && !newType.IsOneOf)
        {
            Add(ChangeKind.InputObjectOneOfRemoved, ChangeCriticality.Safe, oldType.Name, $"Input type '{oldType.Name}' is no longer @oneOf.", "Every value that had one field is still valid.", oldType.Name);
        }

        foreach (var name in Names(oldType.Fields.Select(f => f.Name), newType.Fields.Select(f => f.Name)))
        {
            var oldField = oldType.Fields[name];
            var newField = newType.Fields[name];
            if (oldField is null)
            {
                var coordinate = newField!.Coordinate;
                var (criticality, reason) = newField.IsRequired
                    ? (ChangeCriticality.Breaking, "Values that callers build without it fail.")
                    : newField.HasDefaultValue
                        ? (ChangeCriticality.Dangerous, "Callers who omit it get the default, which may change behaviour.")
                        : (ChangeCriticality.Safe, "It is nullable without a default: omitting it changes nothing.");
                Add(ChangeKind.InputFieldAdded, criticality, coordinate, $"Input field '{coordinate}: {newField.Type}{DefaultSuffix(newField)}' was added.", reason, oldType.Name);
                continue;
            }

            CompareInputValue(
                oldField,
                newField!,
                "Input field",
                new InputKinds(ChangeKind.InputFieldRemoved, ChangeKind.InputFieldTypeChanged, ChangeKind.InputFieldDefaultChanged, ChangeKind.InputFieldDescriptionChanged, ChangeKind.InputFieldDeprecationAdded, ChangeKind.InputFieldDeprecationRemoved, ChangeKind.InputFieldDeprecationReasonChanged),
                oldType.Name,
                fieldName: null);
        }
    }

    private readonly record struct InputKinds(
        ChangeKind Removed,
        ChangeKind TypeChanged,
        ChangeKind DefaultChanged,
        ChangeKind DescriptionChanged,
        ChangeKind DeprecationAdded,
        ChangeKind DeprecationRemoved,
        ChangeKind DeprecationReasonChanged);

    /// <summary>Arguments, input fields and directive arguments follow the same rules.</summary>
    private void CompareInputValue(InputValueDefinition oldValue, InputValueDefinition? newValue, string label, InputKinds kinds, string typeName, string? fieldName)
    {
        var coordinate = oldValue.Coordinate;
        if (newValue is null)
        {
            var deprecated = oldValue.Deprecation is not null;
            AddChange(new SchemaChange(
                kinds.Removed,
                ChangeCriticality.Breaking,
                coordinate,
                $"{label} '{coordinate}' was removed{(deprecated ? " (it was deprecated)" : string.Empty)}.",
                "Operations that pass it fail.")
            {
                WasDeprecated = deprecated,
                TypeName = typeName,
                FieldName = fieldName,
            });
            return;
        }

        if (!oldValue.Type.Equals(newValue.Type))
        {
            var safe = TypeChangeRules.IsSafeInputChange(oldValue.Type, newValue.Type);
            Add(
                kinds.TypeChanged,
                safe ? ChangeCriticality.Safe : ChangeCriticality.Breaking,
                coordinate,
                $"{label} '{coordinate}' changed type from '{oldValue.Type}' to '{newValue.Type}'.",
                safe ? "Non-null only removed: every value sent before is still accepted." : "Values sent before may be rejected.",
                typeName,
                fieldName);
        }

        if (!string.Equals(oldValue.DefaultValueText, newValue.DefaultValueText, StringComparison.Ordinal))
        {
            Add(
                kinds.DefaultChanged,
                ChangeCriticality.Dangerous,
                coordinate,
                $"{label} '{coordinate}' default changed from {oldValue.DefaultValueText ?? "(none)"} to {newValue.DefaultValueText ?? "(none)"}.",
                "Callers who omit it get other behaviour.",
                typeName,
                fieldName);
        }

        CompareDescription(kinds.DescriptionChanged, coordinate, $"{label} '{coordinate}'", oldValue.Description, newValue.Description, typeName, fieldName);
        CompareDeprecation(kinds.DeprecationAdded, kinds.DeprecationRemoved, kinds.DeprecationReasonChanged, coordinate, $"{label} '{coordinate}'", oldValue.Deprecation, newValue.Deprecation, typeName, fieldName);
    }

    private void CompareEnum(EnumTypeDefinition oldType, EnumTypeDefinition newType)
    {
        foreach (var name in Names(oldType.Values.Select(v => v.Name), newType.Values.Select(v => v.Name)))
        {
            var oldValue = oldType.Values[name];
            var newValue = newType.Values[name];
            var coordinate = oldType.Name + "." + name;
            if (oldValue is null)
            {
                Add(ChangeKind.EnumValueAdded, ChangeCriticality.Dangerous, coordinate, $"Enum value '{coordinate}' was added.", "Clients that do not handle unknown values break at run time.", oldType.Name);
                continue;
            }

            if (newValue is null)
            {
                var deprecated = oldValue.Deprecation is not null;
                AddChange(new SchemaChange(
                    ChangeKind.EnumValueRemoved,
                    ChangeCriticality.Breaking,
                    coordinate,
                    $"Enum value '{coordinate}' was removed{(deprecated ? " (it was deprecated)" : string.Empty)}.",
                    "Operations that send it fail; code that switches on it is dead.")
                {
                    WasDeprecated = deprecated,
                    TypeName = oldType.Name,
                });
                continue;
            }

            CompareDescription(ChangeKind.EnumValueDescriptionChanged, coordinate, $"Enum value '{coordinate}'", oldValue.Description, newValue.Description, oldType.Name);
            CompareDeprecation(ChangeKind.EnumValueDeprecationAdded, ChangeKind.EnumValueDeprecationRemoved, ChangeKind.EnumValueDeprecationReasonChanged, coordinate, $"Enum value '{coordinate}'", oldValue.Deprecation, newValue.Deprecation, oldType.Name);
        }
    }

    private void CompareUnion(UnionTypeDefinition oldType, UnionTypeDefinition newType)
    {
        foreach (var added in newType.Members.Except(oldType.Members, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal))
        {
            AddChange(new SchemaChange(ChangeKind.UnionMemberAdded, ChangeCriticality.Dangerous, oldType.Name, $"Member '{added}' was added to union '{oldType.Name}'.", "Clients may meet a type they do not expect.") { TypeName = oldType.Name, RelatedType = added });
        }

        foreach (var removed in oldType.Members.Except(newType.Members, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal))
        {
            AddChange(new SchemaChange(ChangeKind.UnionMemberRemoved, ChangeCriticality.Breaking, oldType.Name, $"Member '{removed}' was removed from union '{oldType.Name}'.", $"Spreads on '{removed}' within the union fail.") { TypeName = oldType.Name, RelatedType = removed });
        }
    }

    private void CompareDirectives()
    {
        var names = Names(_old.Directives.Where(IsCompared).Select(d => d.Name), _new.Directives.Where(IsCompared).Select(d => d.Name));
        foreach (var name in names)
        {
            var oldDirective = _old.GetDirective(name);
            var newDirective = _new.GetDirective(name);
            var coordinate = "@" + name;
            if (oldDirective is null)
            {
                Add(ChangeKind.DirectiveAdded, ChangeCriticality.Safe, coordinate, $"Directive '{coordinate}' was added.", "No operation uses it yet.");
                continue;
            }

            if (newDirective is null)
            {
                Add(ChangeKind.DirectiveRemoved, ChangeCriticality.Breaking, coordinate, $"Directive '{coordinate}' was removed.", "Operations that apply it fail.");
                continue;
            }

            CompareDescription(ChangeKind.DirectiveDescriptionChanged, coordinate, $"Directive '{coordinate}'", oldDirective.Description, newDirective.Description, string.Empty);
            foreach (var location in newDirective.Locations.Except(oldDirective.Locations).OrderBy(l => l))
            {
                Add(ChangeKind.DirectiveLocationAdded, ChangeCriticality.Safe, coordinate, $"Directive '{coordinate}' may now be used on {DirectiveLocations.ToGraphQL(location)}.", "Existing uses stay valid.");
            }

            foreach (var location in oldDirective.Locations.Except(newDirective.Locations).OrderBy(l => l))
            {
                Add(ChangeKind.DirectiveLocationRemoved, ChangeCriticality.Breaking, coordinate, $"Directive '{coordinate}' may no longer be used on {DirectiveLocations.ToGraphQL(location)}.", "Operations that use it there fail.");
            }

            if (oldDirective.IsRepeatable != newDirective.IsRepeatable)
            {
                Add(
                    newDirective.IsRepeatable ? ChangeKind.DirectiveRepeatableAdded : ChangeKind.DirectiveRepeatableRemoved,
                    newDirective.IsRepeatable ? ChangeCriticality.Safe : ChangeCriticality.Breaking,
                    coordinate,
                    $"Directive '{coordinate}' {(newDirective.IsRepeatable ? "became" : "is no longer")} repeatable.",
                    newDirective.IsRepeatable ? "Existing uses stay valid." : "Operations that repeat it fail.");
            }

            foreach (var argumentName in Names(oldDirective.Arguments.Select(a => a.Name), newDirective.Arguments.Select(a => a.Name)))
            {
                var oldArgument = oldDirective.Arguments[argumentName];
                var newArgument = newDirective.Arguments[argumentName];
                if (oldArgument is null)
                {
                    Add(
                        ChangeKind.DirectiveArgumentAdded,
                        newArgument!.IsRequired ? ChangeCriticality.Breaking : ChangeCriticality.Safe,
                        newArgument.Coordinate,
                        $"{(newArgument.IsRequired ? "Required" : "Optional")} argument '{argumentName}: {newArgument.Type}' was added to directive '{coordinate}'.",
                        newArgument.IsRequired ? "Uses without it fail." : "Existing uses stay valid.");
                    continue;
                }

                CompareInputValue(
                    oldArgument,
                    newArgument,
                    "Directive argument",
                    new InputKinds(ChangeKind.DirectiveArgumentRemoved, ChangeKind.DirectiveArgumentTypeChanged, ChangeKind.DirectiveArgumentDefaultChanged, ChangeKind.DirectiveArgumentDescriptionChanged, ChangeKind.ArgumentDeprecationAdded, ChangeKind.ArgumentDeprecationRemoved, ChangeKind.ArgumentDeprecationReasonChanged),
                    string.Empty,
                    fieldName: null);
            }
        }
    }

    private static bool IsCompared(DirectiveDefinition directive) => !BuiltIns.DirectiveNames.Contains(directive.Name);

    private void CompareDescription(ChangeKind kind, string coordinate, string label, string? oldDescription, string? newDescription, string typeName, string? fieldName = null)
    {
        if (Normalize(oldDescription) == Normalize(newDescription))
        {
            return;
        }

        var message = (oldDescription, newDescription) switch
        {
            (null or "", _) => $"{label} got a description.",
            (_, null or "") => $"{label} lost its description.",
            _ => $"{label} changed its description.",
        };
        Add(kind, ChangeCriticality.Safe, coordinate, message, "Documentation only.", typeName, fieldName);
    }

    private void CompareDeprecation(ChangeKind added, ChangeKind removed, ChangeKind reasonChanged, string coordinate, string label, Deprecation? oldDeprecation, Deprecation? newDeprecation, string typeName, string? fieldName = null)
    {
        if (oldDeprecation is null && newDeprecation is not null)
        {
            var removal = newDeprecation.RemovalOn is { } date ? $" (removal on or after {Deprecation.FormatDate(date)})" : string.Empty;
            Add(added, ChangeCriticality.Safe, coordinate, $"{label} was deprecated{removal}: {newDeprecation.SingleLineReason}", "The warning before a removal: plan the migration.", typeName, fieldName);
        }
        else if (oldDeprecation is not null && newDeprecation is null)
        {
            Add(removed, ChangeCriticality.Safe, coordinate, $"{label} is no longer deprecated.", "It stays.", typeName, fieldName);
        }
        else if (oldDeprecation is not null && newDeprecation is not null && Normalize(oldDeprecation.Reason) != Normalize(newDeprecation.Reason))
        {
            Add(reasonChanged, ChangeCriticality.Safe, coordinate, $"{label} has a new deprecation reason: {newDeprecation.SingleLineReason}", "Check whether the removal date moved.", typeName, fieldName);
        }
    }

    private static string Normalize(string? text) => (text ?? string.Empty).Replace("\r\n", "\n").Trim();

    private static string DefaultSuffix(InputValueDefinition value) => value.DefaultValueText is { } text ? " = " + text : string.Empty;

    private static IEnumerable<string> Names(IEnumerable<string> oldNames, IEnumerable<string> newNames) =>
        oldNames.Union(newNames, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal);

    internal static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.InputObject => "input object",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private void Add(ChangeKind kind, ChangeCriticality criticality, string coordinate, string message, string reason, string typeName = "", string? fieldName = null, bool wasDeprecated = false) =>
        AddChange(new SchemaChange(kind, criticality, coordinate, message, reason) { TypeName = typeName, FieldName = fieldName, WasDeprecated = wasDeprecated });

    private void AddChange(SchemaChange change) => _changes.Add(change);
}
