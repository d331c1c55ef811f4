using System.Buffers.Binary;
using System.Text;

namespace AbiPortal.Parsers.Tests.PE;

/// <summary>
/// Writes a small, valid PE32+ DLL by hand so that tests can corrupt one field and assert the
/// diagnostic. Layout: headers at 0; <c>.rdata</c> (RVA 0x1000, file 0x200, 0x400 bytes) holds the
/// export directory at 0x1000 and the import directory at 0x1200; <c>.text</c> (RVA 0x2000,
/// file 0x600, 0x200 bytes) holds code.
/// </summary>
internal static class PEImageBuilder
{
    public const int LfanewOffset = 0x3C, PEHeader = 0x40, FileHeader = 0x44, OptionalHeader = 0x58;
    public const int SectionTable = OptionalHeader + 0xF0;
    public const int DataDirectories = OptionalHeader + 112;
    public const int RData = 0x200, Text = 0x600, FileSize = 0x800;
    public const uint RDataRva = 0x1000, TextRva = 0x2000;

    /// <summary>File offsets of the export directory and its tables.</summary>
    public const int ExportDir = RData, ExportFunctions = RData + 0x30, ExportNames = RData + 0x50, ExportOrdinals = RData + 0x60;

    /// <summary>File offsets of the import descriptor and its lookup table.</summary>
    public const int ImportDir = RData + 0x200, ImportLookup = RData + 0x240;

    public static byte[] Build()
    {
        var b = new byte[FileSize];
        b[0] = (byte)'M';
        b[1] = (byte)'Z';
        U32(b, LfanewOffset, PEHeader);
        U32(b, PEHeader, 0x00004550);
        U16(b, FileHeader, 0x8664);           // Machine
        U16(b, FileHeader + 2, 2);            // NumberOfSections
        U32(b, FileHeader + 4, 0x11223344);   // TimeDateStamp
        U16(b, FileHeader + 16, 0xF0);        // SizeOfOptionalHeader
        U16(b, FileHeader + 18, 0x2022);      // EXECUTABLE_IMAGE | LARGE_ADDRESS_AWARE | DLL
        U16(b, OptionalHeader, 0x20B);        // PE32+
        U32(b, OptionalHeader + 16, 0);       // AddressOfEntryPoint
        U64(b, OptionalHeader + 24, 0x180000000);
        U16(b, OptionalHeader + 68, 3);       // windows-cui
        U16(b, OptionalHeader + 70, 0x0160);
        U32(b, OptionalHeader + 108, 16);     // NumberOfRvaAndSizes
        Directory(b, 0, RDataRva, 0x100);
        Directory(b, 1, RDataRva + 0x200, 40);
        Section(b, 0, ".rdata", RDataRva, 0x400, RData, 0x40000040);
        Section(b, 1, ".text", TextRva, 0x200, Text, 0x60000020);

        // Export directory: Base 1, four address slots (code, empty, forwarder, data), two names.
        U32(b, ExportDir + 12, RDataRva + 0x100);  // Name
        U32(b, ExportDir + 16, 1);                 // Base
        U32(b, ExportDir + 20, 4);                 // NumberOfFunctions
        U32(b, ExportDir + 24, 2);                 // NumberOfNames
        U32(b, ExportDir + 28, RDataRva + 0x30);
        U32(b, ExportDir + 32, RDataRva + 0x50);
        U32(b, ExportDir + 36, RDataRva + 0x60);
        U32(b, ExportFunctions, TextRva);
        U32(b, ExportFunctions + 4, 0);
        U32(b, ExportFunctions + 8, RDataRva + 0xC0);   // inside the directory: a forwarder
        U32(b, ExportFunctions + 12, RDataRva + 0x180); // .rdata: data
        U32(b, ExportNames, RDataRva + 0x110);
        U32(b, ExportNames + 4, RDataRva + 0x118);
        U16(b, ExportOrdinals, 0);
        U16(b, ExportOrdinals + 2, 2);
        Ascii(b, RData + 0xC0, "OTHER.Func");
        Ascii(b, RData + 0x100, "test.dll");
        Ascii(b, RData + 0x110, "alpha");
        Ascii(b, RData + 0x118, "beta");

        // One import descriptor (then the null one): Sleep by name with hint 5, and ordinal 7.
        U32(b, ImportDir, RDataRva + 0x240);       // OriginalFirstThunk
        U32(b, ImportDir + 12, RDataRva + 0x280);  // Name
        U32(b, ImportDir + 16, RDataRva + 0x260);  // FirstThunk
        U64(b, ImportLookup, RDataRva + 0x2A0);
        U64(b, ImportLookup + 8, (1UL << 63) | 7);
        Ascii(b, RData + 0x280, "kernel32.dll");
        U16(b, RData + 0x2A0, 5);
        Ascii(b, RData + 0x2A2, "Sleep");
        b[Text] = 0xC3;
        return b;
    }

    public static void Directory(byte[] b, int index, uint rva, uint size)
    {
        U32(b, DataDirectories + (index * 8), rva);
        U32(b, DataDirectories + (index * 8) + 4, size);
    }

    public static void U16(byte[] b, int at, ushort v) => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(at), v);

    public static void U32(byte[] b, int at, uint v) => BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(at), v);

    public static void U64(byte[] b, int at, ulong v) => BinaryPrimitives.WriteUInt64LittleEndian(b.AsSpan(at), v);

    public static void Ascii(byte[] b, int at, string s) => Encoding.ASCII.GetBytes(s).CopyTo(b, at);

    private static void Section(byte[] b, int index, string name, uint rva, uint size, int raw, uint characteristics)
    {
        int at = SectionTable + (index * 40);
        Ascii(b, at, name);
        U32(b, at + 8, size);
        U32(b, at + 12, rva);
        U32(b, at + 16, size);
        U32(b, at + 20, (uint)raw);
        U32(b, at + 36, characteristics);
    }
}
