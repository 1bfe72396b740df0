using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kraken.Codegen.Generator.Tests.Architecture;

/// <summary>
/// Only the emitting layer spells C#: binding produces the model (names, GraphQL types, nullability) and no string in
/// <c>Binding/</c> or <c>Model/</c> may hold C# code. The check reads the string literals of those folders' sources.
/// </summary>
public sealed class EmittingLayerTests
{
    // Pieces that only C# code contains: qualified names, reader and writer calls, lambdas, statements, generic lists.
    private static readonly string[] CSharpMarkers =
    {
        "global::", "System.", "Kraken.Codegen.Runtime", "IReadOnlyList", "(ref ", "reader", "writer", "=>", ";", "new ", "?.", "Optional<", "GraphQLJson",
    };

    [SkippableFact]
    public void Binding_and_model_sources_hold_no_csharp_code()
    {
        var generator = GeneratorFolder();
        var offenders = new[] { "Binding", "Model" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(generator, folder), "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => CSharpLiterals(file).Select(literal => $"{Path.GetRelativePath(generator, file)}: {literal}"))
            .ToList();

        Assert.True(offenders.Count == 0, "C# spelled outside Emitting/:\n" + string.Join("\n", offenders));
    }

    [SkippableFact]
    public void The_check_finds_csharp_where_it_is_spelled()
    {
        // The emitting layer is full of C#; if the scan found nothing there, it could not find anything anywhere.
        var emitting = Path.Combine(GeneratorFolder(), "Emitting");
        var found = Directory.EnumerateFiles(emitting, "*.cs").SelectMany(CSharpLiterals).ToList();

        Assert.Contains(found, literal => literal.Contains("global::", StringComparison.Ordinal));
        Assert.Contains(found, literal => literal.Contains("(ref reader", StringComparison.Ordinal));
    }

    [Fact]
    public void The_emitter_knows_every_name_generated_json_classes_inherit()
    {
        // The JSON classes of generated files derive from GraphQLJson; their own members must not hide its members.
        var field = typeof(GraphQLClientGenerator).Assembly.GetType("Kraken.Codegen.Generator.Emitting.RuntimeNames")!
            .GetField("GraphQLJsonMembers")!;
        var known = ((string[])field.GetValue(null)!).ToHashSet(StringComparer.Ordinal);
        var inherited = typeof(Kraken.Codegen.Runtime.Json.GraphQLJson)
            .GetMembers(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.FlattenHierarchy)
            .Where(m => m is System.Reflection.MethodInfo { IsPrivate: false, IsSpecialName: false } or System.Reflection.PropertyInfo or System.Reflection.FieldInfo { IsPrivate: false })
            .Select(m => m.Name)
            .Distinct()
            .ToList();

        Assert.NotEmpty(inherited);
        Assert.All(inherited, name => Assert.True(known.Contains(name), $"GraphQLJson.{name} is missing from RuntimeNames.GraphQLJsonMembers."));
    }

    private static string GeneratorFolder()
    {
        Skip.If(Kraken.Codegen.TestSupport.RepositoryLayout.Root is null, "The repository's sources are not beside the test assembly.");
        return Path.Combine(Kraken.Codegen.TestSupport.RepositoryLayout.Root!, "generator", "Kraken.Codegen.Generator");
    }

    /// <summary>The string literals (and interpolated strings' text) of a source file that look like C# code.</summary>
    private static IEnumerable<string> CSharpLiterals(string file)
    {
        var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file).GetRoot();
        var literals = root.DescendantNodes().OfType<LiteralExpressionSyntax>()
            .Where(literal => literal.IsKind(SyntaxKind.StringLiteralExpression))
            .Select(literal => literal.Token.ValueText)
            .Concat(root.DescendantNodes().OfType<InterpolatedStringTextSyntax>().Select(text => text.TextToken.ValueText));
        return literals.Where(text => CSharpMarkers.Any(marker => text.Contains(marker, StringComparison.Ordinal)));
    }
}
