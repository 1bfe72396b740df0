namespace Kraken.Codegen.Tool.ReferenceImport.Inference;

/// <summary>What the inference says about itself: a provenance record for every element it infers, and its warnings.</summary>
internal sealed class InferenceLog
{
    private readonly ReferenceEndpoint _endpoint;
    private readonly List<ImportWarning> _warnings = [];
    private readonly List<ProvenanceRecord> _provenance = [];

    public InferenceLog(ReferenceEndpoint endpoint) => _endpoint = endpoint;

    public IReadOnlyList<ImportWarning> Warnings => _warnings;

    public IReadOnlyList<ProvenanceRecord> Provenance => _provenance;

    public void Record(string element, InferredTypeRef type, InferenceRule rule, ParsedEntry entry, int line, string? note) =>
        _provenance.Add(new ProvenanceRecord(element, type.ToString(), rule, entry.Entry.DisplayName, line, note));

    public void Warn(int line, ReferenceEntry entry, string message) =>
        _warnings.Add(new ImportWarning(line, entry.DisplayName, message) { Endpoint = _endpoint });
}
