using Kraken.Codegen.TestSupport;

namespace Kraken.Codegen.Tool.Tests.Toolkit;

/// <summary><c>kraken-codegen validate</c> reports at the line and column an editor shows, whatever the line endings.</summary>
public sealed class ValidateLineEndingTests
{
    public static TheoryData<string> Styles => new(LineEndingCases.Styles);

    [Theory]
    [MemberData(nameof(Styles))]
    public void Validate_reports_each_problem_at_its_line_and_column(string style)
    {
        using var folder = new TemporaryDirectory();
        var schema = Write(folder, "schema.graphqls", LineEndingCases.Join(LineEndingCases.SchemaLines, style));
        var operations = Path.Combine(folder.Path, "operations");
        Directory.CreateDirectory(operations);
        var account = Write(folder, Path.Combine("operations", "Account.graphql"), LineEndingCases.Join(LineEndingCases.UnknownFieldLines, style));
        var broken = Write(folder, Path.Combine("operations", "Q2.graphql"), LineEndingCases.Join(LineEndingCases.MissingBraceLines, style));

        var run = CliRun.Of("validate", "-s", schema, "-p", operations);

        Assert.True(run.ExitCode == 1 && run.Error.Length == 0, run.ToString());
        Assert.Equal(
            [
                $"{account}({LineEndingCases.UnknownFieldError.Line},{LineEndingCases.UnknownFieldError.Column}): error KGQL0206: Field 'balanc' does not exist on type 'Account'. Did you mean 'balance'?",
                $"{broken}({LineEndingCases.MissingBraceError.Line},{LineEndingCases.MissingBraceError.Column}): error KGQL0001: Expected Name, found EOF; for more information see http://spec.graphql.org/October2021/#Field.",
            ],
            run.Output.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Validate_reports_a_schema_error_at_its_line_and_column(string style)
    {
        using var folder = new TemporaryDirectory();
        var schema = Write(folder, "schema.graphqls", LineEndingCases.Join(LineEndingCases.BrokenSchemaLines, style));
        var operation = Write(folder, "Account.graphql", "query Account { account(accountNumber: \"A\") { id } }\n");

        var run = CliRun.Of("validate", "-s", schema, "-p", operation);

        var (line, column) = LineEndingCases.BrokenSchemaError;
        Assert.True(run.ExitCode == 2 && run.Error == $"error: {schema}({line},{column}): error KGQL0101: Field 'Account.owner' has the unknown type 'Persn'.\n", run.ToString());
    }

    [Fact]
    public void The_reported_CR_only_file_is_a_syntax_error_at_its_end_not_a_stack_trace()
    {
        using var folder = new TemporaryDirectory();
        var schema = Write(folder, "schema.graphqls", LineEndingCases.Join(LineEndingCases.SchemaLines, "LF"));
        var file = Write(folder, "Q2.graphql", LineEndingCases.CrOnlyMissingBrace);

        var run = CliRun.Of("validate", "-s", schema, "-p", file);

        Assert.True(run.ExitCode == 1 && run.Error.Length == 0, run.ToString());
        Assert.StartsWith($"{file}(5,1): error KGQL0001: Expected Name, found EOF", run.Output, StringComparison.Ordinal);
    }

    private static string Write(TemporaryDirectory folder, string name, string text)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }
}
