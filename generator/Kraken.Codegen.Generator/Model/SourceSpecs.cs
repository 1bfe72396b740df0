using Kraken.Codegen.Generator.Common;

namespace Kraken.Codegen.Generator.Model;

/// <summary>A named fragment's definition text, cut out of its file, with the group it belongs to.</summary>
public sealed record FragmentSource(string GroupDirectory, string Name, string Path, string Text);

/// <summary>One operation's definition text, cut out of its file, with the group it belongs to.</summary>
public sealed record OperationSource(string GroupDirectory, string Name, string Path, string Text, int Ordinal);

/// <summary>The definitions found in one operation file.</summary>
public sealed record OperationFileSpec(string Path, string GroupDirectory, EquatableArray<OperationSource> Operations, EquatableArray<FragmentSource> Fragments);
