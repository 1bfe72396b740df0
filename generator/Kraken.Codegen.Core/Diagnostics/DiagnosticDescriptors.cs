namespace Kraken.Codegen.Core.Diagnostics;

/// <summary>
/// Every diagnostic the project reports, with stable IDs in documented ranges:
/// <list type="bullet">
/// <item>KGQL0001–0099: reading documents (syntax, self-protection limits).</item>
/// <item>KGQL0100–0199: schema problems.</item>
/// <item>KGQL0200–0299: operation validation, one ID per rule of the GraphQL specification, section 5.</item>
/// <item>KGQL0300–0399: deprecated usage.</item>
/// <item>KGQL0500–0599: code generation and configuration.</item>
/// </list>
/// The README lists them all; <c>AnalyzerReleases.Shipped.md</c> tracks them for Roslyn.
/// </summary>
public static class DiagnosticDescriptors
{
    /// <summary>The help of each ID is a section of docs/diagnostics.md in this repository, anchored by the lower-case ID.</summary>
    public const string HelpLinkBase = "docs/diagnostics.md#";

    private const string Syntax = "GraphQL.Syntax";
    private const string Limits = "GraphQL.Limits";
    private const string Schema = "GraphQL.Schema";
    private const string Validation = "GraphQL.Validation";

    /// <summary>The category of the deprecated-usage diagnostics (KGQL0301–KGQL0305).</summary>
    public const string DeprecationCategory = "GraphQL.Deprecation";

    private const string Deprecation = DeprecationCategory;
    private const string Generation = "GraphQL.CodeGeneration";

    private static readonly Dictionary<string, GraphQLDiagnosticDescriptor> ById = new(StringComparer.Ordinal);

    // Reading documents.
    public static readonly GraphQLDiagnosticDescriptor SyntaxError = Add("KGQL0001", "GraphQL syntax error", Syntax, GraphQLDiagnosticSeverity.Error);
    public static readonly GraphQLDiagnosticDescriptor DocumentTooLarge = Add("KGQL0002", "GraphQL document exceeds the size limit", Limits, GraphQLDiagnosticSeverity.Error);
    public static readonly GraphQLDiagnosticDescriptor TooManyTokens = Add("KGQL0003", "GraphQL document exceeds the token limit", Limits, GraphQLDiagnosticSeverity.Error);
    public static readonly GraphQLDiagnosticDescriptor NestingTooDeep = Add("KGQL0004", "GraphQL document is nested too deeply", Limits, GraphQLDiagnosticSeverity.Error);
    public static readonly GraphQLDiagnosticDescriptor InternalError = Add("KGQL0005", "Internal error while processing a GraphQL file", Syntax, GraphQLDiagnosticSeverity.Error);

    // Schema.
    public static readonly GraphQLDiagnosticDescriptor UnknownTypeReference = Add("KGQL0101", "Schema references an unknown type", Schema, GraphQLDiagnosticSeverity.Error);
    public static readonly GraphQLDiagnosticDescriptor DuplicateSchemaDefinition = Add("KGQL0102", "Schema element is defined twice", Schema, GraphQLDiagnosticSeverity.Error);
    public static readonly GraphQLDiagnosticDescriptor InterfaceNotImplemented = Add("KGQL0103", "Type does not implement its interface correctly", Schema, GraphQLDiagnosticSeverity.Error);
    public static readonly GraphQLDiagnosticDescriptor EmptyEnum = Add("KGQL0104", "Enum type has no values", Schema, GraphQLDiagnosticSeverity.Error);
    public static readonly GraphQLDiagnosticDescriptor TypeWithoutFields = Add("KGQL0105", "Type declares no fields", Schema, GraphQLDiagnosticSeverity.Info);
    public static readonly GraphQLDiagnosticDescriptor ExtensionOfUnknownType = Add("KGQL0106", "Extension of an unknown or different type", Schema, GraphQLDiagnosticSeverity.Error);
    public static readonly GraphQLDiagnosticDescriptor InvalidIntrospection = Add("KGQL0107", "Introspection result cannot be read", Schema, GraphQLDiagnosticSeverity.Error);
    public static readonly GraphQLDiagnosticDescriptor MissingQueryType = Add("KGQL0108", "Schema has no query root type", Schema, GraphQLDiagnosticSeverity.Error);
    public static readonly GraphQLDiagnosticDescriptor InvalidTypeUsage = Add("KGQL0109", "Type used where its kind is not allowed", Schema, GraphQLDiagnosticSeverity.Error);
    public static readonly GraphQLDiagnosticDescriptor ExecutableDefinitionInSchema = Add("KGQL0110", "Schema file contains an operation or fragment", Schema, GraphQLDiagnosticSeverity.Error);
    public static readonly GraphQLDiagnosticDescriptor IdenticalDuplicateField = Add("KGQL0111", "Field is defined twice identically", Schema, GraphQLDiagnosticSeverity.Warning);

