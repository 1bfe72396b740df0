using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Generator.Common;

namespace Kraken.Codegen.Generator.Model;

/// <summary>A named fragment's definition text, cut out of its file, with the group it belongs to.</summary>
public sealed record FragmentSource(string GroupDirectory, string Name, string Path, string Text);

/// <summary>
/// One operation's definition text, cut out of its file, with the group it belongs to. It holds nothing about its
/// place in the file, so adding or moving other definitions in the file leaves it equal (and its binding cached).
/// </summary>
public sealed record OperationSource(string GroupDirectory, string Name, string Kind, string Path, string Text);

/// <summary>An operation's name and place, without its text: enough to keep generated file names unique.</summary>
public sealed record OperationIdentity(string GroupDirectory, string Name, string Kind, string Path);

/// <summary>
/// Where an operation starts in its file (its keyword and name): where the generator reports what concerns the whole
/// operation. Kept apart from <see cref="OperationSource"/>, so a line added above an operation moves its diagnostics
/// without binding it again.
/// </summary>
public sealed record OperationHead(string Path, string Name, SourceLocation Location);

/// <summary>The definitions found in one operation file.</summary>
/// <param name="Failure">Why the file could not be read into definitions (an unexpected failure), or null.</param>
public sealed record OperationFileSpec(
    string Path,
    string GroupDirectory,
    EquatableArray<OperationSource> Operations,
    EquatableArray<FragmentSource> Fragments,
    EquatableArray<OperationHead> Heads,
    GraphQLDiagnostic? Failure = null);
