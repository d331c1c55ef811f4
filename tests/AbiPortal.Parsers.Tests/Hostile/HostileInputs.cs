using System.Buffers.Binary;
using System.Text;

namespace AbiPortal.Parsers.Tests.Hostile;

/// <summary>
/// Small inputs that cost a reader far more than their size, built in code: the amplification
/// findings of issue 17 and the same pattern wherever else it fits (many entries naming one long
/// string, many headers pointing at one table). Each is valid enough to get past the headers.
/// </summary>
internal static partial class HostileInputs
{
    private static void U16(byte[] b, int at, ushort v) => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(at), v);

    private static void U32(byte[] b, int at, uint v) => BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(at), v);

    private static void U64(byte[] b, int at, ulong v) => BinaryPrimitives.WriteUInt64LittleEndian(b.AsSpan(at), v);

    private static void Ascii(byte[] b, int at, string s) => Encoding.ASCII.GetBytes(s).CopyTo(b, at);

    private static void Uleb(List<byte> output, ulong value)
    {
        do
        {
            byte low = (byte)(value & 0x7F);
            value >>= 7;
            output.Add(value != 0 ? (byte)(low | 0x80) : low);
        }
        while (value != 0);
    }
}
