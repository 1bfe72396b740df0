namespace Kraken.Codegen.Testing;

/// <summary>The outcome of checking one JSON document against an operation's contract.</summary>
public sealed class ContractVerificationResult
{
    internal ContractVerificationResult(string operationName, IReadOnlyList<ContractViolation> violations)
    {
        OperationName = operationName;
        Violations = violations;
    }

    public string OperationName { get; }

    public IReadOnlyList<ContractViolation> Violations { get; }

    public bool IsValid => Violations.Count == 0;

    /// <summary>One line per violation, or a line saying the document conforms.</summary>
    public override string ToString() => IsValid
        ? $"{OperationName}: conforms to its contract."
        : $"{OperationName}: {Violations.Count} contract violation(s):\n" + string.Join("\n", Violations.Select(v => "  " + v));
}
