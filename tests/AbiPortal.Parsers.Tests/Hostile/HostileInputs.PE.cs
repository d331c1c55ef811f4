namespace AbiPortal.Parsers.Tests.Hostile;

/// <summary>PE images whose import descriptors share one lookup table, or whose thunks name one long string; COFF objects whose sections share one directive.</summary>
internal static partial class HostileInputs
{
    private const int OptionalHeader = 0x58, SectionTable = OptionalHeader + 0xF0, RawData = 0x200;
    private const uint RDataRva = 0x1000;

    /// <summary>
    /// A PE32+ DLL of one section: <paramref name="descriptors"/> import descriptors that all point
    /// at one lookup table of <paramref name="thunks"/> thunks (issue 17: 400 x 1,000 in 16.9 KB
    /// made 400,000 imports). With <paramref name="nameLength"/> set, thunk i names the hint/name
    /// entry at offset i of one long name instead of one short name.
    /// </summary>
    public static byte[] PESharingOneLookupTable(int descriptors, int thunks, int nameLength = 0)
    {
        int directorySize = (descriptors + 1) * 20;
        int lookupAt = RawData + directorySize;
        int hintAt = lookupAt + ((thunks + 1) * 8);
        int dllAt = hintAt + 2 + Math.Max(nameLength, 8) + 2;
        int rawSize = (dllAt + 16 - RawData + 0x1FF) & ~0x1FF;
        var b = new byte[RawData + rawSize];
        PEHeaders(b, rawSize, importDirectorySize: (uint)directorySize);
        for (int d = 0; d < descriptors; d++)
        {
            int at = RawData + (d * 20);
            U32(b, at, Rva(lookupAt));          // OriginalFirstThunk
            U32(b, at + 12, Rva(dllAt));        // Name
            U32(b, at + 16, Rva(lookupAt));     // FirstThunk
        }

        for (int t = 0; t < thunks; t++)
        {
            U64(b, lookupAt + (t * 8), Rva(hintAt) + (uint)(nameLength > 0 ? t % nameLength : 0));
        }

        Ascii(b, hintAt + 2, nameLength > 0 ? new string('f', nameLength) : "Function");
        Ascii(b, dllAt, "k.dll");
        return b;
    }

    /// <summary>An x64 COFF object whose <paramref name="sections"/> headers are all <c>.drectve</c> over the same <paramref name="directiveLength"/> bytes of /EXPORT directives.</summary>
    public static byte[] CoffSectionsSharingOneDirective(int sections, int directiveLength)
    {
        int headers = 20 + (sections * 40);
        var b = new byte[headers + directiveLength];
        U16(b, 0, 0x8664);
        U16(b, 2, (ushort)sections);
        for (int i = 0; i < sections; i++)
        {
            int at = 20 + (i * 40);
            Ascii(b, at, ".drectve");
            U32(b, at + 16, (uint)directiveLength);   // SizeOfRawData
            U32(b, at + 20, (uint)headers);           // PointerToRawData
            U32(b, at + 36, 0x00100A00);              // LNK_INFO | LNK_REMOVE | ALIGN_1BYTES
        }

        string export = " /EXPORT:f";
        var text = string.Concat(Enumerable.Repeat(export, directiveLength / export.Length)).PadRight(directiveLength);
        Ascii(b, headers, text);
        return b;
    }

    /// <summary>
    /// A PE32+ DLL with <paramref name="sections"/> small sections, the last of which holds an
    /// export directory of <paramref name="exports"/> functions and as many names: every RVA the
    /// reader maps lies in the last section (issue 17's pattern for time: 48 s for 4 MB).
    /// </summary>
    public static byte[] PEWithManySections(int sections, int exports)
    {
        int headers = (SectionTable + (sections * 40) + 0x1FF) & ~0x1FF;
        int rawSize = (40 + (exports * 18) + 8 + 0x1FF) & ~0x1FF;
        var b = new byte[headers + rawSize];
        PEHeaders(b, rawSize, importDirectorySize: 0);
        U16(b, 0x46, (ushort)sections);
        uint last = RDataRva + ((uint)(sections - 1) * 0x1000);
        U32(b, OptionalHeader + 112 + 8, 0);        // no import directory
        U32(b, OptionalHeader + 112, last);         // export directory
        U32(b, OptionalHeader + 112 + 4, 40);
        for (int i = 0; i < sections; i++)
        {
            int at = SectionTable + (i * 40);
            uint size = i == sections - 1 ? (uint)rawSize : 0x10;
            Ascii(b, at, ".s");
            U32(b, at + 8, size);
            U32(b, at + 12, RDataRva + ((uint)i * 0x1000));
            U32(b, at + 16, size);
            U32(b, at + 20, (uint)headers);
            U32(b, at + 36, 0x40000040);
        }

        uint R(int offset) => last + (uint)(offset - headers);
        int functions = headers + 40, names = functions + (exports * 4), ordinals = names + (exports * 4), text = ordinals + (exports * 2);
        U32(b, headers + 16, 1);                    // Base
        U32(b, headers + 20, (uint)exports);
        U32(b, headers + 24, (uint)exports);
        U32(b, headers + 28, R(functions));
        U32(b, headers + 32, R(names));
        U32(b, headers + 36, R(ordinals));
        for (int i = 0; i < exports; i++)
        {
            U32(b, functions + (i * 4), R(text));
            U32(b, names + (i * 4), R(text + (i % 7)));
            U16(b, ordinals + (i * 2), (ushort)i);
        }

        Ascii(b, text, "abcdefg");
        return b;
    }

    private static uint Rva(int fileOffset) => (uint)(fileOffset - RawData) + RDataRva;

    private static void PEHeaders(byte[] b, int rawSize, uint importDirectorySize)
    {
        Ascii(b, 0, "MZ");
        U32(b, 0x3C, 0x40);
        U32(b, 0x40, 0x00004550);
        U16(b, 0x44, 0x8664);                     // Machine
        U16(b, 0x46, 1);                          // NumberOfSections
        U16(b, 0x54, 0xF0);                       // SizeOfOptionalHeader
        U16(b, 0x56, 0x2022);                     // DLL
        U16(b, OptionalHeader, 0x20B);            // PE32+
        U64(b, OptionalHeader + 24, 0x180000000);
        U32(b, OptionalHeader + 108, 16);         // NumberOfRvaAndSizes
        U32(b, OptionalHeader + 112 + 8, RDataRva);
        U32(b, OptionalHeader + 112 + 12, importDirectorySize);
        Ascii(b, SectionTable, ".rdata");
        U32(b, SectionTable + 8, (uint)rawSize);
        U32(b, SectionTable + 12, RDataRva);
        U32(b, SectionTable + 16, (uint)rawSize);
        U32(b, SectionTable + 20, RawData);
        U32(b, SectionTable + 36, 0x40000040);
    }
}
