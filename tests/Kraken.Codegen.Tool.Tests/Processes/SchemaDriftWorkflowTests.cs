using System.Diagnostics;
using System.Text.RegularExpressions;
using Kraken.Codegen.Testing;
using Kraken.Codegen.Tool.Tests.Toolkit;
using YamlDotNet.RepresentationModel;

namespace Kraken.Codegen.Tool.Tests.Processes;

/// <summary>
/// The GitHub Actions workflow in docs/github-actions/schema-drift.yml, run locally: the test reads the workflow,
/// takes its <c>run:</c> steps in order (all but the tool installation), and runs each with bash the way the runner does
/// (<c>bash -eo pipefail</c>, the workflow's and the step's env, <c>$GITHUB_OUTPUT</c> and <c>$GITHUB_STEP_SUMMARY</c>
/// files, <c>${{ steps.….outputs.… }}</c> and <c>${{ secrets.… }}</c> substituted), with <c>kraken-codegen</c> the built
/// tool and the endpoint a loopback mock of the Kraken schema. What it does not run: the <c>uses:</c> steps (checkout,
/// setup-dotnet, upload-sarif); for the upload it checks that the file it names exists and is valid SARIF.
/// </summary>
public sealed class SchemaDriftWorkflowTests
{
    private const string Token = "workflow-test-token";

