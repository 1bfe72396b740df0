using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Tool.Sarif;

namespace Kraken.Codegen.Tool.SchemaDiff;

/// <summary>
/// Schema changes as SARIF 2.1.0: one result per change, its rule by criticality (DIFF001 breaking as error, DIFF002
/// dangerous as warning, DIFF003 safe as note), located at the changed element's definition in the new schema (in the
/// old one for removals), or at the start of the schema file when the element has no position (introspection results).
/// Code scanning needs a location on every result.
/// </summary>
internal static class DiffSarif
{
    public static readonly SarifRule BreakingRule = new("DIFF001", "BreakingSchemaChange", "A schema change that breaks existing operations or clients.");
    public static readonly SarifRule DangerousRule = new("DIFF002", "DangerousSchemaChange", "A schema change that may change the behaviour of existing operations or clients.");
    public static readonly SarifRule SafeRule = new("DIFF003", "SafeSchemaChange", "A schema change that existing operations and clients do not notice.");

    public static string Write(IReadOnlyList<SchemaChange> changes, string oldPath, SchemaModel oldSchema, string newPath, SchemaModel newSchema)
    {
        var results = DiffReport.Ordered(changes).Select(change => new SarifResult(
                RuleOf(change.Criticality).Id,
                change.Criticality switch { ChangeCriticality.Breaking => "error", ChangeCriticality.Dangerous => "warning", _ => "note" },
                $"{change.Coordinate}: {change.Message} {change.Reason}".TrimEnd(),
                // The element itself where it is now, or where it was (a removal); else the type that holds it.
                Find(newSchema, change, memberOnly: true) ?? Find(oldSchema, change, memberOnly: true)
                    ?? Find(newSchema, change, memberOnly: false) ?? Find(oldSchema, change, memberOnly: false)
                    ?? FileStart(ElementIsGone(newSchema, change) ? oldPath : newPath)))
            .ToList();
        return SarifWriter.Write([BreakingRule, DangerousRule, SafeRule], results);
    }

    private static SarifRule RuleOf(ChangeCriticality criticality) => criticality switch
    {
        ChangeCriticality.Breaking => BreakingRule,
        ChangeCriticality.Dangerous => DangerousRule,
        _ => SafeRule,
    };

    /// <summary>The definition of the changed element (or of the type that holds it) in one schema.</summary>
    private static SourceLocation? Find(SchemaModel schema, SchemaChange change, bool memberOnly)
    {
        if (change.TypeName.Length == 0)
        {
            var name = change.Coordinate.TrimStart('@').Split('(', '.')[0];
            return schema.GetDirective(name)?.Location;
        }

        var type = schema.GetType(change.TypeName);
        if (type is null)
        {
            return null;
        }

        var member = change.FieldName ?? MemberOf(change.Coordinate);
        if (member is null && memberOnly)
        {
            return type.Location;
        }

        var memberLocation = member is null ? null : type switch
        {
            FieldsTypeDefinition fields => fields.Fields[member]?.Location,
            InputObjectTypeDefinition input => input.Fields[member]?.Location,
            EnumTypeDefinition enumType => enumType.Values[member]?.Location,
            _ => null,
        };
        return memberOnly ? memberLocation : memberLocation ?? type.Location;
    }

    private static bool ElementIsGone(SchemaModel schema, SchemaChange change) => change.TypeName.Length > 0 && schema.GetType(change.TypeName) is null;

    /// <summary><c>Type.member(arg:)</c> → <c>member</c>.</summary>
    private static string? MemberOf(string coordinate)
    {
        var dot = coordinate.IndexOf('.');
        return dot < 0 ? null : coordinate.Substring(dot + 1).Split('(')[0];
    }

    private static SourceLocation FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);
}
