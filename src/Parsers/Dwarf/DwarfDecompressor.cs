using System.IO.Compression;
using AbiPortal.Parsers.Diagnostics;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// Inflates compressed debug sections: zlib (ELFCOMPRESS_ZLIB and the old <c>.zdebug_*</c>) and
/// zstd (ELFCOMPRESS_ZSTD). The size a header states is checked against the caps before anything
/// is allocated, so a tiny file cannot make the reader allocate gigabytes, and the output never
/// grows past that size whatever the stream holds.
/// </summary>
internal static class DwarfDecompressor
{
    /// <summary>Sections this small may inflate further than the ratio allows (headers dominate).</summary>
    private const ulong RatioSlack = 4096;

    /// <summary>
    /// The decompressed bytes, or null after reporting why not. <paramref name="remaining"/> is the
    /// budget left for this file's decompressed sections; it is reduced by what this one takes.
    /// </summary>
    public static byte[]? Inflate(ReadOnlyMemory<byte> compressed, uint algorithm, ulong size, string section, long offset, ParseLimits limits, ref long remaining, DiagnosticBag bag)
    {
        if (algorithm is not (DwarfConstants.ELFCOMPRESS_ZLIB or DwarfConstants.ELFCOMPRESS_ZSTD))
        {
            bag.Warning(DiagnosticCodes.DwarfBadCompressionHeader, offset, $"{section}: compression type {algorithm} is neither ELFCOMPRESS_ZLIB nor ELFCOMPRESS_ZSTD; not read.");
            return null;
        }

        // size <= ratio * compressed, written as a division so the product cannot wrap.
        ulong ratio = (ulong)Math.Max(1, limits.MaxCompressionRatio);
        bool ratioOk = size <= RatioSlack || (size - RatioSlack) / ratio < (ulong)compressed.Length;
        if (size > (ulong)Math.Max(0, remaining) || size > int.MaxValue || !ratioOk)
        {
            bag.Warning(DiagnosticCodes.DwarfDecompressionLimit, offset, $"{section}: {compressed.Length} compressed bytes claim to inflate to {size}, past the limit ({Math.Max(0, remaining)} bytes left, ratio {limits.MaxCompressionRatio}:1); not read.");
            return null;
        }

        var output = new byte[size];
        int written;
        try
        {
            written = algorithm == DwarfConstants.ELFCOMPRESS_ZLIB ? InflateZlib(compressed, output) : InflateZstd(compressed.Span, output);
        }
        catch (Exception ex) when (ex is InvalidDataException or ZstdSharp.ZstdException)
        {
            bag.Warning(DiagnosticCodes.DwarfDecompressionFailed, offset, $"{section}: the compressed data is corrupt ({ex.Message}).");
            return null;
        }

        if ((ulong)written != size)
        {
            bag.Warning(DiagnosticCodes.DwarfDecompressionFailed, offset, $"{section}: inflated to {written} bytes, not the {size} its header states.");
            return null;
        }

        remaining -= (long)size;
        return output;
    }

    private static int InflateZlib(ReadOnlyMemory<byte> compressed, byte[] output)
    {
        using var zlib = new ZLibStream(new ReadOnlyMemoryStream(compressed), CompressionMode.Decompress);
        int total = 0;
        while (total < output.Length)
        {
            int n = zlib.Read(output, total, output.Length - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        // A stream that still has data after the stated size is as wrong as a short one.
        Span<byte> probe = stackalloc byte[1];
        return total == output.Length && zlib.Read(probe) > 0 ? total + 1 : total;
    }

    private static int InflateZstd(ReadOnlySpan<byte> compressed, byte[] output)
    {
        using var zstd = new ZstdSharp.Decompressor();
        // TryUnwrap fails rather than writing past the buffer when the frames hold more.
        return zstd.TryUnwrap(compressed, output, out int written) ? written : output.Length + 1;
    }
}
