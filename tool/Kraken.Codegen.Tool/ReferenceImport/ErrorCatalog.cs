using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kraken.Codegen.Tool.ReferenceImport;

/// <summary>The error codes of one schema: code → text, and operation → the codes its entry lists.</summary>
internal sealed class ErrorCatalog
{
    private ErrorCatalog(SortedDictionary<string, string> texts, IReadOnlyList<OperationModel> operations, IReadOnlyList<ImportWarning> conflicts)
    {
        Texts = texts;
        Operations = operations;
        Conflicts = conflicts;
    }

    public SortedDictionary<string, string> Texts { get; }

    public IReadOnlyList<OperationModel> Operations { get; }

    /// <summary>Codes whose text differs between entries; the first text is kept.</summary>
    public IReadOnlyList<ImportWarning> Conflicts { get; }

    public static ErrorCatalog Build(ImportedSchema imported)
    {
        var texts = new SortedDictionary<string, string>(ErrorCodeComparer.Instance);
        var conflicts = new List<ImportWarning>();
        foreach (var operation in imported.Operations)
        {
            foreach (var error in operation.Errors)
            {
                if (!texts.TryGetValue(error.Code, out var known))
                {
                    texts[error.Code] = error.Text;
                }
                else if (known != error.Text)
                {
                    conflicts.Add(new ImportWarning(error.Line, operation.FieldName,
                        $"{error.Code} reads \"{error.Text}\" here but \"{known}\" where first listed; the first text is kept")
                    { Endpoint = imported.Endpoint });
                }
            }
        }

        var operations = imported.Operations.OrderBy(operation => operation.Name, StringComparer.Ordinal).ToList();
        return new ErrorCatalog(texts, operations, conflicts);
    }

    public string ToJson(ReferenceEndpoint endpoint)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartObject();
            writer.WriteString("endpoint", ReferenceEndpoints.Url(endpoint));
            writer.WriteStartObject("errors");
            foreach (var (code, text) in Texts)
            {
                writer.WriteString(code, text);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("operations");
            foreach (var operation in Operations)
            {
                writer.WriteStartObject(operation.Name);
                writer.WriteString("field", operation.FieldName);
                writer.WriteStartArray("errors");
                foreach (var error in operation.Errors)
                {
                    writer.WriteStringValue(error.Code);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Orders KT-CT-1113 before KT-CT-10003: by prefix, then by number.</summary>
    private sealed class ErrorCodeComparer : IComparer<string>
    {
        public static readonly ErrorCodeComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            var (prefixX, numberX) = Split(x ?? "");
            var (prefixY, numberY) = Split(y ?? "");
            var byPrefix = string.CompareOrdinal(prefixX, prefixY);
            if (byPrefix != 0)
            {
                return byPrefix;
            }

            var byNumber = numberX.CompareTo(numberY);
            return byNumber != 0 ? byNumber : string.CompareOrdinal(x, y);
        }

        private static (string Prefix, long Number) Split(string code)
        {
            var dash = code.LastIndexOf('-');
            return dash > 0 && long.TryParse(code[(dash + 1)..], out var number)
                ? (code[..dash], number)
                : (code, 0);
        }
    }
}
