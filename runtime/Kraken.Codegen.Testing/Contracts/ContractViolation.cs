namespace Kraken.Codegen.Testing;

/// <summary>
/// One way a JSON document breaks its contract: where (a JSON path such as <c>$.data.account.balance</c>), the kind
/// of violation (the JSON Schema validator's name for it, such as <c>IntegerExpected</c>), and a readable message.
/// </summary>
public sealed record ContractViolation(string Path, string Kind, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