    // Operation validation, one per rule of section 5 of the specification.
    public static readonly GraphQLDiagnosticDescriptor ExecutableDefinitions = Add("KGQL0201", "Executable Definitions", Validation, GraphQLDiagnosticSeverity.Error, "5.1.1");
    public static readonly GraphQLDiagnosticDescriptor OperationTypeExistence = Add("KGQL0202", "Operation Type Existence", Validation, GraphQLDiagnosticSeverity.Error, "5.2.1.1");
    public static readonly GraphQLDiagnosticDescriptor OperationNameUniqueness = Add("KGQL0203", "Operation Name Uniqueness", Validation, GraphQLDiagnosticSeverity.Error, "5.2.2.1");
    public static readonly GraphQLDiagnosticDescriptor LoneAnonymousOperation = Add("KGQL0204", "Lone Anonymous Operation", Validation, GraphQLDiagnosticSeverity.Error, "5.2.3.1");
    public static readonly GraphQLDiagnosticDescriptor SingleRootField = Add("KGQL0205", "Single Root Field", Validation, GraphQLDiagnosticSeverity.Error, "5.2.4.1");
    public static readonly GraphQLDiagnosticDescriptor FieldSelections = Add("KGQL0206", "Field Selections", Validation, GraphQLDiagnosticSeverity.Error, "5.3.1");
    public static readonly GraphQLDiagnosticDescriptor FieldSelectionMerging = Add("KGQL0207", "Field Selection Merging", Validation, GraphQLDiagnosticSeverity.Error, "5.3.2");
    public static readonly GraphQLDiagnosticDescriptor LeafFieldSelections = Add("KGQL0208", "Leaf Field Selections", Validation, GraphQLDiagnosticSeverity.Error, "5.3.3");
    public static readonly GraphQLDiagnosticDescriptor ArgumentNames = Add("KGQL0209", "Argument Names", Validation, GraphQLDiagnosticSeverity.Error, "5.4.1");
    public static readonly GraphQLDiagnosticDescriptor ArgumentUniqueness = Add("KGQL0210", "Argument Uniqueness", Validation, GraphQLDiagnosticSeverity.Error, "5.4.2");
    public static readonly GraphQLDiagnosticDescriptor RequiredArguments = Add("KGQL0211", "Required Arguments", Validation, GraphQLDiagnosticSeverity.Error, "5.4.3");
    public static readonly GraphQLDiagnosticDescriptor FragmentNameUniqueness = Add("KGQL0212", "Fragment Name Uniqueness", Validation, GraphQLDiagnosticSeverity.Error, "5.5.1.1");
    public static readonly GraphQLDiagnosticDescriptor FragmentSpreadTypeExistence = Add("KGQL0213", "Fragment Spread Type Existence", Validation, GraphQLDiagnosticSeverity.Error, "5.5.1.2");
    public static readonly GraphQLDiagnosticDescriptor FragmentsOnCompositeTypes = Add("KGQL0214", "Fragments On Composite Types", Validation, GraphQLDiagnosticSeverity.Error, "5.5.1.3");
    public static readonly GraphQLDiagnosticDescriptor FragmentsMustBeUsed = Add("KGQL0215", "Fragments Must Be Used", Validation, GraphQLDiagnosticSeverity.Error, "5.5.1.4");
    public static readonly GraphQLDiagnosticDescriptor FragmentSpreadTargetDefined = Add("KGQL0216", "Fragment Spread Target Defined", Validation, GraphQLDiagnosticSeverity.Error, "5.5.2.1");
    public static readonly GraphQLDiagnosticDescriptor FragmentSpreadsMustNotFormCycles = Add("KGQL0217", "Fragment Spreads Must Not Form Cycles", Validation, GraphQLDiagnosticSeverity.Error, "5.5.2.2");
    public static readonly GraphQLDiagnosticDescriptor FragmentSpreadIsPossible = Add("KGQL0218", "Fragment Spread Is Possible", Validation, GraphQLDiagnosticSeverity.Error, "5.5.2.3");
    public static readonly GraphQLDiagnosticDescriptor ValuesOfCorrectType = Add("KGQL0219", "Values of Correct Type", Validation, GraphQLDiagnosticSeverity.Error, "5.6.1");
    public static readonly GraphQLDiagnosticDescriptor InputObjectFieldNames = Add("KGQL0220", "Input Object Field Names", Validation, GraphQLDiagnosticSeverity.Error, "5.6.2");
    public static readonly GraphQLDiagnosticDescriptor InputObjectFieldUniqueness = Add("KGQL0221", "Input Object Field Uniqueness", Validation, GraphQLDiagnosticSeverity.Error, "5.6.3");
    public static readonly GraphQLDiagnosticDescriptor InputObjectRequiredFields = Add("KGQL0222", "Input Object Required Fields", Validation, GraphQLDiagnosticSeverity.Error, "5.6.4");
    public static readonly GraphQLDiagnosticDescriptor DirectivesAreDefined = Add("KGQL0223", "Directives Are Defined", Validation, GraphQLDiagnosticSeverity.Error, "5.7.1");
    public static readonly GraphQLDiagnosticDescriptor DirectivesAreInValidLocations = Add("KGQL0224", "Directives Are In Valid Locations", Validation, GraphQLDiagnosticSeverity.Error, "5.7.2");
    public static readonly GraphQLDiagnosticDescriptor DirectivesAreUniquePerLocation = Add("KGQL0225", "Directives Are Unique Per Location", Validation, GraphQLDiagnosticSeverity.Error, "5.7.3");
    public static readonly GraphQLDiagnosticDescriptor VariableUniqueness = Add("KGQL0226", "Variable Uniqueness", Validation, GraphQLDiagnosticSeverity.Error, "5.8.1");
    public static readonly GraphQLDiagnosticDescriptor VariablesAreInputTypes = Add("KGQL0227", "Variables Are Input Types", Validation, GraphQLDiagnosticSeverity.Error, "5.8.2");
    public static readonly GraphQLDiagnosticDescriptor AllVariableUsesDefined = Add("KGQL0228", "All Variable Uses Defined", Validation, GraphQLDiagnosticSeverity.Error, "5.8.3");
    public static readonly GraphQLDiagnosticDescriptor AllVariablesUsed = Add("KGQL0229", "All Variables Used", Validation, GraphQLDiagnosticSeverity.Error, "5.8.4");
    public static readonly GraphQLDiagnosticDescriptor AllVariableUsagesAreAllowed = Add("KGQL0230", "All Variable Usages Are Allowed", Validation, GraphQLDiagnosticSeverity.Error, "5.8.5");

