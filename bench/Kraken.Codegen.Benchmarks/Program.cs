using BenchmarkDotNet.Running;
using Kraken.Codegen.Benchmarks;

if (CorpusFiles.SharedFolder is null)
{
    Console.Error.WriteLine("The benchmarks need the corpora in ../shared beside the repository; it is absent.");
    return 1;
}

BenchmarkSwitcher.FromAssembly(typeof(CoreBenchmarks).Assembly).Run(args);
return 0;
