using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Diagnostics;

/// <summary>
/// Runs one step of the analyzer's or the generator's pipeline on the input of one file (or of one schema group's
/// files), so that an unexpected exception (a bug, or a library failing on hostile input) becomes a diagnostic on that
/// file instead of escaping into the compiler, where it would hide every other file's output (CS8785, AD0001). Every
/// step that touches user input goes through here; the step names are the constants below.
/// </summary>
internal static class StepGuard
{
    /// <summary>Reading an additional file and deciding what it is.</summary>
    public const string ReadFile = "read-file";

    /// <summary>Loading one schema group's schema (SDL or introspection).</summary>
    public const string LoadSchema = "load-schema";

    /// <summary>Splitting an operation file into its operations and fragments (the generator).</summary>
    public const string ParseOperations = "parse-operations";

    /// <summary>Parsing and validating one schema group's operation files as one document set.</summary>
    public const string Validate = "validate";

    /// <summary>Preparing what binding needs from one schema group: its fragments and type names (the generator).</summary>
    public const string BindGroup = "bind-group";

    /// <summary>Binding one operation to the schema (the generator).</summary>
    public const string Bind = "bind";

    /// <summary>Binding one schema group's enums, input objects, fragment interfaces and client (the generator).</summary>
    public const string SharedTypes = "shared-types";

    /// <summary>Rendering one generated file (the generator).</summary>
    public const string Emit = "emit";

    /// <summary>Runs <paramref name="body"/> for the file at <paramref name="path"/>; an exception goes to <paramref name="onFailure"/>.</summary>
    public static T Run<T>(string step, string path, Func<T> body, Func<Exception, T> onFailure, CancellationToken cancellationToken) =>
        Run(step, new[] { path }, body, onFailure, cancellationToken);

    /// <summary>Runs <paramref name="body"/> for the files at <paramref name="paths"/> (one step over several files, such as a group's validation).</summary>
    public static T Run<T>(string step, IReadOnlyList<string> paths, Func<T> body, Func<Exception, T> onFailure, CancellationToken cancellationToken)
    {
        try
        {
            StepFaults.ThrowIfInjected(step, paths);
            return body();
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return onFailure(exception);
        }
    }

    /// <summary>The diagnostic for a step that failed on <paramref name="path"/>: at <paramref name="location"/>, or at the start of the file.</summary>
    public static GraphQLDiagnostic Failure(GraphQLDiagnosticDescriptor descriptor, string step, string path, Exception exception, SourceLocation? location = null) =>
        descriptor.Create(
            location ?? new SourceFile(path, string.Empty).GetLocation(0, 0),
            $"{Describe(step)} failed unexpectedly ({exception.GetType().Name}: {OneLine(exception.Message)}); {Consequence(descriptor, step)}");

    private static string Describe(string step) => step switch
    {
        ReadFile => "Reading this file",
        LoadSchema => "Loading this schema",
        ParseOperations => "Reading the operations of this file",
        Validate => "Validating this file",
        BindGroup => "Preparing the operations of this schema for binding",
        Bind => "Binding this operation",
        SharedTypes => "Generating the shared types of this schema",
        Emit => "Rendering the code of this file",
        _ => "Step '" + step + "'",
    };

    private static string Consequence(GraphQLDiagnosticDescriptor descriptor, string step) =>
        descriptor.Id == DiagnosticDescriptors.InternalError.Id
            ? "its diagnostics may be incomplete. Please report this with the file."
            : step is SharedTypes or LoadSchema or BindGroup
                ? "no code is generated from it; the other files still generate. Please report this with the file."
                : "no code is generated for it; the other files still generate. Please report this with the file.";

    private static string OneLine(string message) => message.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');
}
