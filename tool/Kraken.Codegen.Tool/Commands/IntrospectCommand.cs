using System.CommandLine;
using Kraken.Codegen.Tool.Terminal;
using Kraken.Codegen.Tool.GraphQLConfig;
using Kraken.Codegen.Tool.Introspection;
using Kraken.Codegen.Tool.Loading;
using Kraken.Codegen.Tool.Sdl;

namespace Kraken.Codegen.Tool.Commands;

/// <summary>
/// <c>kraken-codegen introspect</c>: fetches a schema from a GraphQL endpoint as SDL or introspection JSON. With
/// <c>--project</c> it records the endpoint in the graphql-config file and refreshes that project's schema file. Exit
/// codes: 0 written, 2 usage or input problems (bad URL or header, server unreachable, errors in the answer).
/// </summary>
internal static class IntrospectCommand
{
    public static Command Create()
    {
        var url = new Argument<string?>("url") { Description = "The GraphQL endpoint, for example https://api.oeg-kraken.energy/v1/graphql/ (or --endpoint).", Arity = ArgumentArity.ZeroOrOne };
        var endpointOption = new Option<string?>("--endpoint", "-e") { Description = "The GraphQL endpoint (the same as the url argument)." };
        var headers = new Option<string[]>("--header", "-H") { Description = "An HTTP header, \"Name: value\" (repeatable), for example \"Authorization: <token>\"; ${NAME} in a value reads the environment variable NAME." };
        var format = CommandSupport.FormatOption("sdl", "sdl", "json");
        var output = CommandSupport.OutputOption("Write the schema to this file instead of standard output (with --project: instead of the project's schema file).");
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the server. Default: 60.", DefaultValueFactory = _ => 60 };
        var project = new Option<string?>("--project") { Description = "A graphql-config project: record the endpoint (and headers whose values reference environment variables) in the config, and write the project's schema file. Without --endpoint, the recorded endpoint is introspected again." };
        var config = ConfigOption();
        var command = new Command("introspect", """
            Fetch a schema by the standard introspection query (deprecated fields, arguments, input fields and enum
            values included, with specifiedByURL and isOneOf; older servers get a legacy query) and write it as SDL
            (types sorted by name, members in the server's order) or as the raw JSON result.
            With --project NAME the endpoint is recorded in the graphql-config file (.graphqlrc.yml, created in the
            current folder when none is found above it) under extensions.krakenCodegen, so that
            'introspect --project NAME' refreshes the schema without the URL. Header values are recorded only when they
            reference environment variables ('Authorization: ${KRAKEN_TOKEN}'); a literal value is used, never written.
            Exit codes: 0 written, 2 usage or input problems (bad URL or header, server unreachable, errors in the answer).

            Examples:
              kraken-codegen introspect https://api.oeg-kraken.energy/v1/graphql/ --output schema.graphqls
              kraken-codegen introspect http://127.0.0.1:5099/graphql/ --header "Authorization: <token>" --format json -o introspection.json
              kraken-codegen introspect --endpoint https://api.oeg-kraken.energy/v1/graphql/ --header 'Authorization: ${KRAKEN_TOKEN}' --project api -o GraphQL/schema.graphqls
              kraken-codegen introspect --project api
            """)
        {
            url,
            endpointOption,
            headers,
            format,
            output,
            timeout,
            project,
            config,
        };
        command.SetAction((parse, cancellationToken) => CommandSupport.GuardAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var seconds = parse.GetValue(timeout);
            if (seconds <= 0)
            {
                throw new InputException("--timeout must be a positive number of seconds.");
            }

            var given = parse.GetValue(url);
            var givenOption = parse.GetValue(endpointOption);
            if (given is not null && givenOption is not null && given != givenOption)
            {
                throw new InputException("give the endpoint once: as the url argument or as --endpoint.");
            }

            var request = new Request(
                given ?? givenOption,
                parse.GetValue(headers) ?? [],
                parse.GetValue(output),
                parse.GetResult(format) is { Implicit: false } ? parse.GetRequiredValue(format) : null,
                TimeSpan.FromSeconds(seconds));
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            return parse.GetValue(project) is { } projectName
                ? await RunForProjectAsync(request, projectName, parse.GetValue(config), stdout, stderr, cancellationToken).ConfigureAwait(false)
                : await RunAsync(request, stdout, stderr, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    internal static Option<string?> ConfigOption() =>
        new("--config") { Description = "The graphql-config file. Default: the nearest .graphqlrc.yml (or another graphql-config file) in the current folder or above it." };

    private sealed record Request(string? Endpoint, string[] Headers, string? Output, string? Format, TimeSpan Timeout);

    private static async Task<int> RunAsync(Request request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var endpoint = ParseEndpoint(request.Endpoint ?? throw new InputException("give the endpoint: kraken-codegen introspect <url> (or --endpoint <url>, or --project NAME to use a recorded one)."));
        var schema = await FetchAsync(endpoint, ExpandGiven(request.Headers), request.Timeout, request.Format ?? "sdl", stderr, cancellationToken).ConfigureAwait(false);
        CommandSupport.Emit(schema, request.Output, stdout);
        return ExitCodes.Success;
    }

    private static async Task<int> RunForProjectAsync(Request request, string projectName, string? explicitConfig, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var configPath = ConfigProjects.FindConfig(explicitConfig) ?? Path.Combine(Directory.GetCurrentDirectory(), GraphQLConfigWriter.DefaultFileName);
        var configDirectory = Path.GetDirectoryName(configPath)!;
        var existing = File.Exists(configPath) ? ConfigProjects.Read(configPath).FindProject(projectName) : null;
        var recorded = existing is null ? null : new ConfigProject(ConfigProjects.Read(configPath), existing);

        var endpoint = request.Endpoint is { } text ? ParseEndpoint(text) : recorded?.RecordedEndpoint()
            ?? throw new InputException($"the project '{projectName}' is not in {configPath}; give its endpoint once: kraken-codegen introspect --endpoint <url> --project {projectName}.");

        // Headers given now replace the recorded ones; only values that reference environment variables are recorded.
        IReadOnlyList<string> send;
        Dictionary<string, string> record;
        if (request.Headers.Length > 0)
        {
            send = ExpandGiven(request.Headers);
            record = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var header in request.Headers)
            {
                var (name, value) = IntrospectionClient.ParseHeader(header);
                if (RecordedHeaders.ReferencesEnvironment(value))
                {
                    record[name] = value;
                }
                else
                {
                    stderr.WriteLine($"{TerminalStyle.Of(stderr).Warning("note:")} the value of the header '{name}' is not recorded in {configPath} (it may be a secret); write it as '${{VARIABLE}}' to record a reference to an environment variable.");
                }
            }
        }
        else
        {
            send = recorded?.RecordedHeaderLines() ?? Array.Empty<string>();
            record = recorded?.Project.KrakenCodegen?.Headers.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) ?? new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var schemaPath = request.Output is { } output ? Path.GetFullPath(output) : SchemaFileOf(recorded, projectName, configDirectory);
        var format = request.Format ?? (schemaPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "sdl");
        var schema = await FetchAsync(endpoint, send, request.Timeout, format, stderr, cancellationToken).ConfigureAwait(false);
        CommandSupport.Emit(schema, schemaPath, stdout);

        var writer = OpenWriter(configPath);
        if (existing is null)
        {
            var (schemaPointers, documentPointers) = PointersFor(configDirectory, schemaPath);
            writer.SetPointers(projectName, schemaPointers, documentPointers);
        }

        writer.SetEndpoint(projectName, endpoint.ToString(), record);
        writer.Save();
        stdout.WriteLine($"{Path.GetRelativePath(Directory.GetCurrentDirectory(), schemaPath)}: the schema of project '{projectName}' from {endpoint}; endpoint recorded in {Path.GetRelativePath(Directory.GetCurrentDirectory(), configPath)}.");
        return ExitCodes.Success;
    }

    internal static GraphQLConfigWriter OpenWriter(string configPath)
    {
        try
        {
            return GraphQLConfigWriter.Open(configPath);
        }
        catch (GraphQLConfigException exception)
        {
            throw new InputException(exception.Message);
        }
    }

    /// <summary>The schema and document pointers of a new project whose schema file is <paramref name="schemaPath"/>, by the build's conventions.</summary>
    internal static (IReadOnlyList<string> Schema, IReadOnlyList<string> Documents) PointersFor(string configDirectory, string schemaPath)
    {
        var folder = Path.GetRelativePath(configDirectory, Path.GetDirectoryName(schemaPath)!).Replace('\\', '/');
        if (!folder.StartsWith("..", StringComparison.Ordinal) && GraphQLConfigLayout.ForSchemaFolder(configDirectory, folder) is { } layout)
        {
            return (layout.Schema, layout.Documents);
        }

        // Outside the config's folder (or not a schema file by the conventions): the file itself, operations beside it.
        var relative = Path.GetRelativePath(configDirectory, schemaPath).Replace('\\', '/');
        return (new[] { relative }, new[] { (folder == "." ? string.Empty : folder + "/") + "**/*.graphql" });
    }

    /// <summary>The file a recorded project's schema is written to: its one schema file, or schema.graphqls in its schema folder.</summary>
    private static string SchemaFileOf(ConfigProject? recorded, string projectName, string configDirectory)
    {
        if (recorded is null)
        {
            return Path.Combine(configDirectory, projectName, "schema.graphqls");
        }

        var files = recorded.Project.ExpandSchemaFiles(configDirectory);
        if (files.Count == 1)
        {
            return files[0];
        }

        if (files.Count > 1)
        {
            throw new InputException($"the project '{projectName}' has {files.Count} schema files; say which one to write with --output.");
        }

        var pointer = recorded.Project.SchemaFiles.FirstOrDefault()
            ?? throw new InputException($"the project '{projectName}' names no schema file; say where to write it with --output.");
        var wildcard = pointer.IndexOfAny(['*', '?']);
        return wildcard < 0
            ? Path.GetFullPath(Path.Combine(configDirectory, pointer))
            : Path.GetFullPath(Path.Combine(configDirectory, pointer.Substring(0, pointer.LastIndexOf('/', wildcard) + 1), "schema.graphqls"));
    }

    internal static Uri ParseEndpoint(string text) =>
        ConfigProjects.TryParseEndpoint(text, out var endpoint) ? endpoint : throw new InputException($"'{text}' is not an http or https URL.");

    /// <summary>Headers given on the command line, with <c>${NAME}</c> references read from the environment.</summary>
    internal static IReadOnlyList<string> ExpandGiven(IReadOnlyList<string> headers) =>
        headers.Select(header =>
        {
            var (name, value) = IntrospectionClient.ParseHeader(header);
            return name + ": " + RecordedHeaders.Expand(name, value);
        }).ToList();

    /// <summary>Introspects and returns the schema in <paramref name="format"/> (checked in both: a broken result is refused here, not at the next build).</summary>
    internal static async Task<string> FetchAsync(Uri endpoint, IReadOnlyList<string> headers, TimeSpan timeout, string format, TextWriter stderr, CancellationToken cancellationToken)
    {
        string json;
        using (ProgressIndicator.Start(stderr, "introspecting " + endpoint))
        {
            json = await IntrospectionClient.FetchAsync(endpoint, headers, timeout, cancellationToken).ConfigureAwait(false);
        }

        var schemaModel = SchemaFiles.FromIntrospection(endpoint.ToString(), json);
        return format == "json" ? json.TrimEnd() + "\n" : SchemaPrinter.Print(schemaModel);
    }
}
