using Kraken.Codegen.Benchmarks.Lsp;
using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;
using Kraken.Codegen.TestSupport;

// kraken-codegen lsp: how long after a keystroke the editor has fresh diagnostics, on the UK Kraken schema.
//   1. through the real server process: didChange written to its stdin until publishDiagnostics for that version is read;
//   2. the server's own work in process (apply the edit, re-validate the project, compute what to publish);
//   3. the baseline: parsing and validating the same document against the loaded schema, nothing else.
// Each keystroke types or deletes one character at the end of a field name in the middle of the operation.
const int Warmup = 60;
const int Keystrokes = 400;

var ukFolder = RepositoryLayout.SharedFolder is { } shared ? Path.Combine(shared, "corpora", "kraken-uk") : null;
if (ukFolder is null || !File.Exists(Path.Combine(ukFolder, "schema.graphql")))
{
    Console.Error.WriteLine("../shared/corpora/kraken-uk is absent: this benchmark needs the UK Kraken schema.");
    return 2;
}

var workspace = Path.Combine(Path.GetTempPath(), "kraken-lsp-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(workspace);
try
{
    var schemaPath = Path.Combine(workspace, "schema.graphql");
    File.Copy(Path.Combine(ukFolder, "schema.graphql"), schemaPath);
    var schema = SchemaBuilder.Build(new SourceFile(schemaPath, File.ReadAllText(schemaPath)));
    var operationPath = Path.Combine(workspace, "Probe.graphql");
    var text = OperationSynthesis.HundredLineOperation(schema);
    var (line, column) = OperationSynthesis.MiddleField(text);
    var clean = DocumentValidator.Validate(schema, ExecutableDocument.Parse(operationPath, text));
    Console.WriteLine($"Operation: {OperationSynthesis.LineCount(text)} lines, {clean.Count(d => d.IsError)} errors as written; keystrokes at line {line + 1}.");

    // The three measures alternate keystroke by keystroke, so that they see the same machine load.
    var process = new ProcessServer(workspace, operationPath, text, line, column);
    await process.StartAsync();
    var inProcess = new InProcessServer(workspace, operationPath, text, line, column);
    var bare = new BareValidation(schema, operationPath, text, line);
    var processTimes = new List<double>();
    var inProcessTimes = new List<double>();
    var bareTimes = new List<double>();
    for (var i = 0; i < Warmup + Keystrokes; i++)
    {
        var overStdio = await process.KeystrokeAsync(i);
        var serverWork = inProcess.Keystroke(i);
        var floor = bare.Keystroke(i);
        if (i >= Warmup)
        {
            processTimes.Add(overStdio);
            inProcessTimes.Add(serverWork);
            bareTimes.Add(floor);
        }
    }

    await process.StopAsync();

    Console.WriteLine();
    Console.WriteLine($"{"measure",-64} {"median",10} {"p90",10}");
    Print("keystroke to diagnostics, server process over stdio", processTimes);
    Print("server work in process (edit, project validation, publish set)", inProcessTimes);
    Print("baseline: parse and validate the document alone", bareTimes);
    Console.WriteLine();
    Console.WriteLine($"Ratios of the medians: process {Median(processTimes) / Median(bareTimes):F2}x the bare validation, in-process work {Median(inProcessTimes) / Median(bareTimes):F2}x.");
    return 0;
}
finally
{
    Directory.Delete(workspace, recursive: true);
}

static double Median(List<double> values) => Percentile(values, 0.5);

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    var index = (sorted.Count - 1) * p;
    var low = (int)Math.Floor(index);
    var high = (int)Math.Ceiling(index);
    return sorted[low] + ((sorted[high] - sorted[low]) * (index - low));
}

static void Print(string name, List<double> values) =>
    Console.WriteLine($"{name,-64} {Median(values),7:F2} ms {Percentile(values, 0.9),7:F2} ms");
