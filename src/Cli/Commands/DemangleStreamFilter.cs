using System.Text;
using AbiPortal.Parsers.Demangling;

namespace AbiPortal.Cli.Commands;

/// <summary>
/// <c>abiportal demangle</c>'s filter on raw standard input and output: reads UTF-8 in 64 KiB blocks,
/// widens one line at a time into a reused char buffer, demangles into a second reused buffer and
/// encodes many lines at once back to UTF-8. Nothing is allocated per line or per name, which is what
/// made a filter over 100,000 names spend its time in the garbage collector and in
/// <see cref="StreamReader.ReadLine"/>. Lines end at "\n", "\r\n" or a lone "\r" and are written
/// back ending in "\n", exactly as the <see cref="TextReader"/> path
/// (<see cref="DemangleCommand.Filter(TextReader, TextWriter, DemangleOptions, bool)"/>) does; bytes
/// that are not UTF-8 become U+FFFD there and here.
/// </summary>
internal static class DemangleStreamFilter
{
    private const int BlockSize = 1 << 16;

    /// <summary>Output chars collected before they are encoded and written (when not flushing per line).</summary>
    private const int OutputChunk = 1 << 15;

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Copies <paramref name="input"/> to <paramref name="output"/>, demangling every mangled word.</summary>
    public static void Run(Stream input, Stream output, DemangleOptions options, bool flushEachLine)
    {
        byte[] block = new byte[BlockSize];
        var line = new CharBuffer(1024);
        var text = new CharBuffer(OutputChunk + 4096);
        byte[] encoded = new byte[Utf8.GetMaxByteCount(OutputChunk + 4096)];
        int filled = 0;
        bool skipLineFeed = false;
        while (true)
        {
            int read = input.Read(block, filled, block.Length - filled);
            filled += read;
            int start = 0;
            if (skipLineFeed && filled > 0)
            {
                // The "\n" of a "\r\n" split across two reads.
                start = block[0] == '\n' ? 1 : 0;
                skipLineFeed = false;
            }

            int end;
            while ((end = IndexOfLineEnd(block.AsSpan(start, filled - start))) >= 0)
            {
                int lineEnd = start + end;
                WriteLine(block.AsSpan(start, end), line, text, options);
                start = lineEnd + 1;
                if (block[lineEnd] == '\r')
                {
                    if (start < filled)
                    {
                        start += block[start] == '\n' ? 1 : 0;
                    }
                    else
                    {
                        skipLineFeed = read > 0;
                    }
                }

                if (flushEachLine || text.Length >= OutputChunk)
                {
                    Drain(text, ref encoded, output, flushEachLine);
                }
            }

            if (read == 0)
            {
                // End of input: an unterminated last line is still a line.
                if (start < filled)
                {
                    WriteLine(block.AsSpan(start, filled - start), line, text, options);
                }

                Drain(text, ref encoded, output, flush: true);
                return;
            }

            // Keep the partial line; a line longer than the block makes the block grow.
            filled -= start;
            block.AsSpan(start, filled).CopyTo(block);
            if (filled == block.Length)
            {
                Array.Resize(ref block, block.Length * 2);
            }
        }
    }

    private static int IndexOfLineEnd(ReadOnlySpan<byte> bytes) => bytes.IndexOfAny((byte)'\n', (byte)'\r');

    private static void WriteLine(ReadOnlySpan<byte> bytes, CharBuffer line, CharBuffer text, DemangleOptions options)
    {
        line.Clear();
        var chars = line.GetSpan(Utf8.GetMaxCharCount(bytes.Length));
        line.Advance(Utf8.GetChars(bytes, chars));
        DemangleCommand.DemangleLine(line.Written, text, options);
        text.Append('\n');
    }

    /// <summary>Encodes the collected lines (whole lines only, so no surrogate pair is split) and writes them.</summary>
    private static void Drain(CharBuffer text, ref byte[] encoded, Stream output, bool flush)
    {
        int needed = Utf8.GetMaxByteCount(text.Length);
        if (needed > encoded.Length)
        {
            encoded = new byte[needed];
        }

        int count = Utf8.GetBytes(text.Written, encoded);
        output.Write(encoded, 0, count);
        text.Clear();
        if (flush)
        {
            output.Flush();
        }
    }
}
