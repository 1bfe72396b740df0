namespace Kraken.Codegen.Tool.Drift;

/// <summary>
/// What makes <c>drift</c> exit with 1 (<c>--fail-on</c>):
/// <list type="bullet">
/// <item><c>breaking</c> (default): a breaking change reaches an operation.</item>
/// <item><c>dangerous</c>: a breaking or dangerous change reaches an operation.</item>
/// <item><c>deprecated</c>: a breaking or dangerous change reaches an operation, or an operation uses any deprecated element.</item>
/// <item><c>past-removal</c>: a breaking change reaches an operation, or an operation uses an element past its removal date.</item>
/// </list>
/// </summary>
internal enum DriftFailOn
{
    Breaking,
    Dangerous,
    Deprecated,
    PastRemoval,
}
