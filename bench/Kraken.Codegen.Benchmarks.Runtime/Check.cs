namespace Kraken.Codegen.Benchmarks.Runtime;

/// <summary>Checks in the setup that every contender read the same values, so that the timings compare like with like.</summary>
internal static class Check
{
    public static void SameReadings(ReadingsQuery.Data generated, params ReadingsResponse[] others)
    {
        foreach (var other in others)
        {
            var expected = other.Data.Readings;
            if (generated.Readings.Count != expected.Count)
            {
                throw new InvalidOperationException($"Count differs: {generated.Readings.Count} vs {expected.Count}.");
            }

            for (var i = 0; i < expected.Count; i++)
            {
                var a = generated.Readings[i];
                var b = expected[i];
                var same = a.Id == b.Id
                    && a.Value == b.Value
                    && a.ReadAt == b.ReadAt
                    && a.ReadAt.Offset == b.ReadAt.Offset
                    && a.Register == b.Register
                    && a.Account.Number == b.Account.Number
                    && a.Account.Status.RawValue == StatusName(b.Account.Status)
                    && !a.Account.Status.IsUnknown
                    && a.Tags.SequenceEqual(b.Tags);
                if (!same)
                {
                    throw new InvalidOperationException($"Reading {i} differs: {a} vs {b}.");
                }
            }
        }
    }

    private static string StatusName(AccountStatusDto status) => status switch
    {
        AccountStatusDto.Pending => "PENDING",
        AccountStatusDto.Active => "ACTIVE",
        AccountStatusDto.Withdrawn => "WITHDRAWN",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
