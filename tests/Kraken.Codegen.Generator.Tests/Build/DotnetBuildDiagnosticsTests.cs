using System.Diagnostics;

namespace Kraken.Codegen.Generator.Tests.Build;

/// <summary>
/// The real thing: a throwaway project that consumes the generator exactly as a user's project does, built with
/// <c>dotnet build</c>. Diagnostics must appear at the .graphql file's line and column, and a broken file must never
/// hide the output behind CS8785 (a generator that threw).
/// </summary>
public sealed class DotnetBuildDiagnosticsTests
{
    [Fact]
    public void Dotnet_build_reports_graphql_problems_at_their_file_line_and_column()
    {
        var project = Directory.CreateTempSubdirectory("kraken-codegen-build-");
        try
        {
            var graphql = Path.Combine(project.FullName, "GraphQL");
            Directory.CreateDirectory(graphql);
            File.WriteAllText(Path.Combine(graphql, "schema.graphqls"), TestSchemas.Accounts);
            File.WriteAllText(Path.Combine(graphql, "Account.graphql"), "query Account($n: String!) {\n  account(accountNumber: $n) {\n    id\n    balanc\n  }\n}\n");
            File.WriteAllText(Path.Combine(graphql, "Broken.graphql"), "query Broken {\n  account(accountNumber: \"x\") {\n    id\n    number(\n  }\n}\n");
            // The reported crash: CR-only line endings and a missing brace (GraphQL-Parser's message formatting threw).
            File.WriteAllText(Path.Combine(graphql, "Q2.graphql"), Kraken.Codegen.TestSupport.LineEndingCases.CrOnlyMissingBrace);
            File.WriteAllText(Path.Combine(graphql, "Cities.graphql"), "query Cities($p: String!) { cityByPostcode(postcode: $p) { name } }\n");
            File.WriteAllText(Path.Combine(graphql, "Balance.graphql"), "query Balance($n: String!) { account(accountNumber: $n) { balance } }\n");
            File.WriteAllText(Path.Combine(project.FullName, "Consumer.cs"), ConsumerCode);
            File.WriteAllText(Path.Combine(project.FullName, "Consumer.csproj"), ConsumerProject());

            var (exitCode, output) = Run("dotnet", $"build \"{Path.Combine(project.FullName, "Consumer.csproj")}\" -p:BuildProjectReferences=false -nologo -clp:NoSummary", project.FullName);

            Assert.NotEqual(0, exitCode);
            var account = Path.Combine(graphql, "Account.graphql");
            var broken = Path.Combine(graphql, "Broken.graphql");
            Assert.Contains($"{account}(4,5): error KGQL0206: Field 'balanc' does not exist on type 'AccountType'. Did you mean 'balance'?", output, StringComparison.Ordinal);
            Assert.Contains($"{broken}(5,3): error KGQL0001:", output, StringComparison.Ordinal);
            var (line, column) = Kraken.Codegen.TestSupport.LineEndingCases.MissingBraceError;
            Assert.Contains($"{Path.Combine(graphql, "Q2.graphql")}({line},{column}): error KGQL0001: Expected Name, found EOF", output, StringComparison.Ordinal);
            Assert.DoesNotContain("CS8785", output, StringComparison.Ordinal);
            Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
            // The valid operations still generated, and the KrakenCodegenScalar item mapped Decimal to the consumer's own
            // type: the consumer code that relies on both compiled (no C# error at all).
            Assert.DoesNotContain("error CS", output, StringComparison.Ordinal);
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    private const string ConsumerCode = """
        namespace Consumer;

        public static class Uses
        {
            public static System.Type Client => typeof(GraphQLClient);

            public static System.Type Operation => typeof(CitiesQuery);

            public static Money Balance(BalanceQuery.Account account) => account.Balance;
        }

        public readonly record struct Money(decimal Amount);

        public static class MoneyConverter
        {
            public static Money Read(ref System.Text.Json.Utf8JsonReader reader) => new(Kraken.Codegen.Runtime.Json.GraphQLJson.ReadDecimal(ref reader));

            public static void Write(System.Text.Json.Utf8JsonWriter writer, Money value) => writer.WriteNumberValue(value.Amount);
        }
        """;

    private static string ConsumerProject()
    {
        var generator = TestPaths.InRepository("generator", "Kraken.Codegen.Generator");
        var runtime = TestPaths.InRepository("runtime", "Kraken.Codegen.Runtime", "Kraken.Codegen.Runtime.csproj");
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{generator}/buildTransitive/Kraken.Codegen.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Consumer</RootNamespace>
                <KrakenCodegenClientName>GraphQLClient</KrakenCodegenClientName>
              </PropertyGroup>
              <ItemGroup>
                <KrakenCodegenScalar Include="Decimal" ClrType="Consumer.Money" Converter="Consumer.MoneyConverter" IsValueType="true" />
                <ProjectReference Include="{generator}/Kraken.Codegen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{runtime}" />
              </ItemGroup>
              <Import Project="{generator}/buildTransitive/Kraken.Codegen.targets" />
            </Project>
            """;
    }

    private static (int ExitCode, string Output) Run(string fileName, string arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet build did not finish within 4 minutes.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
