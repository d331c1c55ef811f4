using System.Buffers.Binary;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Tests.PE;

/// <summary>
/// Weak externals (PE/COFF spec, "Auxiliary Format 3: Weak Externals") in a minimal object built
/// in code: IMAGE_FILE_HEADER, no sections, and a symbol table of three entries: the weak
/// external "w", its auxiliary record, and the default symbol "d" (absolute, value 0x40).
/// </summary>
public sealed class CoffWeakExternalTests
{
    private const int HeaderSize = 20, SymbolSize = 18;

    [Fact]
    public void A_weak_external_with_a_defined_default_is_a_weak_export_at_the_default()
    {
        var s = SnapshotReader.Read(Object(tagIndex: 2, characteristics: 3), "w.obj");
        Assert.Empty(s.Diagnostics);
        var w = Assert.Single(s.Exports, e => e.Name == "w");
        Assert.Equal((SymbolKind.Absolute, SymbolBinding.Weak, (ulong?)0x40), (w.Kind, w.Binding, w.Address));
        Assert.Empty(s.Imports);
    }

    [Theory]
    [InlineData(3u)]
    [InlineData(1u)]
    [InlineData(0xFFFF_FFFFu)]
    public void A_tag_index_that_names_no_symbol_is_a_diagnostic(uint tagIndex)
    {
        // 3 is past the table, 1 is the auxiliary record itself (not a symbol).
        var s = SnapshotReader.Read(Object(tagIndex, characteristics: 3), "w.obj");
        Assert.Equal([DiagnosticCodes.CoffInvalidWeakExternal], s.Diagnostics.Select(d => d.Code));
        AssertStaysAWeakImport(s);
    }

    [Fact]
    public void An_anti_dependency_is_a_diagnostic_and_defines_nothing()
    {
        var s = SnapshotReader.Read(Object(tagIndex: 2, characteristics: 4), "w.obj");
        Assert.Equal([DiagnosticCodes.CoffWeakAntiDependency], s.Diagnostics.Select(d => d.Code));
        AssertStaysAWeakImport(s);
    }

    [Fact]
    public void A_weak_external_without_its_auxiliary_record_is_a_diagnostic()
    {
        var b = Object(tagIndex: 2, characteristics: 3);
        b[HeaderSize + 17] = 0; // NumberOfAuxSymbols of "w"
        var s = SnapshotReader.Read(b, "w.obj");
        Assert.Contains(DiagnosticCodes.CoffInvalidWeakExternal, s.Diagnostics.Select(d => d.Code));
        AssertStaysAWeakImport(s);
    }

    [Fact]
    public void A_weak_external_whose_default_is_undefined_stays_a_weak_import()
    {
        var b = Object(tagIndex: 2, characteristics: 2);
        int d = HeaderSize + (2 * SymbolSize);
        BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(d + 8), 0); // Value
        BinaryPrimitives.WriteInt16LittleEndian(b.AsSpan(d + 12), 0); // SectionNumber: IMAGE_SYM_UNDEFINED
        var s = SnapshotReader.Read(b, "w.obj");
        Assert.Empty(s.Diagnostics);
        AssertStaysAWeakImport(s);
    }

    private static void AssertStaysAWeakImport(Snapshot s)
    {
        Assert.DoesNotContain(s.Exports, e => e.Name == "w");
        Assert.Equal(SymbolBinding.Weak, Assert.Single(s.Imports, i => i.Name == "w").Binding);
    }

    private static byte[] Object(uint tagIndex, uint characteristics)
    {
        const int symbols = 3;
        var b = new byte[HeaderSize + (symbols * SymbolSize) + 4];
        BinaryPrimitives.WriteUInt16LittleEndian(b, 0x8664); // Machine: AMD64
        BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(8), HeaderSize); // PointerToSymbolTable
        BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(12), symbols); // NumberOfSymbols
        var table = b.AsSpan(HeaderSize);
        // [0] "w": IMAGE_SYM_UNDEFINED, value 0, IMAGE_SYM_CLASS_WEAK_EXTERNAL, one auxiliary record.
        "w"u8.CopyTo(table);
        table[16] = 105;
        table[17] = 1;
        // [1] the auxiliary weak-external record: TagIndex, Characteristics.
        BinaryPrimitives.WriteUInt32LittleEndian(table[SymbolSize..], tagIndex);
        BinaryPrimitives.WriteUInt32LittleEndian(table[(SymbolSize + 4)..], characteristics);
        // [2] "d": IMAGE_SYM_ABSOLUTE, value 0x40, IMAGE_SYM_CLASS_EXTERNAL.
        var d = table[(2 * SymbolSize)..];
        "d"u8.CopyTo(d);
        BinaryPrimitives.WriteUInt32LittleEndian(d[8..], 0x40);
        BinaryPrimitives.WriteInt16LittleEndian(d[12..], -1);
        d[16] = 2;
        BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(HeaderSize + (symbols * SymbolSize)), 4); // empty string table
        return b;
    }
}
