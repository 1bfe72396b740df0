using Kraken.Codegen.Benchmarks.Compile;
using Kraken.Codegen.Benchmarks.Compile.Profiling;

// Usage (from the repository root; see README.md):
//   dotnet run -c Release --project bench/Kraken.Codegen.Benchmarks.Compile -- [--generator label=checkout]… [--runs N]
//       [--warm-edits N] [--scenarios kraken-full,kraken-edit,github-fresh,github-warm,profile] [--work dir] [--keep]
// The --profile-* arguments are the harness's own child processes.
if (args.Length > 0 && args[0] == "--profile-generator")
{
    return ProfileChild.RunGenerator(args[1], args[2], trackSteps: args.Contains("--track-steps"), recordJit: args.Contains("--jit-events"));
}

if (args.Length > 0 && args[0] == "--profile-core")
{
    return ProfileChild.RunCore(args[1]);
}

HarnessOptions options;
try
{
    options = HarnessOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(HarnessOptions.Usage);
    return 2;
}

return new Harness(options, Console.Out).Run();
