using System.Reflection;
using Kraken.Codegen.Package.Tests.Support;
using PublicApiGenerator;

namespace Kraken.Codegen.Package.Tests.PublicApi;

/// <summary>
/// The public API of each library package, approved under <c>snapshots/api/</c>: an accidental change (a removed
/// member, a changed signature, a type made public) fails here as a readable diff. After an intended change:
/// <c>KRAKEN_CODEGEN_APPROVE=1 dotnet test tests/Kraken.Codegen.Package.Tests --filter PublicApiTests</c>.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Runtime_public_api_is_approved() =>
        Verify(typeof(Kraken.Codegen.Runtime.KrakenGraphQLExecutor).Assembly);

    [Fact]
    public void Testing_public_api_is_approved() =>
        Verify(typeof(Kraken.Codegen.Testing.MockGraphQLServer).Assembly);

    [Fact]
    public void Core_public_api_is_approved() =>
        Verify(typeof(Kraken.Codegen.Core.Schema.SchemaModel).Assembly);

    private static void Verify(Assembly assembly)
    {
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // Attributes that only restate the build (target framework, metadata, friend test assemblies) are not API.
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
            ],
        });
        Snapshot.Verify("api", assembly.GetName().Name!, api);
    }
}
