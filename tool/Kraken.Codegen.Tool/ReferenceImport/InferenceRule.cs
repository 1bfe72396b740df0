namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>A documented inference rule; provenance.md lists every rule and where each was applied.</summary>
internal sealed record InferenceRule(string Id, string Text);

internal static class InferenceRules
{
    public static readonly InferenceRule TypeLine = new("T1",
        "The return type of a documented field is its `Type:` line, exactly as written (lists and `!` included).");

    public static readonly InferenceRule MissingTypeLeaf = new("T2",
        "An entry without a `Type:` line whose operation selects no sub-fields: the return type comes from the example response value by the sample rules S1–S13.");

    public static readonly InferenceRule MissingTypeObject = new("T3",
        "An entry without a `Type:` line whose operation selects sub-fields: an object type named by rule T4 when it applies, else by rule N1; a list when the example response is a list.");

    public static readonly InferenceRule SameSelection = new("T4",
        "An entry without a `Type:` line takes the type of another entry of the same server whose operation has exactly the same selection set and whose `Type:` line names it.");

    public static readonly InferenceRule ArgumentFromVariable = new("A1",
        "An argument's type is the declared type of the variable that feeds it in the operation text (argument names come from the operation text; the argument table lost them). Its description is the argument-table row at the same position when the row count matches the argument count.");

    public static readonly InferenceRule VariableTypeKind = new("V1",
        "A non-built-in type named by a variable declaration is an input object when its example value is a bare type name, an enum when its example value is an UPPER_CASE string (the enum lists only the example values the reference shows), otherwise a custom scalar.");

    public static readonly InferenceRule SampleString = new("S1",
        "Example `\"abc123\"` → `String`. The reference uses the same sample for `ID`; `String` is chosen (both travel as JSON strings).");

    public static readonly InferenceRule SampleInt = new("S2",
        "Example `1` (an integer) → `Int`.");

    public static readonly InferenceRule SampleDecimal = new("S3",
        "Example `1.0` (a number with a fraction) → `Decimal`. The reference uses the same sample for `Float`; `Decimal` is chosen because Kraken sends `Decimal` values as strings and a `Decimal` reader accepts both numbers and strings, while a `Float` reader fails on strings.");

    public static readonly InferenceRule SampleBoolean = new("S4",
        "Example `true` → `Boolean`.");

    public static readonly InferenceRule SampleDateTime = new("S5",
        "Example `\"2020-01-01T00:00:00.000Z\"` → custom scalar `DateTime`.");

    public static readonly InferenceRule SampleDate = new("S6",
        "Example `\"2020-01-01\"` → custom scalar `Date`.");

    public static readonly InferenceRule SampleJson = new("S7",
        "Example `{\"key\": \"value\"}` (a JSON object) → custom scalar `GenericScalar` (any JSON value). The reference never names the JSON scalar of these fields; Kraken's two JSON scalars are `JSONString` and `GenericScalar`, and `GenericScalar` is chosen because a client for it reads both an object and a string.");

    public static readonly InferenceRule SampleEnumValue = new("S8",
        "Example UPPER_CASE string such as `\"PENDING\"` on an output field → `String`: it is an enum value, but the reference never names the output enum type, so no enum is invented; every client can read a `String`.");

    public static readonly InferenceRule SampleOfVariableScalar = new("S9",
        "Example string equal to the example value of a variable of a custom scalar (for instance the UUID sample of a `UUID` variable) → that scalar.");

    public static readonly InferenceRule SampleOtherString = new("S10",
        "Any other example string → `String`.");

    public static readonly InferenceRule SampleList = new("S11",
        "Example list `[v]` → a list of the type of `v`, items nullable. Lists are only known where the example shows brackets.");

    public static readonly InferenceRule BareScalarName = new("S12",
        "A bare type name as the example of a field that selects no sub-fields (`\"identifier\": NonEmptyString`) → custom scalar of that name.");

    public static readonly InferenceRule NoExample = new("S13",
        "No usable example value (missing, `null` or an empty list) → `String`, with a warning.");

    public static readonly InferenceRule FragmentSpreadType = new("O1",
        "A field whose selection is `...XFragment` has object type `X` (the fragment name minus `Fragment`); a list when its example is a list. The example's bare type name must agree; when it does not, the fragment wins and a warning is given.");

    public static readonly InferenceRule InlineFragmentUnion = new("O2",
        "A field whose selection has inline fragments `... on A`, `... on B` has a union type of those members: named by the field's `Type:` line when it has one, else by a named union with exactly the same members, else by rule N1.");

    public static readonly InferenceRule NestedObject = new("O3",
        "A nested field that selects sub-fields directly (not through a fragment) gets an object type named by the example's bare type name when there is one, else by rule N1.");

    public static readonly InferenceRule FieldlessType = new("K1",
        "A type the operations need but whose fields the reference does not give is declared without a field list (`type AccountUserType`); the same holds for input objects named only by variable declarations.");

    public static readonly InferenceRule FragmentDefinition = new("F1",
        "The reference spreads fragments it never defines. Each fragment `XFragment` is defined on type `X` (the name minus `Fragment`) and selects only `__typename`, which is valid against the real API for any type and adds no query cost.");

    public static readonly InferenceRule SyntheticName = new("N1",
        "Where an object or union type is needed but the reference names none, the type is called `<ParentType>_<field>` (for a documented field `Query_<field>`). The underscore marks the name as made by the importer: no Kraken type name contains one. Operations never spell these names, so they stay valid against the real API.");

    public static readonly InferenceRule Nullability = new("Z1",
        "Inferred types are nullable; `!` appears only where the reference writes it (in `Type:` lines and variable declarations).");

    public static readonly InferenceRule FirstAppearance = new("M1",
        "A field shown by several entries keeps the type of its first appearance in the reference; any disagreement is a warning.");

    public static readonly InferenceRule Deprecation = new("D1",
        "A \"Deprecated\" block becomes `@deprecated(reason:)` in Kraken's template: the \"The '<name>' field is deprecated.\" line, a blank line, the explanation, a blank line, then the \"- Marked as deprecated on …\" and \"- Scheduled for removal on or after …\" lines, all text as the reference gives it.");

    public static readonly InferenceRule Endpoint = new("E1",
        "An entry belongs to the server of its `URL:` line; an entry that lost its URL belongs to the server of the section it sits in (\"API Site\" or \"Authentication Server\").");

    public static IReadOnlyList<InferenceRule> All { get; } =
    [
        TypeLine, MissingTypeLeaf, MissingTypeObject, SameSelection, ArgumentFromVariable, VariableTypeKind,
        SampleString, SampleInt, SampleDecimal, SampleBoolean, SampleDateTime, SampleDate, SampleJson,
        SampleEnumValue, SampleOfVariableScalar, SampleOtherString, SampleList, BareScalarName, NoExample,
        FragmentSpreadType, InlineFragmentUnion, NestedObject, FieldlessType, FragmentDefinition, SyntheticName,
        Nullability, FirstAppearance, Deprecation, Endpoint,
    ];
}
