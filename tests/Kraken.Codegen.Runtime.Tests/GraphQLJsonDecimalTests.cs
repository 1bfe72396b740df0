using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Kraken.Codegen.Runtime.Json;

namespace Kraken.Codegen.Runtime.Tests;

/// <summary>
/// <see cref="GraphQLJson.ReadDecimal"/> reads unescaped strings from their UTF-8 bytes in place; every other form
/// goes through a string. Both must give exactly what <c>decimal.TryParse</c> of the text gives.
/// </summary>
public sealed class GraphQLJsonDecimalTests
{
    private const NumberStyles Styles = NumberStyles.Number | NumberStyles.AllowExponent;

    [Theory]
    [InlineData("1234.567")]
    [InlineData("-0.5")]
    [InlineData("+7")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("0.000")]
    [InlineData(" 12.5 ")]
    [InlineData("1,234,567.89")]
    [InlineData("1e3")]
    [InlineData("1.5E-2")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("0.1234567890123456789012345678901234567")]
    [InlineData("12345678901234567890.123456789")]
    public void A_numeric_string_reads_as_decimal_TryParse_reads_it(string text)
    {
        var expected = decimal.Parse(text, Styles, CultureInfo.InvariantCulture);

        var inPlace = ReadSingle("\"" + text + "\"");
        var segmented = ReadSegmented("\"" + text + "\"");
        var escaped = ReadSingle("\"" + string.Concat(text.Select(c => $"\\u{(int)c:x4}")) + "\"");

        Assert.Equal(expected, inPlace);
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), inPlace.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), segmented.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), escaped.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"\"")]
    [InlineData("\"1.2.3\"")]
    [InlineData("\"79228162514264337593543950336\"")]
    [InlineData("\"١٢\"")]
    [InlineData("true")]
    public void Anything_else_is_refused(string json)
    {
        Assert.Throws<GraphQLResponseReadException>(() => ReadSingle(json));
        Assert.Throws<GraphQLResponseReadException>(() => ReadSegmented(json));
    }

    [Fact]
    public void A_number_token_is_read_exactly()
    {
        Assert.Equal("12.50", ReadSingle("12.50").ToString(CultureInfo.InvariantCulture));
    }

    private static decimal ReadSingle(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return GraphQLJson.ReadDecimal(ref reader);
    }

    /// <summary>Reads from a sequence of one-byte segments, so that the value arrives as a <c>ValueSequence</c>.</summary>
    private static decimal ReadSegmented(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        Segment? first = null;
        Segment? last = null;
        foreach (var b in bytes)
        {
            var segment = new Segment(new[] { b }, last);
            first ??= segment;
            last = segment;
        }

        var reader = new Utf8JsonReader(new ReadOnlySequence<byte>(first!, 0, last!, 1));
        reader.Read();
        return GraphQLJson.ReadDecimal(ref reader);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] bytes, Segment? previous)
        {
            Memory = bytes;
            if (previous is not null)
            {
                RunningIndex = previous.RunningIndex + previous.Memory.Length;
                previous.Next = this;
            }
        }
    }
}
