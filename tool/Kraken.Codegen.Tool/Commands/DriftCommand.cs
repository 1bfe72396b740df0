using System.CommandLine;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Tool.Drift;
using Kraken.Codegen.Tool.GraphQLConfig;
using Kraken.Codegen.Tool.Terminal;
using Kraken.Codegen.Tool.Loading;
using Kraken.Codegen.Tool.Introspection;

namespace Kraken.Codegen.Tool.Commands;

/// <summary>
/// <c>kraken-codegen drift</c>: the diff between a baseline schema and the current one, seen from the operations.
/// Exit codes: 0 nothing to fail on, 1 findings per <c>--fail-on</c> (see <see cref="DriftFailOn"/>), 2 usage or input problems.
/// </summary>
internal static class DriftCommand
{
    public static Command Create()
    {
        var baseline = new Option<string[]>("--baseline", "-b")
        {
            Description = "The schema the operations were written against: SDL file(s) or an introspection result (.json). With --project: the project's schema files.",
            AllowMultipleArgumentsPerToken = true,
        };
        var current = new Option<string[]>("--current", "-c")
        {
            Description = "The schema now: SDL file(s), an introspection result (.json), or the http(s) URL of a GraphQL endpoint to introspect. With --project: the endpoint recorded for the project.",
            AllowMultipleArgumentsPerToken = true,
        };
        var headers = new Option<string[]>("--header", "-H") { Description = "An HTTP header for introspecting a URL, \"Name: value\" (repeatable)." };
        var operations = CommandSupport.OperationsOption();
        operations.Required = false;
        operations.Description += " With --project: the project's documents.";
        var project = new Option<string?>("--project")
        {
            Description = "A graphql-config project: what --baseline, --current, --operations and --header leave out comes from it " +
                          "(its schema files, the endpoint and headers recorded by 'introspect --project', its documents).",
        };
        var config = IntrospectCommand.ConfigOption();
        var asOf = CommandSupport.AsOfOption();
        var format = CommandSupport.FormatOption("text", "text", "markdown", "json", "sarif");
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when: breaking (a breaking change reaches an operation; default), dangerous (breaking or dangerous), " +
                          "deprecated (breaking, dangerous, or any deprecated element in use), past-removal (breaking, or an element used past its removal date).",
            DefaultValueFactory = _ => "breaking",
        };
        failOn.AcceptOnlyFromAmong("breaking", "dangerous", "deprecated", "past-removal");
        var output = CommandSupport.OutputOption();
        var diffOptions = new DiffOptionSet();
        var command = new Command("drift", """
            Check operations against a schema change: which operations break (with the coordinate and file(line,col) of
            each usage and the change that causes it), which dangerous changes reach them (enum values or union members
            added, optional arguments added, defaults changed…), and the deprecated elements they use, soonest removal first.
            Exit codes: 0 nothing to fail on, 1 findings per --fail-on, 2 usage or input problems.

            Examples:
              kraken-codegen drift --baseline schema/kraken-oeg/schema.graphqls --current https://api.oeg-kraken.energy/v1/graphql/ --operations "schema/kraken-oeg/**/*.graphql"
              kraken-codegen drift -b old.graphql -c new.graphql -p "src/**/*.graphql" --fail-on dangerous --format markdown -o drift.md
              kraken-codegen drift --project api --format sarif -o drift.sarif
            """)
        {
            baseline,
            current,
            headers,
            operations,
            asOf,
            format,
            failOn,
            output,
            project,
            config,
        };
        diffOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => CommandSupport.GuardAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var asOfDate = CommandSupport.AsOfOrToday(parse.GetValue(asOf));
            var configProject = parse.GetValue(project) is { } projectName ? ConfigProjects.Resolve(parse.GetValue(config), projectName) : null;
            var baselinePaths = parse.GetValue(baseline) is { Length: > 0 } givenBaseline ? givenBaseline
                : configProject is not null ? ProjectFiles(configProject.Project.ExpandSchemaFiles(configProject.Directory), configProject, "schema files")
                : throw new InputException("give the baseline schema with --baseline (or --project NAME to use a graphql-config project's schema files).");
            var currentInputs = parse.GetValue(current) is { Length: > 0 } givenCurrent ? givenCurrent
                : configProject is not null ? new[] { configProject.RecordedEndpoint().ToString() }
                : throw new InputException("give the current schema with --current (or --project NAME to use the endpoint recorded for a graphql-config project).");
            var headerLines = parse.GetValue(headers) is { Length: > 0 } givenHeaders ? IntrospectCommand.ExpandGiven(givenHeaders)
                : configProject?.RecordedHeaderLines() ?? Array.Empty<string>();
            var operationInputs = parse.GetValue(operations) is { Length: > 0 } givenOperations ? givenOperations
                : configProject is not null ? ProjectFiles(configProject.Project.ExpandDocuments(configProject.Directory), configProject, "documents")
                : throw new InputException("give the operations with --operations (or --project NAME to use a graphql-config project's documents).");
            var baselineSchema = SchemaFiles.Load(baselinePaths);
            var currentSchema = await LoadCurrentAsync(currentInputs, headerLines, parse.InvocationConfiguration.Error, cancellationToken).ConfigureAwait(false);
            var documents = OperationFiles.LoadParsed(operationInputs);
            var report = DriftAnalyzer.Analyze(
                string.Join(" ", baselinePaths),
                baselineSchema,
                string.Join(" ", currentInputs),
                currentSchema,
                documents,
                diffOptions.Read(parse),
                asOfDate);
            var text = parse.GetRequiredValue(format) switch
            {
                "markdown" => DriftReportWriter.Markdown(report),
                "json" => DriftReportWriter.Json(report),
                "sarif" => DriftReportWriter.Sarif(report),
                _ => DriftReportWriter.Text(report, CommandSupport.StdoutStyle(parse.GetValue(output), parse.InvocationConfiguration.Output)),
            };
            CommandSupport.Emit(text, parse.GetValue(output), parse.InvocationConfiguration.Output);
            return report.Fails(ParseFailOn(parse.GetRequiredValue(failOn))) ? ExitCodes.Findings : ExitCodes.Success;
        }));
        return command;
    }

    internal static DriftFailOn ParseFailOn(string value) => value switch
    {
        "dangerous" => DriftFailOn.Dangerous,
        "deprecated" => DriftFailOn.Deprecated,
        "past-removal" => DriftFailOn.PastRemoval,
        _ => DriftFailOn.Breaking,
    };

    /// <summary>A project's files as paths relative to the current folder where they lie below it (reports print them as given).</summary>
    private static string[] ProjectFiles(IReadOnlyList<string> files, ConfigProject project, string what) =>
        files.Count > 0
            ? files.Select(file => Path.GetRelativePath(Directory.GetCurrentDirectory(), file) is var relative && !relative.StartsWith("..", StringComparison.Ordinal) ? relative : file).ToArray()
            : throw new InputException($"the {what} of project '{project.Project.Name}' in {project.Config.Path} match no file.");

    private static async Task<SchemaModel> LoadCurrentAsync(string[] inputs, IReadOnlyList<string> headers, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (inputs.Length == 1 && Uri.TryCreate(inputs[0], UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            string json;
            using (ProgressIndicator.Start(stderr, "introspecting " + url))
            {
                json = await IntrospectionClient.FetchAsync(url, headers, IntrospectionClient.DefaultTimeout, cancellationToken).ConfigureAwait(false);
            }

            return SchemaFiles.FromIntrospection(url.ToString(), json);
        }

        return SchemaFiles.Load(inputs);
    }
}
