using System.Text.RegularExpressions;
using Kraken.Codegen.TestSupport;

namespace Kraken.Codegen.Runtime.Tests;

/// <summary>Keeps the runtime's shape: the executor and the token provider meet only through interfaces.</summary>
public sealed class RuntimeStructureTests
{
    [SkippableTheory]
    [InlineData("KrakenGraphQLExecutor.cs", "KrakenTokenProvider")]
    [InlineData("KrakenTokenProvider.cs", "KrakenGraphQLExecutor")]
    public void The_executor_and_the_token_provider_do_not_name_each_other(string file, string otherType)
    {
        Skip.If(RepositoryLayout.Root is null, "The runtime's sources are not beside this test run (no Kraken.Codegen.sln above it).");
        var source = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "runtime", "Kraken.Codegen.Runtime", file));

        // Comments may mention the other type; code must not (no cast, no construction, no parameter of its type).
        var code = Regex.Replace(source, @"//.*$", string.Empty, RegexOptions.Multiline);

        Assert.DoesNotMatch(new Regex($@"\b{otherType}\b"), code);
    }
}
