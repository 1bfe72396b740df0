using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;

namespace Kraken.Codegen.Core.Validation;

/// <summary>
/// Validation results shared within one process. In a build, the generator and the analyzer each need the validation
/// of every schema group's operation files; the first to ask computes it and the other reuses it, so the validator
/// runs once per document set. Results are keyed by content (the schema's fingerprint, the options, and every file's
/// path and text), so a result is only ever reused for identical input, and the cache keeps the few most recent ones.
/// </summary>
public static class SharedValidation
{
    // A build asks for each group twice; an IDE session asks again after each edit. A handful covers both.
    private const int Capacity = 8;

    private static readonly object Gate = new();
    private static readonly LinkedList<(Key Key, DocumentSetValidation Result)> Recent = new();

    /// <summary>The validation of <paramref name="files"/> against <paramref name="schema"/>: computed, or reused from an identical earlier request.</summary>
    public static DocumentSetValidation Validate(SchemaModel schema, IEnumerable<SourceFile> files, ValidationOptions options, CancellationToken cancellationToken = default)
    {
        var sorted = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        var key = new Key(schema.Fingerprint, options, sorted);
        lock (Gate)
        {
            for (var node = Recent.First; node is not null; node = node.Next)
            {
                if (node.Value.Key.Equals(key))
                {
                    Recent.Remove(node);
                    Recent.AddFirst(node);
                    return node.Value.Result;
                }
            }
        }

        var result = DocumentSetValidation.Run(schema, sorted, options, cancellationToken);
        lock (Gate)
        {
            Recent.AddFirst((key, result));
            while (Recent.Count > Capacity)
            {
                Recent.RemoveLast();
            }
        }

        return result;
    }

    /// <summary>The cached result for exactly this input, if any (for tests that check reuse).</summary>
    internal static DocumentSetValidation? Find(SchemaModel schema, IEnumerable<SourceFile> files, ValidationOptions options)
    {
        var key = new Key(schema.Fingerprint, options, files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray());
        lock (Gate)
        {
            return Recent.FirstOrDefault(entry => entry.Key.Equals(key)).Result;
        }
    }

    private sealed class Key : IEquatable<Key>
    {
        private readonly string _schemaFingerprint;
        private readonly ValidationOptions _options;
        private readonly SourceFile[] _files;
        private readonly int _hash;

        public Key(string schemaFingerprint, ValidationOptions options, SourceFile[] files)
        {
            _schemaFingerprint = schemaFingerprint;
            _options = options;
            _files = files;
            var hash = (schemaFingerprint.GetHashCode() * 31) + options.GetHashCode();
            foreach (var file in files)
            {
                hash = unchecked((((hash * 31) + file.Path.GetHashCode()) * 31) + file.Text.GetHashCode());
            }

            _hash = hash;
        }

        public bool Equals(Key? other) =>
            other is not null
            && _hash == other._hash
            && _schemaFingerprint == other._schemaFingerprint
            && _options.Equals(other._options)
            && _files.Length == other._files.Length
            && _files.Zip(other._files, (a, b) => a.Path == b.Path && a.Text == b.Text).All(same => same);

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => _hash;
    }
}
