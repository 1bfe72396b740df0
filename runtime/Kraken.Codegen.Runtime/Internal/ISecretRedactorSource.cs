namespace Kraken.Codegen.Runtime.Internal;

/// <summary>
/// A token provider that knows secrets (credentials, issued tokens) and shares them, so that the executor removes
/// them from its messages too. Lets the executor and the token provider meet without knowing each other's type.
/// </summary>
internal interface ISecretRedactorSource
{
    SecretRedactor Redactor { get; }
}
