using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Generator.Common;

namespace Kraken.Codegen.Generator.Model;

/// <summary>A named fragment's definition text, cut out of its file, with the group it belongs to.</summary>
public sealed record FragmentSource(string GroupDirectory, string Name, string Path, string Text);

/// <summary>
/// One operation's definition text, cut out of its file, with the group it belongs to and where it starts in the file
/// (its keyword and name), where the generator's diagnostics about it are reported.
/// </summary>
public sealed record OperationSource(string GroupDirectory, string Name, string Kind, string Path, string Text, int Ordinal, SourceLocation Location);

/// <summary>
/// An operation's name and place (its file and its position among the file's operations), without its text: enough to
/// keep generated file names unique, also for an operation written twice.
/// </summary>
public sealed record OperationIdentity(string GroupDirectory, string Name, string Kind, string Path, int Ordinal);

/// <summary>The definitions found in one operation file.</summary>
public sealed record OperationFileSpec(string Path, string GroupDirectory, EquatableArray<OperationSource> Operations, EquatableArray<FragmentSource> Fragments);
