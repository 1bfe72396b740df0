using BenchmarkDotNet.Running;
using Kraken.Codegen.Benchmarks.Runtime;

if (args is ["--sizes"])
{
    Console.WriteLine($"Read benchmark body: {Payloads.ReadingsResponse(ReadBenchmarks.ReadingCount).Length:N0} bytes ({ReadBenchmarks.ReadingCount:N0} readings)");
    Console.WriteLine($"Call benchmark body: {Payloads.ReadingsResponse(CallBenchmarks.ReadingCount).Length:N0} bytes ({CallBenchmarks.ReadingCount:N0} readings)");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ReadBenchmarks).Assembly).Run(args);
return 0;
