using System.CommandLine;
using Kraken.Codegen.Tool.GraphQLConfig;
using Kraken.Codegen.Tool.Loading;
using Kraken.Codegen.Tool.Terminal;

namespace Kraken.Codegen.Tool.Commands;

/// <summary>
/// <c>kraken-codegen graphql-config</c>: writes (or brings up to date) the graphql-config file of a project folder, one
/// config project per schema folder with exactly the files the generator uses. Exit codes: 0 written, 2 usage or
/// input problems (no schema file in the folder, a config that cannot be read).
/// </summary>
internal static class GraphQLConfigCommand
{
    public static Command Create()
    {
        var directory = new Option<string>("--directory", "-d")
        {
            Description = "The project folder (where the .csproj is). Default: the current folder.",
            DefaultValueFactory = _ => ".",
        };
        var config = new Option<string?>("--config") { Description = "The graphql-config file to write. Default: the folder's existing graphql-config file, else .graphqlrc.yml in it." };
        var command = new Command("graphql-config", """
            Write the graphql-config file (.graphqlrc.yml) that GraphQL editor plugins read (VS Code, JetBrains IDEs,
            Visual Studio extensions), from the build's file conventions: one project per schema folder, named after
            the folder, whose schema globs name its schema files and whose documents globs name exactly the operation
            files the generator binds to that schema. Run it again after adding a schema folder; projects and keys it
            does not derive (an endpoint recorded by 'introspect --project', other extensions) are kept.
            Exit codes: 0 written, 2 usage or input problems.

            Examples:
              kraken-codegen graphql-config
              kraken-codegen graphql-config --directory src/MyApp
            """)
        {
            directory,
            config,
        };
        command.SetAction(parse => CommandSupport.Guard(parse.InvocationConfiguration.Error, () =>
        {
            var root = Path.GetFullPath(parse.GetRequiredValue(directory));
            if (!Directory.Exists(root))
            {
                throw new InputException($"the folder '{root}' does not exist.");
            }

            var path = parse.GetValue(config) is { } explicitPath
                ? Path.GetFullPath(explicitPath)
                : GraphQLConfigReader.FileNames.Select(name => Path.Combine(root, name)).FirstOrDefault(File.Exists) ?? Path.Combine(root, GraphQLConfigWriter.DefaultFileName);
            var written = Write(root, path);
            var stdout = parse.InvocationConfiguration.Output;
            var style = TerminalStyle.Of(stdout);
            foreach (var project in written)
            {
                stdout.WriteLine($"{style.Emphasis(project.Name)}: schema {string.Join(", ", project.Schema)}; documents {string.Join(", ", project.Documents)}");
            }

            stdout.WriteLine($"{Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}: {written.Count} project(s) written.");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Writes one config project per schema folder of <paramref name="root"/> into the config at <paramref name="configPath"/>.</summary>
    public static IReadOnlyList<GraphQLConfigProjectLayout> Write(string root, string configPath)
    {
        var layout = GraphQLConfigLayout.FromFolder(root);
        if (layout.Count == 0)
        {
            throw new InputException($"the folder '{root}' holds no schema file (*.graphqls, schema.graphql or *.schema.json); fetch one with 'kraken-codegen introspect' first.");
        }

        var configDirectory = Path.GetDirectoryName(configPath)!;
        var writer = IntrospectCommand.OpenWriter(configPath);
        foreach (var project in layout)
        {
            writer.SetPointers(project.Name, Rebase(root, configDirectory, project.Schema), Rebase(root, configDirectory, project.Documents));
        }

        writer.Save();
        return layout;
    }

    /// <summary>Pointers relative to <paramref name="root"/> made relative to the config's folder (the same folder, usually).</summary>
    private static IReadOnlyList<string> Rebase(string root, string configDirectory, IReadOnlyList<string> pointers)
    {
        var prefix = Path.GetRelativePath(configDirectory, root).Replace('\\', '/');
        if (prefix == ".")
        {
            return pointers;
        }

        return pointers.Select(pointer => pointer.StartsWith('!') ? "!" + prefix + "/" + pointer.Substring(1) : prefix + "/" + pointer).ToList();
    }
}
