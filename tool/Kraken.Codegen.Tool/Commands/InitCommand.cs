using System.CommandLine;
using Kraken.Codegen.Core.Validation;
using Kraken.Codegen.Tool.GraphQLConfig;
using Kraken.Codegen.Tool.Init;
using Kraken.Codegen.Tool.Loading;
using Kraken.Codegen.Tool.ReferenceImport;
using Kraken.Codegen.Tool.Terminal;

namespace Kraken.Codegen.Tool.Commands;

/// <summary>
/// <c>kraken-codegen init</c>: sets up a project to use the generator, in an empty folder (a new console project) or in
/// an existing project folder. Exit codes: 0 done, 2 usage or input problems (no schema source, several projects in
/// the folder, a schema folder that already exists, an unreachable server).
/// </summary>
internal static class InitCommand
{
    private const string ReferenceResource = "Kraken.Codegen.Tool.KrakenReference.schema.graphqls";

    public static Command Create()
    {
        var directory = new Option<string>("--directory", "-d") { Description = "The project folder (created when missing). Default: the current folder.", DefaultValueFactory = _ => "." };
        var endpoint = new Option<string?>("--endpoint", "-e") { Description = "Fetch the schema from this GraphQL endpoint (introspection)." };
        var headers = new Option<string[]>("--header", "-H") { Description = "An HTTP header for --endpoint, \"Name: value\" (repeatable); values written as ${NAME} read the environment variable NAME and are recorded as such." };
        var krakenReference = new Option<bool>("--kraken-reference") { Description = "Use the imported Kraken API schema (Octopus Energy Germany, from the Kraken query reference) that ships with kraken-codegen." };
        var name = new Option<string?>("--name") { Description = "The schema folder under GraphQL/ and the graphql-config project name. Default: api (kraken-oeg with --kraken-reference)." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the server. Default: 60.", DefaultValueFactory = _ => 60 };
        var command = new Command("init", """
            Set up a project for Kraken.Codegen: in a folder without a .csproj, a new console project; in a project
            folder, its .csproj. Adds the package reference (Kraken.Codegen, which brings the runtime, at the version of
            this kraken-codegen), writes the schema to GraphQL/<name>/schema.graphqls (from --endpoint, or the imported Kraken
            schema with --kraken-reference), one example operation valid against it, the graphql-config file
            (.graphqlrc.yml, with the endpoint recorded), and in a new project a Program.cs that calls the example;
            then prints the next command.
            Exit codes: 0 done, 2 usage or input problems.

            Examples:
              kraken-codegen init --endpoint https://api.example.com/graphql/ --header 'Authorization: ${API_TOKEN}'
              kraken-codegen init --kraken-reference --directory KrakenApp
            """)
        {
            directory,
            endpoint,
            headers,
            krakenReference,
            name,
            timeout,
        };
        command.SetAction((parse, cancellationToken) => CommandSupport.GuardAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var endpointText = parse.GetValue(endpoint);
            var useReference = parse.GetValue(krakenReference);
            if ((endpointText is null) == !useReference)
            {
                throw new InputException("say where the schema comes from: --endpoint <url> or --kraken-reference (one of them).");
            }

            if (parse.GetValue(timeout) <= 0)
            {
                throw new InputException("--timeout must be a positive number of seconds.");
            }

            var settings = new Settings(
                Path.GetFullPath(parse.GetRequiredValue(directory)),
                endpointText is null ? null : IntrospectCommand.ParseEndpoint(endpointText),
                parse.GetValue(headers) ?? [],
                parse.GetValue(name) ?? (useReference ? ReferenceEndpoints.FolderName(ReferenceEndpoint.Api) : "api"),
                TimeSpan.FromSeconds(parse.GetValue(timeout)));
            return await RunAsync(settings, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    private sealed record Settings(string Directory, Uri? Endpoint, string[] Headers, string Name, TimeSpan Timeout);

    private static async Task<int> RunAsync(Settings settings, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (settings.Name.Length == 0 || settings.Name.IndexOfAny(['/', '\\', '.']) >= 0 || settings.Name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new InputException($"--name '{settings.Name}' must be a plain folder name.");
        }

        var root = settings.Directory;
        System.IO.Directory.CreateDirectory(root);
        var existingProject = ConsoleProject.Find(root);
        var schemaFolder = Path.Combine(root, "GraphQL", settings.Name);
        var schemaPath = Path.Combine(schemaFolder, "schema.graphqls");
        if (File.Exists(schemaPath))
        {
            throw new InputException($"{schemaPath} exists already; refresh it with 'kraken-codegen introspect --project {settings.Name}', or choose another --name.");
        }

        // The schema first: nothing is written when it cannot be fetched.
        var endpoint = settings.Endpoint ?? new Uri(ReferenceEndpoints.ApiUrl);
        var sdl = settings.Endpoint is { } url
            ? await IntrospectCommand.FetchAsync(url, IntrospectCommand.ExpandGiven(settings.Headers), settings.Timeout, "sdl", stderr, cancellationToken).ConfigureAwait(false)
            : ReadReferenceSchema();
        System.IO.Directory.CreateDirectory(schemaFolder);
        File.WriteAllText(schemaPath, sdl);
        var schema = SchemaFiles.Load([schemaPath]);

        var example = ExampleOperation.Pick(schema);
        if (example is not null)
        {
            var examplePath = Path.Combine(schemaFolder, example.Name + ".graphql");
            File.WriteAllText(examplePath, example.Text);

            // The example must be valid against the schema it was picked from; anything else is a defect here.
            var diagnostics = DocumentValidator.Validate(schema, OperationFiles.Load([examplePath]), new ValidationOptions());
            if (diagnostics.FirstOrDefault(d => d.IsError) is { } error)
            {
                throw new InvalidOperationException("the example operation is not valid against the schema: " + error);
            }
        }

        // The project: a new console project, or the package references added to the existing one.
        var version = ConsoleProject.ToolVersion;
        var folderName = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
        var clientName = Pascal(settings.Name) + "Client";
        string projectPath;
        IReadOnlyList<string> added;
        if (existingProject is null)
        {
            var rootNamespace = ConsoleProject.NamespaceOf(folderName);
            projectPath = Path.Combine(root, folderName + ".csproj");
            File.WriteAllText(projectPath, ConsoleProject.NewProjectText(rootNamespace, clientName, version));
            added = ConsoleProject.PackageIds;
            var program = Path.Combine(root, "Program.cs");
            if (example is not null && !File.Exists(program))
            {
                File.WriteAllText(program, ConsoleProject.ProgramText(rootNamespace, clientName, example, endpoint.ToString()));
            }
        }
        else
        {
            projectPath = existingProject;
            added = ConsoleProject.AddPackageReferences(projectPath, version);
        }

        // The graphql-config file: every schema folder of the project, and where this schema came from.
        var configPath = GraphQLConfigReader.FileNames.Select(n => Path.Combine(root, n)).FirstOrDefault(File.Exists) ?? Path.Combine(root, GraphQLConfigWriter.DefaultFileName);
        var layout = GraphQLConfigCommand.Write(root, configPath);
        var projectName = layout.Single(p => p.SchemaFolder == "GraphQL/" + settings.Name).Name;
        var writer = IntrospectCommand.OpenWriter(configPath);
        writer.SetEndpoint(projectName, endpoint.ToString(), RecordableHeaders(settings, stderr));
        writer.Save();

        var style = TerminalStyle.Of(stdout);
        string Shown(string path) => Path.GetRelativePath(System.IO.Directory.GetCurrentDirectory(), path);
        stdout.WriteLine(existingProject is null ? $"created  {Shown(projectPath)} (console project)" : $"updated  {Shown(projectPath)}");
        foreach (var id in added)
        {
            stdout.WriteLine($"         package {id} {version}");
        }

        stdout.WriteLine($"schema   {Shown(schemaPath)} ({(settings.Endpoint is null ? "the imported Kraken reference" : "from " + endpoint)})");
        if (example is not null)
        {
            stdout.WriteLine($"example  {Shown(Path.Combine(schemaFolder, example.Name + ".graphql"))} (query {example.Name} → {clientName}.{example.MethodName})");
        }
        else
        {
            stderr.WriteLine($"{style.Warning("warning:")} no root query field of the schema can be selected without input objects; write an operation in {Shown(schemaFolder)} yourself.");
        }

        stdout.WriteLine($"config   {Shown(configPath)} (project '{projectName}', endpoint {endpoint})");
        var cd = Shown(root) is "." ? string.Empty : $"cd {Shown(root)} && ";
        stdout.WriteLine();
        stdout.WriteLine(existingProject is null
            ? $"Next: {style.Emphasis(cd + "dotnet run")}{(settings.Endpoint is null ? " (the live API needs KRAKEN_TOKEN; or 'dotnet run -- <endpoint>' against a mock: kraken-codegen mock -s " + Shown(schemaPath) + ")" : string.Empty)}"
            : $"Next: {style.Emphasis(cd + "dotnet build")}, then call {clientName}.{example?.MethodName ?? "<Operation>Async"} (namespace: the project's root namespace).");
        return ExitCodes.Success;
    }

    private static IReadOnlyDictionary<string, string> RecordableHeaders(Settings settings, TextWriter stderr)
    {
        var record = new Dictionary<string, string>(StringComparer.Ordinal);
        if (settings.Endpoint is null)
        {
            // The live Kraken API takes a raw token in Authorization; recorded as a reference, for 'introspect --project'.
            record["Authorization"] = "${KRAKEN_TOKEN}";
            return record;
        }

        foreach (var header in settings.Headers)
        {
            var (name, value) = Introspection.IntrospectionClient.ParseHeader(header);
            if (RecordedHeaders.ReferencesEnvironment(value))
            {
                record[name] = value;
            }
            else
            {
                stderr.WriteLine($"{TerminalStyle.Of(stderr).Warning("note:")} the value of the header '{name}' is not recorded in the graphql-config file (it may be a secret); write it as '${{VARIABLE}}' to record a reference to an environment variable.");
            }
        }

        return record;
    }

    private static string ReadReferenceSchema()
    {
        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream(ReferenceResource)
            ?? throw new InvalidOperationException("the embedded Kraken reference schema is missing from kraken-codegen.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Pascal(string name) =>
        string.Concat(name.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part.Substring(1)));
}