    [SkippableFact]
    public async Task The_workflow_passes_when_the_live_schema_has_not_drifted()
    {
        var run = await RunWorkflowAsync(sdl => sdl);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("## Schema drift", run.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("\"ruleId\": \"DRIFT001\"", run.Sarif, StringComparison.Ordinal);
        SarifSchema.AssertValid(run.Sarif!);
    }

    [SkippableFact]
    public async Task The_workflow_fails_by_its_exit_policy_when_a_field_the_operations_use_is_gone()
    {
        // AccountType.number is selected by several documented operations; the "live" schema drops it.
        var run = await RunWorkflowAsync(sdl => new Regex(@"(type AccountType \{\n  id: String\n)  number: String\n").Replace(sdl, "$1", 1));

        Assert.True(run.ExitCode == 1 && run.FailedStep == "Exit policy", run.ToString());
        Assert.StartsWith("## Schema drift", run.Summary, StringComparison.Ordinal);
        Assert.Contains("AccountType.number", run.Summary, StringComparison.Ordinal);
        Assert.Contains("\"ruleId\": \"DRIFT001\"", run.Sarif, StringComparison.Ordinal);
        SarifSchema.AssertValid(run.Sarif!);
    }

    private sealed record WorkflowRun(int ExitCode, string? FailedStep, string Summary, string? Sarif, string Log)
    {
        public override string ToString() => $"exit {ExitCode} in step '{FailedStep}'\nsummary:\n{Summary}\nlog:\n{Log}";
    }

    private static async Task<WorkflowRun> RunWorkflowAsync(Func<string, string> liveSchema)
    {
        var root = Kraken.Codegen.TestSupport.RepositoryLayout.Root;
        Skip.If(root is null, "The repository is not beside the tests.");
        Skip.IfNot(File.Exists("/bin/bash") && !OperatingSystem.IsWindows(), "The workflow's steps are bash scripts for a Linux runner; this machine has no /bin/bash.");
        var workflowPath = Path.Combine(root!, "docs", "github-actions", "schema-drift.yml");
        var workflow = LoadYaml(workflowPath);
        var job = (YamlMappingNode)((YamlMappingNode)workflow["jobs"]).Children.Values.Single();

        using var workspace = new TemporaryDirectory();
        CopyFolder(Path.Combine(root!, "schema", "kraken-oeg"), Path.Combine(workspace.Path, "schema", "kraken-oeg"));
        var toolBin = Path.Combine(workspace.Path, ".tool-bin");
        Directory.CreateDirectory(toolBin);
        var wrapper = Path.Combine(toolBin, "kraken-codegen");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec dotnet \"{ToolProcess.Dll}\" \"$@\"\n");
        if (OperatingSystem.IsWindows())
        {
            return null!; // Not reached: skipped above.
        }

        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var summary = Path.Combine(workspace.Path, ".step-summary.md");
        File.WriteAllText(summary, string.Empty);

        await using var server = await MockGraphQLServer.StartAsync(liveSchema(File.ReadAllText(Path.Combine(root!, "schema", "kraken-oeg", "schema.graphqls"))));
        var environment = Env(workflow);
        Assert.True(environment.ContainsKey("KRAKEN_ENDPOINT"), "The workflow names its endpoint in env.KRAKEN_ENDPOINT.");
        environment["KRAKEN_ENDPOINT"] = server.Endpoint.ToString();

        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var log = new System.Text.StringBuilder();
        string? sarifFile = null;
        var ranTool = 0;
        foreach (var step in ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>())
        {
            var name = Scalar(step, "name") ?? Scalar(step, "uses") ?? "(unnamed)";
            if (Scalar(step, "uses") is { } uses)
            {
                if (uses.StartsWith("github/codeql-action/upload-sarif", StringComparison.Ordinal))
                {
                    sarifFile = Scalar((YamlMappingNode)step["with"], "sarif_file");
                }

                continue;
            }

            var script = Scalar(step, "run")!;
            if (script.Contains("dotnet tool install", StringComparison.Ordinal))
            {
                continue; // The built tool stands in for the installed one.
            }

            ranTool += script.Contains("kraken-codegen", StringComparison.Ordinal) ? 1 : 0;
            script = Regex.Replace(script, @"\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}", m => outputs.GetValueOrDefault(m.Groups[1].Value + "." + m.Groups[2].Value, string.Empty));
            Assert.DoesNotContain("${{", script, StringComparison.Ordinal);
            var stepEnvironment = new Dictionary<string, string>(environment);
            foreach (var (key, value) in step.Children.TryGetValue(new YamlScalarNode("env"), out var env) ? Env((YamlMappingNode)env) : new())
            {
                stepEnvironment[key] = value;
            }

            var outputFile = Path.Combine(workspace.Path, ".github-output");
            File.WriteAllText(outputFile, string.Empty);
            stepEnvironment["GITHUB_OUTPUT"] = outputFile;
            stepEnvironment["GITHUB_STEP_SUMMARY"] = summary;
            stepEnvironment["PATH"] = toolBin + ":" + Environment.GetEnvironmentVariable("PATH");
            var (exitCode, output) = RunBash(workspace.Path, script, stepEnvironment);
            log.Append("== ").Append(name).Append(" (exit ").Append(exitCode).Append(")\n").Append(output);
            foreach (var line in File.ReadAllLines(outputFile).Where(l => l.Contains('=')))
            {
                outputs[Scalar(step, "id") + "." + line[..line.IndexOf('=')]] = line[(line.IndexOf('=') + 1)..];
            }

            if (exitCode != 0)
            {
                return Finish(exitCode, name);
            }
        }

        return Finish(0, null);

        WorkflowRun Finish(int exitCode, string? failedStep)
        {
            Assert.True(ranTool >= 2, "The workflow's kraken-codegen steps did not run:\n" + log);
            Assert.True(sarifFile is not null, "The workflow uploads no SARIF file.");
            Assert.All(server.Requests, request => Assert.Equal(Token, request.Authorization));
            Assert.True(server.RequestCount > 0, "The workflow never asked the endpoint.");
            var sarifPath = Path.Combine(workspace.Path, sarifFile!);
            return new WorkflowRun(exitCode, failedStep, File.ReadAllText(summary), File.Exists(sarifPath) ? File.ReadAllText(sarifPath) : null, log.ToString());
        }
    }

    private static YamlMappingNode LoadYaml(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static Dictionary<string, string> Env(YamlMappingNode node)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node.Children.TryGetValue(new YamlScalarNode("env"), out var env))
        {
            node = (YamlMappingNode)env;
        }

        foreach (var (key, value) in node.Children)
        {
            var text = ((YamlScalarNode)value).Value ?? string.Empty;
            result[((YamlScalarNode)key).Value!] = Regex.Replace(text, @"\$\{\{\s*secrets\.KRAKEN_TOKEN\s*\}\}", Token);
        }

        return result;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    private static (int ExitCode, string Output) RunBash(string workingDirectory, string script, Dictionary<string, string> environment)
    {
        var scriptPath = Path.Combine(workingDirectory, ".step.sh");
        File.WriteAllText(scriptPath, script);
        var start = new ProcessStartInfo("/bin/bash") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--noprofile", "--norc", "-eo", "pipefail", scriptPath })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("A workflow step did not finish within 3 minutes.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
