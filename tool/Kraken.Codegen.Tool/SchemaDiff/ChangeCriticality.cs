namespace Kraken.Codegen.Tool.SchemaDiff;

/// <summary>How a schema change affects existing operations (ordered from harmless to harmful).</summary>
internal enum ChangeCriticality
{
    /// <summary>Existing operations keep working and keep their meaning.</summary>
    Safe,

    /// <summary>Operations stay valid, but behaviour or results may change (new enum values, changed defaults, …).</summary>
    Dangerous,

    /// <summary>Existing valid operations may fail.</summary>
    Breaking,
}
