using System.Buffers.Binary;
using System.Text;
using AbiPortal.Parsers.Tests.Archives;

namespace AbiPortal.Parsers.Tests.Hostile;

/// <summary>ar archives: members by the million, members sharing one long name, a BSD index naming one string.</summary>
internal static partial class HostileInputs
{
    /// <summary>The archive of issue 17: <paramref name="count"/> empty members, 60 bytes each (1,048,586 made 63 MB).</summary>
    public static byte[] ArchiveOfEmptyMembers(int count)
    {
        byte[] header = ArchiveBuilder.Header("a.o/", 0);
        var data = new byte[8 + (count * header.Length)];
        Encoding.ASCII.GetBytes("!<arch>\n").CopyTo(data, 0);
        for (int i = 0; i < count; i++)
        {
            header.CopyTo(data, 8 + (i * header.Length));
        }

        return data;
    }

    /// <summary>A GNU long-name table holding one long name, and <paramref name="count"/> empty members all named by it (/0).</summary>
    public static byte[] ArchiveSharingOneLongName(int count, int nameLength)
    {
        var output = new MemoryStream();
        output.Write("!<arch>\n"u8);
        output.Write(ArchiveBuilder.Header("//", nameLength + 2));
        output.Write(Encoding.ASCII.GetBytes(new string('n', nameLength) + "/\n"));
        byte[] member = ArchiveBuilder.Header("/0", 0);
        for (int i = 0; i < count; i++)
        {
            output.Write(member);
        }

        return output.ToArray();
    }

    /// <summary>A BSD <c>__.SYMDEF</c> whose <paramref name="count"/> ranlib entries all name one long string.</summary>
    public static byte[] BsdIndexNamingOneString(int count, int nameLength)
    {
        int ranlibBytes = count * 8;
        var body = new byte[4 + ranlibBytes + 4 + nameLength + 1];
        BinaryPrimitives.WriteUInt32LittleEndian(body, (uint)ranlibBytes);
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(4 + ranlibBytes), (uint)(nameLength + 1));
        Encoding.ASCII.GetBytes(new string('s', nameLength)).CopyTo(body, 4 + ranlibBytes + 4);
        return [.. "!<arch>\n"u8, .. ArchiveBuilder.Header("__.SYMDEF", body.Length), .. body, .. body.Length % 2 == 1 ? "\n"u8 : []];
    }
}
