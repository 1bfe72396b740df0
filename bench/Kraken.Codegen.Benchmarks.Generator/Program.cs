using BenchmarkDotNet.Running;
using Kraken.Codegen.Benchmarks.Generator;

// Usage: dotnet run -c Release --project bench/Kraken.Codegen.Benchmarks.Generator [-- --verify] [BenchmarkDotNet arguments]
// The verification pass always runs first; --verify stops after it.
if (SharedFiles.Folder is null)
{
    Console.Error.WriteLine(SharedFiles.Missing);
    return 1;
}

var verifyOnly = args.Contains("--verify");
bool verified;
try
{
    verified = Verification.Run(Console.Out);
}
catch (Exception exception) when (exception is InvalidOperationException or FileNotFoundException)
{
    Console.Error.WriteLine("Verification could not run: " + exception.Message);
    return 2;
}

if (!verified)
{
    Console.Error.WriteLine("Verification failed; the benchmark does not run.");
    return 3;
}

if (verifyOnly)
{
    return 0;
}

var summary = BenchmarkRunner.Run<GeneratorBenchmarks>(args: args.Where(a => a != "--verify").ToArray());
return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 4 : 0;
