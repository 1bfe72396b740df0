using System.Diagnostics;
using System.Text.Json;
using Kraken.Codegen.Fuzz.Harness;

namespace Kraken.Codegen.Fuzz.Tests;

/// <summary>Runs the harness the way a developer does, as a child process, and reads its report.</summary>
internal static class FuzzRun
{
    public static async Task<(IReadOnlyList<TargetReport> Reports, string Output)> RunAsync(params string[] arguments)
    {
        var folder = Directory.CreateTempSubdirectory("kraken-codegen-fuzz-run-");
        try
        {
            var report = Path.Combine(folder.FullName, "report.json");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Kraken.Codegen.Fuzz.dll"));
            start.ArgumentList.Add("run");
            foreach (var argument in arguments.Concat(["--findings", Path.Combine(folder.FullName, "findings"), "--report", report]))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
            await process.WaitForExitAsync(timeout.Token);
            var text = await output + await error;
            Assert.True(File.Exists(report), "The harness wrote no report:\n" + text);
            var reports = JsonSerializer.Deserialize<List<TargetReport>>(await File.ReadAllTextAsync(report))!;
            return (reports, text);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
