namespace Kraken.Codegen.Generator.Pipeline;

/// <summary>Names of the pipeline's steps, for tests that check what re-ran after an edit.</summary>
public static class TrackingNames
{
    public const string Settings = nameof(Settings);
    public const string Files = nameof(Files);
    public const string Schemas = nameof(Schemas);
    public const string OperationFiles = nameof(OperationFiles);
    public const string Fragments = nameof(Fragments);
    public const string OperationIdentities = nameof(OperationIdentities);
    public const string Context = nameof(Context);
    public const string Operations = nameof(Operations);
    public const string Validation = nameof(Validation);
    public const string CheckedOperations = nameof(CheckedOperations);
    public const string BindingInputs = nameof(BindingInputs);
    public const string PreparedOperations = nameof(PreparedOperations);
    public const string BoundOperations = nameof(BoundOperations);
    public const string SharedTypes = nameof(SharedTypes);
    public const string Enums = nameof(Enums);
    public const string InputObjects = nameof(InputObjects);
    public const string FragmentInterfaces = nameof(FragmentInterfaces);
    public const string Clients = nameof(Clients);
    public const string GeneratorDiagnostics = nameof(GeneratorDiagnostics);
}
