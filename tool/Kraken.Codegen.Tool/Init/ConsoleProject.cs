using System.Reflection;
using System.Text;
using System.Xml.Linq;
using Kraken.Codegen.Tool.Loading;

namespace Kraken.Codegen.Tool.Init;

/// <summary>The project <c>init</c> works in: an existing <c>.csproj</c> it adds the packages to, or a new console project.</summary>
internal static class ConsoleProject
{
    /// <summary>The one package a project needs: the generator and analyzer, and (as its dependency) the runtime the generated code calls.</summary>
    public static readonly string[] PackageIds = ["Kraken.Codegen"];

    /// <summary>The version of the running kraken-codegen: the packages it writes references to.</summary>
    public static string ToolVersion =>
        (typeof(ConsoleProject).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0").Split('+')[0];

    /// <summary>The one .csproj in <paramref name="folder"/>, or null; several are an input problem (which one is meant?).</summary>
    public static string? Find(string folder)
    {
        var projects = Directory.EnumerateFiles(folder, "*.csproj").OrderBy(p => p, StringComparer.Ordinal).ToList();
        return projects.Count switch
        {
            0 => null,
            1 => projects[0],
            _ => throw new InputException($"the folder '{folder}' holds {projects.Count} projects ({string.Join(", ", projects.Select(Path.GetFileName))}); run init in a folder with one."),
        };
    }

    /// <summary>A C# namespace from a folder name: letters, digits and underscores, not starting with a digit.</summary>
    public static string NamespaceOf(string folderName)
    {
        var text = new StringBuilder();
        foreach (var c in folderName)
        {
            text.Append(char.IsLetterOrDigit(c) || c == '_' ? c : c == '.' ? '.' : '_');
        }

        var parts = text.ToString().Split('.', StringSplitOptions.RemoveEmptyEntries).Select(p => char.IsDigit(p[0]) ? "_" + p : p).ToList();
        return parts.Count == 0 ? "App" : string.Join(".", parts);
    }

    /// <summary>A new console project with the package reference and a fixed client name and namespace.</summary>
    public static string NewProjectText(string rootNamespace, string clientName, string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">

          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <RootNamespace>{rootNamespace}</RootNamespace>
            <!-- The generated client's class name; without it the schema folder names it. -->
            <KrakenCodegenClientName>{clientName}</KrakenCodegenClientName>
          </PropertyGroup>

          <ItemGroup>
            <!-- Generates the client from the .graphql files at build time, and brings the runtime it calls. -->
            <PackageReference Include="Kraken.Codegen" Version="{version}" />
          </ItemGroup>

        </Project>

        """;

    /// <summary>
    /// Adds the package references to an existing project file, leaving references that exist alone (their version
    /// included). Returns the package ids added.
    /// </summary>
    public static IReadOnlyList<string> AddPackageReferences(string projectPath, string version)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(projectPath, LoadOptions.PreserveWhitespace);
        }
        catch (System.Xml.XmlException exception)
        {
            throw new InputException($"{projectPath}({exception.LineNumber},{exception.LinePosition}): the project file is not well-formed XML: {exception.Message}");
        }

        var root = document.Root ?? throw new InputException($"{projectPath}: the project file is empty.");
        var ns = root.Name.Namespace;
        var existing = root.Descendants(ns + "PackageReference").Select(e => (string?)e.Attribute("Include")).Where(id => id is not null).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var added = PackageIds.Where(id => !existing.Contains(id)).ToList();
        if (added.Count == 0)
        {
            return added;
        }

        var group = new XElement(ns + "ItemGroup");
        foreach (var id in added)
        {
            var reference = new XElement(ns + "PackageReference", new XAttribute("Include", id), new XAttribute("Version", version));
            group.Add(new XText("\n    "), reference);
        }

        group.Add(new XText("\n  "));
        root.Add(new XText("\n  "), group, new XText("\n"));
        File.WriteAllText(projectPath, document.Declaration is null ? document.Root!.ToString(SaveOptions.DisableFormatting) + "\n" : document.ToString(SaveOptions.DisableFormatting) + "\n");
        return added;
    }

    /// <summary>The example program: calls the example operation against the endpoint and prints what came back.</summary>
    public static string ProgramText(string rootNamespace, string clientName, ExampleOperation example, string endpoint) => $$"""
        // Written by 'kraken-codegen init': calls the example operation ({{example.Name}}.graphql) and prints the result.
        //   dotnet run                 calls {{endpoint}}
        //   dotnet run -- <endpoint>   calls another endpoint
        // When the environment variable KRAKEN_TOKEN is set, it is sent as the Authorization header.
        using Kraken.Codegen.Runtime;
        using {{rootNamespace}};

        var endpoint = new Uri(args.Length > 0 ? args[0] : "{{endpoint}}");
        using var http = new HttpClient();
        if (Environment.GetEnvironmentVariable("KRAKEN_TOKEN") is { Length: > 0 } token)
        {
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", token);
        }

        var client = new {{clientName}}(new KrakenGraphQLExecutor(http, new KrakenClientOptions { Endpoint = endpoint }));
        var result = await client.{{example.MethodName}}({{string.Join(", ", example.Arguments.Select(a => a.CSharpLiteral))}});
        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine($"error: {error.Message}");
        }

        Console.WriteLine(result.Data);
        return result.HasErrors ? 1 : 0;

        """;
}
