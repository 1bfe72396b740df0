using NJsonSchema;

namespace Kraken.Codegen.Testing;

/// <summary>The JSON Schemas of one operation: its variables and its response.</summary>
public sealed class OperationContract
{
    internal OperationContract(string operationName, JsonSchema variables, JsonSchema response)
    {
        OperationName = operationName;
        Variables = variables;
        Response = response;
    }

    public string OperationName { get; }

    public JsonSchema Variables { get; }

    public JsonSchema Response { get; }

    /// <summary>The variables schema as JSON (draft 4, as NJsonSchema writes it).</summary>
    public string VariablesJson => Variables.ToJson();

    public string ResponseJson => Response.ToJson();
}
