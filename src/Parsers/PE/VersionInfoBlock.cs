using System.Text;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>
/// One block of a VS_VERSIONINFO resource (VS_VERSIONINFO, StringFileInfo, StringTable, String
/// in the Win32 "Version Information" reference): wLength, wValueLength, wType, a NUL-terminated
/// UTF-16 szKey, padding to a 32-bit boundary, the value, padding, then child blocks, each
/// 32-bit aligned. Offsets are relative to the start of the resource.
/// </summary>
internal readonly record struct VersionInfoBlock(int Start, int End, string Key, int ValueStart, int ValueLength, bool IsText, int ChildrenStart)
{
    private const int HeaderSize = 6;

    /// <summary>Keys are short names ("StringFileInfo", "040904b0", "ProductVersion"); longer means garbage.</summary>
    private const int MaxKeyChars = 64;

    /// <summary>Reads the block at <paramref name="start"/>, which must lie inside <paramref name="limit"/>.</summary>
    public static VersionInfoBlock? TryRead(ReadOnlySpan<byte> data, int start, int limit)
    {
        var reader = new ByteReader(data[..limit]);
        if (!reader.TryReadUInt16((ulong)start, out ushort length) || !reader.TryReadUInt16((ulong)start + 2, out ushort valueLength) || !reader.TryReadUInt16((ulong)start + 4, out ushort type))
        {
            return null;
        }

        // A block shorter than its own header, or running past its parent, is malformed.
        if (length < HeaderSize || length > limit - start)
        {
            return null;
        }

        int end = start + length;
        var key = new StringBuilder();
        int at = start + HeaderSize;
        while (true)
        {
            if (at + 2 > end || key.Length > MaxKeyChars)
            {
                return null;
            }

            char c = (char)(data[at] | (data[at + 1] << 8));
            at += 2;
            if (c == '\0')
            {
                break;
            }

            key.Append(c);
        }

        int valueStart = Align(at);
        // wType 1 is text, whose wValueLength counts UTF-16 code units rather than bytes.
        bool isText = type == 1;
        int valueBytes = isText ? valueLength * 2 : valueLength;
        if (valueStart > end || valueBytes > end - valueStart)
        {
            valueBytes = Math.Max(0, end - valueStart);
        }

        return new VersionInfoBlock(start, end, key.ToString(), valueStart, valueBytes, isText, Math.Min(Align(valueStart + valueBytes), end));
    }

    /// <summary>The child blocks, stopping at the first malformed one.</summary>
    public List<VersionInfoBlock> Children(ReadOnlySpan<byte> data)
    {
        var children = new List<VersionInfoBlock>();
        int at = ChildrenStart;
        // Every child is at least a 6-byte header, so this loop ends within End / 6 steps.
        while (at < End && TryRead(data, at, End) is { } child)
        {
            children.Add(child);
            at = Align(child.End);
        }

        return children;
    }

    /// <summary>The value as text, without its terminator.</summary>
    public string Text(ReadOnlySpan<byte> data)
    {
        var bytes = data.Slice(ValueStart, ValueLength & ~1);
        string s = Encoding.Unicode.GetString(bytes);
        int nul = s.IndexOf('\0', StringComparison.Ordinal);
        return nul >= 0 ? s[..nul] : s;
    }

    private static int Align(int offset) => (offset + 3) & ~3;
}
