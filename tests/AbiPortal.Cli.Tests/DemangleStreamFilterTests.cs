using System.Text;
using AbiPortal.Cli.Commands;
using AbiPortal.Parsers.Demangling;
using Xunit;

namespace AbiPortal.Cli.Tests;

/// <summary>
/// The byte filter that standard input goes through must print exactly what the TextReader filter
/// prints: same line ends ("\n", "\r\n", lone "\r" all become "\n"), same U+FFFD for bytes that are
/// not UTF-8, a last line without a newline still ended, lines longer than one read block.
/// </summary>
public sealed class DemangleStreamFilterTests
{
    private static readonly string[] Inputs =
    [
        "",
        "_Z1fv",
        "0000000000001130 T _ZN3foo3barEi@@LIB_1.0\n                 U _ZdlPv\n",
        "a _Z1fv\r\nb _Z1gv\rc _Z1hv\n\n\r\r\n_Z1iv",
        "caf\u00e9 _Z1fv \u20ac ?f@@YAXH@Z ??? _Z1fv$ a.b ?_Z1fv ~_Z1fv|_Z1gv@@A{_Z1hv}\n",
        "x " + new string('y', 70_000) + " _Z1fv\n_Z1gv\r",
        string.Concat(Enumerable.Repeat("_ZNSt6vectorIiSaIiEE9push_backERKi\r\n", 5_000)),
    ];

    public static TheoryData<int, int> Cases()
    {
        var data = new TheoryData<int, int>();
        for (int i = 0; i < Inputs.Length; i++)
        {
            data.Add(i, int.MaxValue);
            data.Add(i, 1);
            data.Add(i, 7);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bytes_in_bytes_out_matches_the_text_filter(int input, int readSize)
    {
        string text = Inputs[input];
        var expected = new StringWriter();
        DemangleCommand.Filter(new StringReader(text), expected, DemangleOptions.Default, flushEachLine: false);

        var output = new MemoryStream();
        DemangleStreamFilter.Run(new TrickleStream(Encoding.UTF8.GetBytes(text), readSize), output, DemangleOptions.Default, flushEachLine: false);

        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void Invalid_utf8_becomes_replacement_characters_like_the_text_filter()
    {
        byte[] bytes = [(byte)'c', 0xFF, 0xFE, (byte)' ', .. "_Z1hv\n"u8, 0xE2, 0x82, (byte)'\n'];
        var expected = new StringWriter();
        DemangleCommand.Filter(new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false)), expected, DemangleOptions.Default, flushEachLine: false);

        var output = new MemoryStream();
        DemangleStreamFilter.Run(new MemoryStream(bytes), output, DemangleOptions.Default, flushEachLine: false);

        Assert.Equal(Encoding.UTF8.GetBytes(expected.ToString()), output.ToArray());
        Assert.Contains("h()", expected.ToString());
    }

    /// <summary>A read-only stream that hands out at most <c>readSize</c> bytes per read, like a pipe.</summary>
    private sealed class TrickleStream(byte[] data, int readSize) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, readSize));
    }
}
