using Kraken.Codegen.Core.Tests.Validation;

namespace Kraken.Codegen.Core.Tests.Rules;

/// <summary>Specification 5.5.2.2: <see cref="Kraken.Codegen.Core.Validation.Rules.FragmentSpreadsMustNotFormCyclesRule"/> (KGQL0217), on the specification's examples and our own.</summary>
public sealed partial class FragmentSpreadsMustNotFormCyclesRuleTests : IRuleCases
{
    private const string Id = "KGQL0217";

    public static TheoryData<string> Valid => new()
    {
        "{ dog { ...nameFragment ...barkVolumeFragment } } fragment nameFragment on Dog { name ...barkVolumeFragment } fragment barkVolumeFragment on Dog { barkVolume }",
    };

    public static TheoryData<string, string, int, int> Invalid => new()
    {
        { "{ dog { ...nameFragment } }\nfragment nameFragment on Dog { name ...barkVolumeFragment }\nfragment barkVolumeFragment on Dog { barkVolume ...nameFragment }", "Cannot spread fragment 'nameFragment' within itself via 'barkVolumeFragment'.", 3, 52 },
        { "{ dog { ...dogFragment } }\nfragment dogFragment on Dog { name owner { ...ownerFragment } }\nfragment ownerFragment on Human { name pets { ...dogFragment } }", "Cannot spread fragment 'dogFragment' within itself via 'ownerFragment'.", 3, 50 },
        { "{ dog { ...selfie } } fragment selfie on Dog { name ...selfie }", "Cannot spread fragment 'selfie' within itself.", 1, 56 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_valid_documents(string document) => ValidationHarness.AssertClean(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_invalid_documents_at_the_offending_element(string document, string message, int line, int column) =>
        ValidationHarness.AssertSingle(document, Id, message, line, column);
}
