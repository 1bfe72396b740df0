using System.Reflection;

namespace Kraken.Codegen.Generator.Tests.Incremental;

/// <summary>
/// The background warm-up of a fresh process only helps if its tiny project goes through every step: a schema or
/// operation it cannot validate, bind or emit would warm nothing, and silently so (its exceptions are swallowed).
/// </summary>
public sealed class BackgroundWarmUpTests
{
    [Fact]
    public void The_warm_up_project_validates_binds_and_emits()
    {
        var warmUp = typeof(GraphQLClientGenerator).Assembly.GetType("Kraken.Codegen.Generator.Pipeline.BackgroundWarmUp", throwOnError: true)!;
        var warm = warmUp.GetMethod("Warm", BindingFlags.Static | BindingFlags.NonPublic)!;

        Assert.Equal(true, warm.Invoke(null, null));
    }
}
