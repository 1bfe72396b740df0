namespace Kraken.Codegen.Core.Usage;

/// <summary>How a type usage reaches the type: the answer of a field, a fragment's condition, or an input.</summary>
public enum TypeUsageRole
{
    /// <summary>Not a type usage.</summary>
    None,

    /// <summary>The operation reads values of the type (a selected field returns it).</summary>
    Output,

    /// <summary>A fragment or inline fragment is conditioned on the type.</summary>
    TypeCondition,

    /// <summary>The operation sends values of the type (a variable, an argument or an input field has it), directly or nested.</summary>
    Input,
}
