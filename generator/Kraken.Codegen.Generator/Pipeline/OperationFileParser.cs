using Kraken.Codegen.Core.Diagnostics;
using GraphQLParser.AST;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Generator.Common;
using Kraken.Codegen.Generator.Model;

namespace Kraken.Codegen.Generator.Pipeline;

/// <summary>Splits an operation file into its operations and fragments, each with its own text.</summary>
internal static class OperationFileParser
{
    /// <summary>Parses the file; an unexpected failure gives a file with no definitions and KGQL0505 on it.</summary>
    public static OperationFileSpec ParseGuarded(GraphQLFileInput file, CancellationToken cancellationToken) =>
        StepGuard.Run(
            StepGuard.ParseOperations,
            file.Path,
            () => Parse(file, cancellationToken),
            exception => Empty(file) with { Failure = StepGuard.Failure(DiagnosticDescriptors.GeneratorFailure, StepGuard.ParseOperations, file.Path, exception) },
            cancellationToken);

    public static OperationFileSpec Parse(GraphQLFileInput file, CancellationToken cancellationToken)
    {
        var source = new SourceFile(file.Path, file.Text);
        var document = ParsedDocuments.Parse(source, cancellationToken);
        if (document.Syntax is null)
        {
            // Syntax errors are the analyzer's to report; nothing is generated from a broken file.
            return Empty(file);
        }

        var operations = new List<OperationSource>();
        var fragments = new List<FragmentSource>();
        var heads = new List<OperationHead>();
        foreach (var definition in document.Syntax.Definitions)
        {
            var text = file.Text.Substring(definition.Location.Start, definition.Location.End - definition.Location.Start);
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    var name = operation.Name?.StringValue ?? string.Empty;
                    operations.Add(new OperationSource(file.GroupDirectory, name, operation.Operation.ToString(), file.Path, text));
                    var headEnd = operation.Name?.Location.End ?? Math.Min(operation.Location.Start + 1, file.Text.Length);
                    heads.Add(new OperationHead(file.Path, name, source.GetLocation(operation.Location.Start, headEnd)));
                    break;
                case GraphQLFragmentDefinition fragment:
                    fragments.Add(new FragmentSource(file.GroupDirectory, fragment.FragmentName.Name.StringValue, file.Path, text));
                    break;
            }
        }

        return new OperationFileSpec(file.Path, file.GroupDirectory, operations.ToEquatableArray(), fragments.ToEquatableArray(), heads.ToEquatableArray());
    }

    private static OperationFileSpec Empty(GraphQLFileInput file) =>
        new(file.Path, file.GroupDirectory, EquatableArray<OperationSource>.Empty, EquatableArray<FragmentSource>.Empty, EquatableArray<OperationHead>.Empty);
}
