using System.Text;

namespace Kraken.Codegen.Benchmarks.Compile;

/// <summary>
/// Every value measured in a run, by figure and generator label, in the order measured, and the table printed at the
/// end: median (min–max) per label and, from the second label on, the median of the run-by-run ratios against the
/// first label (runs are interleaved, so each pair ran under the same machine load).
/// </summary>
internal sealed class Measurements
{
    private readonly List<string> _figures = new();
    private readonly Dictionary<(string Figure, string Label), List<double>> _values = new();
    private readonly List<string> _labels = new();
    private readonly Dictionary<string, string> _units = new();

    public void Add(string figure, string unit, string label, double value)
    {
        if (!_figures.Contains(figure))
        {
            _figures.Add(figure);
            _units[figure] = unit;
        }

        if (!_labels.Contains(label))
        {
            _labels.Add(label);
        }

        if (!_values.TryGetValue((figure, label), out var list))
        {
            _values[(figure, label)] = list = new List<double>();
        }

        list.Add(value);
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("| figure | unit |");
        foreach (var label in _labels)
        {
            text.Append($" {label}: median (min–max) |");
        }

        foreach (var label in _labels.Skip(1))
        {
            text.Append($" {label} / {_labels[0]} |");
        }

        text.AppendLine().Append("| --- | --- |").Append(string.Concat(Enumerable.Repeat(" ---: |", _labels.Count * 2 - 1))).AppendLine();
        foreach (var figure in _figures)
        {
            var unit = _units[figure];
            text.Append($"| {figure} | {unit} |");
            foreach (var label in _labels)
            {
                var summary = Summary.Of(Values(figure, label));
                text.Append(summary is null ? " – |" : $" {summary.Format(unit)} [{summary.Count}] |");
            }

            var baseline = Values(figure, _labels[0]);
            foreach (var label in _labels.Skip(1))
            {
                var ratios = baseline.Zip(Values(figure, label), (b, v) => b == 0 ? double.NaN : v / b).Where(r => !double.IsNaN(r));
                var summary = Summary.Of(ratios);
                text.Append(summary is null ? " – |" : $" {summary.Format("x")} |");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private IReadOnlyList<double> Values(string figure, string label) =>
        _values.TryGetValue((figure, label), out var list) ? list : Array.Empty<double>();
}
