using Kraken.Codegen.Core.Documents;
using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;

namespace Kraken.Codegen.Core.Tests.Validation;

/// <summary>
/// One validation of a document set serves the analyzer (its diagnostics) and the generator (which operations are valid),
/// and identical input is validated once per process.
/// </summary>
public sealed class SharedValidationTests
{
    private const string Sdl = """
        type Query { account(number: String!): Account legacy: Int @deprecated(reason: "Old.\n- Scheduled for removal on or after 2020-01-01.") }
        type Account { number: String! balance: Int }
        """;

    private static readonly SchemaModel Schema = SchemaBuilder.Build(new SourceFile("schema.graphqls", Sdl));

    [Fact]
    public void An_error_in_a_fragment_makes_every_operation_that_reaches_it_invalid_and_only_those()
    {
        var files = new[]
        {
            new SourceFile("/p/Fragments.graphql", "fragment Broken on Account { number missing }\nfragment Fine on Account { number }"),
            new SourceFile("/p/A.graphql", "query UsesBroken { account(number: \"1\") { ...Broken } }\nquery UsesFine { account(number: \"1\") { ...Fine } }"),
            new SourceFile("/p/B.graphql", "query Nested { account(number: \"1\") { ... on Account { ...Broken } } }\nquery Own { account(number: \"1\") { balance wrong } }"),
        };

        var result = DocumentSetValidation.Run(Schema, files, ValidationOptions.Default, CancellationToken.None);

        Assert.Contains(result.Diagnostics, d => d.Id == "KGQL0206" && d.Location!.Value.Path == "/p/Fragments.graphql");
        Assert.False(result.IsValid("/p/A.graphql", "UsesBroken"));
        Assert.True(result.IsValid("/p/A.graphql", "UsesFine"));
        Assert.False(result.IsValid("/p/B.graphql", "Nested"));
        Assert.False(result.IsValid("/p/B.graphql", "Own"));
        Assert.Equal(new[] { ("/p/A.graphql", "UsesFine") }, result.ValidOperations);
    }

    [Fact]
    public void A_deprecation_error_does_not_stop_generation_but_a_duplicate_name_does()
    {
        var files = new[]
        {
            new SourceFile("/p/Old.graphql", "query Old { legacy }"),
            new SourceFile("/p/Twice.graphql", "query Twice { legacy }\nquery Twice { account(number: \"1\") { number } }"),
        };

        var result = DocumentSetValidation.Run(Schema, files, new ValidationOptions { AsOfDate = new DateTime(2024, 1, 1) }, CancellationToken.None);

        Assert.Contains(result.Diagnostics, d => d.Id == "KGQL0305" && d.IsError);
        Assert.True(result.IsValid("/p/Old.graphql", "Old"));
        Assert.Contains(result.Diagnostics, d => d.Id == "KGQL0203");
        Assert.False(result.IsValid("/p/Twice.graphql", "Twice"));
    }

    [Fact]
    public void Identical_input_is_validated_once_and_any_change_validates_again()
    {
        var marker = Guid.NewGuid().ToString("N");
        SourceFile[] Files() => new[] { new SourceFile("/p/Q.graphql", "# " + marker + "\nquery Q { account(number: \"1\") { number } }") };
        var options = new ValidationOptions { ReportUnusedFragments = false };

        var first = SharedValidation.Validate(Schema, Files(), options);
        var again = SharedValidation.Validate(Schema, Files(), options with { });
        var otherOptions = SharedValidation.Validate(Schema, Files(), options with { ReportUnusedFragments = true });
        var otherText = SharedValidation.Validate(Schema, new[] { new SourceFile("/p/Q.graphql", Files()[0].Text + " ") }, options);

        Assert.Same(first, again);
        Assert.NotSame(first, otherOptions);
        Assert.NotSame(first, otherText);
        Assert.Same(first, SharedValidation.Find(Schema, Files(), options));
    }

    [Fact]
    public void The_cache_keeps_only_a_few_recent_results()
    {
        var options = new ValidationOptions();
        var firstFiles = new[] { new SourceFile("/p/First.graphql", "query First { legacy } # " + Guid.NewGuid()) };
        SharedValidation.Validate(Schema, firstFiles, options);
        Assert.NotNull(SharedValidation.Find(Schema, firstFiles, options));
        var files = new List<SourceFile[]>();
        for (var i = 0; i < 20; i++)
        {
            var file = new[] { new SourceFile("/p/Q.graphql", "query Q" + i + " { legacy } # " + Guid.NewGuid()) };
            files.Add(file);
            SharedValidation.Validate(Schema, file, options);
        }

        Assert.Null(SharedValidation.Find(Schema, firstFiles, options));
        Assert.NotNull(SharedValidation.Find(Schema, files[^1], options));
        Assert.True(files.Count(f => SharedValidation.Find(Schema, f, options) is not null) <= 8, "The cache must stay bounded.");
    }
}