    // Deprecated usage.
    public static readonly GraphQLDiagnosticDescriptor DeprecatedField = Add("KGQL0301", "Deprecated field used", Deprecation, GraphQLDiagnosticSeverity.Warning);
    public static readonly GraphQLDiagnosticDescriptor DeprecatedArgument = Add("KGQL0302", "Deprecated argument used", Deprecation, GraphQLDiagnosticSeverity.Warning);
    public static readonly GraphQLDiagnosticDescriptor DeprecatedInputField = Add("KGQL0303", "Deprecated input field used", Deprecation, GraphQLDiagnosticSeverity.Warning);
    public static readonly GraphQLDiagnosticDescriptor DeprecatedEnumValue = Add("KGQL0304", "Deprecated enum value used", Deprecation, GraphQLDiagnosticSeverity.Warning);
    public static readonly GraphQLDiagnosticDescriptor PastRemovalDate = Add("KGQL0305", "Deprecated element used past its removal date", Deprecation, GraphQLDiagnosticSeverity.Error);

    // Code generation and configuration.
    public static readonly GraphQLDiagnosticDescriptor NoSchema = Add("KGQL0501", "No GraphQL schema found", Generation, GraphQLDiagnosticSeverity.Error);
    public static readonly GraphQLDiagnosticDescriptor AnonymousOperation = Add("KGQL0502", "Operation has no name", Generation, GraphQLDiagnosticSeverity.Error);
    public static readonly GraphQLDiagnosticDescriptor UnmappedScalar = Add("KGQL0503", "Custom scalar has no C# mapping", Generation, GraphQLDiagnosticSeverity.Warning);
    public static readonly GraphQLDiagnosticDescriptor InvalidConfiguration = Add("KGQL0504", "Invalid code generation setting", Generation, GraphQLDiagnosticSeverity.Error);
    public static readonly GraphQLDiagnosticDescriptor GeneratorFailure = Add("KGQL0505", "Code generation failed for a file", Generation, GraphQLDiagnosticSeverity.Error);

    /// <summary>All descriptors, ordered by ID.</summary>
    public static IReadOnlyList<GraphQLDiagnosticDescriptor> All => ById.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();

    public static GraphQLDiagnosticDescriptor Get(string id) =>
        ById.TryGetValue(id, out var descriptor) ? descriptor : throw new KeyNotFoundException("Unknown diagnostic ID " + id);

    private static GraphQLDiagnosticDescriptor Add(string id, string title, string category, GraphQLDiagnosticSeverity severity, string? specSection = null)
    {
        var descriptor = new GraphQLDiagnosticDescriptor(id, title, category, severity, specSection);
        ById.Add(id, descriptor);
        return descriptor;
    }
}
