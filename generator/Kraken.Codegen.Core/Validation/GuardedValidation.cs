using Kraken.Codegen.Core.Diagnostics;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Validation;

/// <summary>
/// One schema group's validation through <see cref="StepGuard"/>. Validation takes the group's files as one document
/// set (fragments are shared across files), so when it fails unexpectedly the files that fail on their own are found
/// and the others are validated together without them: one broken file never takes its neighbours' results along.
/// </summary>
internal sealed class GuardedValidation
{
    private GuardedValidation(DocumentSetValidation? validation, IReadOnlyList<(string Path, Exception Failure)> failures)
    {
        Validation = validation;
        Failures = failures;
    }

    /// <summary>The validation of the files that did not fail (null when none is left).</summary>
    public DocumentSetValidation? Validation { get; }

    /// <summary>The files whose validation failed, with the exception.</summary>
    public IReadOnlyList<(string Path, Exception Failure)> Failures { get; }

    public static GuardedValidation Run(SchemaModel schema, IReadOnlyList<SourceFile> files, ValidationOptions options, CancellationToken cancellationToken)
    {
        var whole = TryValidate(schema, files, options, cancellationToken, out var wholeFailure);
        if (whole is not null)
        {
            return new GuardedValidation(whole, Array.Empty<(string, Exception)>());
        }

        var failures = new List<(string Path, Exception Failure)>();
        var healthy = new List<SourceFile>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var alone = StepGuard.Run<Exception?>(
                StepGuard.Validate,
                file.Path,
                () =>
                {
                    DocumentSetValidation.Run(schema, new[] { file }, options, cancellationToken);
                    return null;
                },
                exception => exception,
                cancellationToken);
            if (alone is null)
            {
                healthy.Add(file);
            }
            else
            {
                failures.Add((file.Path, alone));
            }
        }

        if (failures.Count == 0)
        {
            // No file fails on its own: the failure belongs to the set as a whole, so it is every file's.
            return new GuardedValidation(null, files.Select(f => (f.Path, wholeFailure!)).ToList());
        }

        Exception? restFailure = null;
        var rest = healthy.Count == 0 ? null : TryValidate(schema, healthy, options, cancellationToken, out restFailure);
        if (rest is null && restFailure is not null)
        {
            failures.AddRange(healthy.Select(f => (f.Path, restFailure)));
        }

        return new GuardedValidation(rest, failures);
    }

    private static DocumentSetValidation? TryValidate(SchemaModel schema, IReadOnlyList<SourceFile> files, ValidationOptions options, CancellationToken cancellationToken, out Exception? failure)
    {
        Exception? caught = null;
        var result = StepGuard.Run<DocumentSetValidation?>(
            StepGuard.Validate,
            files.Select(f => f.Path).ToList(),
            () => SharedValidation.Validate(schema, files, options, cancellationToken),
            exception =>
            {
                caught = exception;
                return null;
            },
            cancellationToken);
        failure = caught;
        return result;
    }
}
