using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Conversion;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Kraken.Codegen.Tool.ReferenceImport;

namespace Kraken.Codegen.Tool.Tests;

/// <summary>
/// Every imported operation, with the fragments it spreads, must validate against its imported
/// schema. GraphQL.NET is the interim validator; it rejects field-less types, so the test (and only
/// the test) gives them a placeholder field.
/// </summary>
public sealed partial class OperationValidityTests
{
    [SkippableTheory]
    [InlineData("kraken-oeg")]
    [InlineData("kraken-oeg-auth")]
    public async Task Every_operation_validates_against_its_imported_schema(string folder)
    {
        var result = ReferenceImporter.Import(RepositoryFiles.ReadReference());
        var imported = Assert.Single(result.Schemas, schema => schema.FolderName == folder);
        var schema = LoadSchema(ImportCountsTests.File(result, $"{imported.FolderName}/schema.graphqls"));
        var fragments = FragmentTexts(result, imported.FolderName);

        var failures = new List<string>();
        foreach (var file in result.Files.Where(file => file.RelativePath.StartsWith($"{imported.FolderName}/operations/", StringComparison.Ordinal)))
        {
            var operationText = System.Text.Encoding.UTF8.GetString(file.Content);
            var errors = await Validate(schema, WithFragments(operationText, fragments));
            failures.AddRange(errors.Select(error => $"{file.RelativePath}: {error}"));
        }

        Assert.Equal(imported.Operations.Count, result.Files.Count(file => file.RelativePath.StartsWith($"{imported.FolderName}/operations/", StringComparison.Ordinal)));
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [SkippableFact]
    public async Task The_validator_rejects_an_operation_that_selects_an_undocumented_field()
    {
        var result = ReferenceImporter.Import(RepositoryFiles.ReadReference());
        var schema = LoadSchema(ImportCountsTests.File(result, "kraken-oeg/schema.graphqls"));

        var errors = await Validate(schema, "query Broken($accountNumber: String!) { account(accountNumber: $accountNumber) { notDocumented } }");

        Assert.NotEmpty(errors);
    }

    [SkippableFact]
    public void The_operation_files_keep_the_reference_text_up_to_whitespace()
    {
        var reference = RepositoryFiles.ReadReference();
        var squashedReference = Squash(System.Text.Encoding.UTF8.GetString(reference));
        var result = ReferenceImporter.Import(reference);

        var operationFiles = result.Files.Where(file => file.RelativePath.Contains("/operations/", StringComparison.Ordinal)).ToList();

        Assert.Equal(105, operationFiles.Count);
        Assert.All(operationFiles, file => Assert.Contains(Squash(System.Text.Encoding.UTF8.GetString(file.Content)), squashedReference, StringComparison.Ordinal));
    }

    internal static ISchema LoadSchema(string sdl)
    {
        // Field-less object and input types are legal for the project's loader, not for GraphQL.NET.
        var patched = FieldlessTypePattern().Replace(sdl, "$1 $2 { _placeholder: String }");
        var unions = UnionPattern().Matches(sdl).Select(match => match.Groups[1].Value).ToList();
        var scalars = ScalarPattern().Matches(sdl).Select(match => match.Groups[1].Value).ToList();
        var schema = Schema.For(patched, builder =>
        {
            foreach (var union in unions)
            {
                builder.Types.For(union).ResolveType = _ => null!;
            }
        });

        // Keep field names as written (Kraken has "SHA"); GraphQL.NET camel-cases by default.
        schema.NameConverter = DefaultNameConverter.Instance;
        foreach (var scalar in scalars)
        {
            schema.RegisterType(new PassThroughScalar(scalar));
        }

        schema.Initialize();
        return schema;
    }

    internal static async Task<List<string>> Validate(ISchema schema, string document)
    {
        var parsed = GraphQLParser.Parser.Parse(document);
        var validation = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = parsed,
            Rules = DocumentValidator.CoreRules,
            Operation = parsed.Definitions.OfType<GraphQLOperationDefinition>().First(),
            Variables = Inputs.Empty,
        });

        // Variable values are not part of the document: only document validation counts here.
        return validation.Errors
            .Where(error => error is not InvalidVariableError)
            .Select(error => error.Message)
            .ToList();
    }

    private static Dictionary<string, string> FragmentTexts(ImportResult result, string folder)
    {
        var path = $"{folder}/fragments.graphql";
        if (!result.Files.Any(file => file.RelativePath == path))
        {
            return [];
        }

        var text = ImportCountsTests.File(result, path);
        return GraphQLParser.Parser.Parse(text).Definitions
            .OfType<GraphQLFragmentDefinition>()
            .ToDictionary(fragment => fragment.FragmentName.Name.StringValue, fragment => text[fragment.Location.Start..fragment.Location.End]);
    }

    private static string WithFragments(string operation, Dictionary<string, string> fragments)
    {
        var used = FragmentSpreadPattern().Matches(operation).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal);
        return operation + "\n" + string.Join('\n', used.Select(name => fragments.TryGetValue(name, out var text) ? text : ""));
    }

    /// <summary>A custom scalar for validation only: any value passes.</summary>
    private sealed class PassThroughScalar : ScalarGraphType
    {
        public PassThroughScalar(string name)
        {
            Name = name;
        }

        public override object? ParseValue(object? value) => value;

        public override object? ParseLiteral(GraphQLValue value) => value;
    }

    private static string Squash(string text) => WhitespacePattern().Replace(text, "");

    [GeneratedRegex(@"^(type|input) ([A-Za-z_][A-Za-z0-9_]*)$", RegexOptions.Multiline)]
    private static partial Regex FieldlessTypePattern();

    [GeneratedRegex(@"^scalar ([A-Za-z_][A-Za-z0-9_]*)$", RegexOptions.Multiline)]
    private static partial Regex ScalarPattern();

    [GeneratedRegex(@"^union ([A-Za-z_][A-Za-z0-9_]*) =", RegexOptions.Multiline)]
    private static partial Regex UnionPattern();

    [GeneratedRegex(@"\.\.\.([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex FragmentSpreadPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
