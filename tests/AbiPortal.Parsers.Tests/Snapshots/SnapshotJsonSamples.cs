// The namespace is not ...Tests.Snapshots: that would shadow AbiPortal.Parsers.Snapshots for other tests that write Snapshots.Snapshot.
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.SnapshotJsonTests;

/// <summary>Snapshots to round-trip: every committed fixture binary, and a hand-built one with every field set.</summary>
internal static class SnapshotJsonSamples
{
    /// <summary>The snapshot of every fixture the readers recognise (sources and scripts beside them are skipped).</summary>
    public static IEnumerable<(string Path, Snapshot Snapshot)> Fixtures()
        => FileWalk.FixtureBinaries().Select(path => (path, SnapshotReader.ReadFile(path)));

    /// <summary>Every field non-null, names that need escaping, a member, a diagnostic with and without an offset.</summary>
    public static Snapshot Full()
    {
        var export = new SnapshotExport
        {
            Name = "_ZN4llvm3fooEv", Version = "LLVM_14", DefaultVersion = true, Demangled = "llvm::foo<\"é\" & 'x'>()\u2028",
            Kind = SymbolKind.IFunc, Binding = SymbolBinding.Weak, Visibility = SymbolVisibility.Protected,
            Address = ulong.MaxValue, Size = 0, Ordinal = uint.MaxValue, Forwarder = "OTHER.#12", Section = ".text",
            InSymbolTable = false, Library = "lib\\x.dll", ImportedName = "\t\u0001", Flags = [ExportFlags.Data, ExportFlags.NoName],
        };
        var import = new SnapshotImport
        {
            Name = "printf", Version = "GLIBC_2.2.5", Library = "libc.so.6", Demangled = null, Kind = SymbolKind.Function,
            Binding = SymbolBinding.Global, Ordinal = 7, Hint = 3, Flags = [ExportFlags.WeakImport],
        };
        var identity = new SnapshotIdentity
        {
            Name = "libx.so.1", BuildId = "abcd", Machine = "EM_X86_64", Interpreter = "/lib/ld.so", RPaths = ["$ORIGIN"], RunPaths = [],
            OsAbi = "none", Pie = true, HasSymbolTable = false, CurrentVersion = "1.2.3", CompatibilityVersion = "1.0.0", Platform = "macos",
            MinOS = "11.0", Sdk = "14.0", PdbPath = "C:\\x.pdb", PdbGuid = "GUID", PdbAge = 2, Timestamp = 0, Subsystem = "windows-cui",
            Characteristics = ["dll"], FileVersion = "1.0", ProductVersion = "2.0", EntryPoint = 4096,
        };
        var member = new Snapshot
        {
            Member = "a.o", File = new SnapshotFile("a.o", 10, null), Format = BinaryFormat.Coff, Kind = BinaryKind.Object,
            Diagnostics = [new Diagnostic(new DiagnosticCode("PE", 2001), DiagnosticSeverity.Warning, null, "no offset")],
        };
        return new Snapshot
        {
            File = new SnapshotFile("libx.so.1", 1234, "00ff"), Format = BinaryFormat.Archive, Arch = "x86_64", Bits = 64,
            Endian = Endianness.Big, Kind = BinaryKind.StaticLibrary, Identity = identity,
            Hardening = new SnapshotHardening
            {
                Relro = RelroLevel.Partial, StackProtector = true, ExecutableStack = false, StaticTls = true, ControlFlow = ["ibt", "shstk"],
                Aslr = false, HighEntropyAslr = true, Nx = false,
            },
            Dependencies = [new SnapshotDependency { Name = "libc.so.6", Kind = DependencyKind.Weak, RequiredVersions = ["GLIBC_2.34"], CurrentVersion = "1", CompatibilityVersion = "2" }],
            Exports = [export, new SnapshotExport { Name = null }],
            Imports = [import],
            VersionNodes = [new SnapshotVersionNode { Name = "V2", Index = 3, IsBase = false, IsWeak = true, Parents = ["V1"] }],
            Members = [member],
            Abi = FullAbi(),
            Diagnostics = [new Diagnostic(DiagnosticCodes.UnknownFormat, DiagnosticSeverity.Error, 0x40, "bad")],
        };
    }

    /// <summary>An ABI surface with every member of every record set at least once, extreme numbers included.</summary>
    public static AbiSurface FullAbi() => new()
    {
        Evidence = new AbiEvidence { MinVersion = 4, MaxVersion = 5, Units = 3, Source = "build-id", DebugFile = "ab/cdef.debug", SupplementaryFile = "x.dwz", Partial = true },
        Functions =
        [
            new AbiFunction
            {
                Symbol = "_ZNK6shapes6Circle4areaEv", Address = ulong.MaxValue, Name = "shapes::Circle::area", Return = "int",
                Parameters = [new AbiParameter(null, "ptr(const(class shapes::Circle))", Artificial: true), new AbiParameter("p\u00e9", "ptr(struct Point)")],
                Variadic = true, CallingConvention = "stdcall", NoReturn = true, Class = "class shapes::Circle", VtableIndex = 2,
                DeclFile = "include/shapes.h", DeclLine = int.MaxValue,
            },
            new AbiFunction { Symbol = "get_x", Name = "get_x" },
        ],
        Variables = [new AbiVariable { Symbol = "origin", Address = 16, Name = "origin", Type = "struct Point", DeclFile = "p.h", DeclLine = 3 }, new AbiVariable { Symbol = "v", Name = "v", Type = "int" }],
        Types =
        [
            new AbiType { Id = "int", Kind = AbiTypeKind.Base, Name = "int", Size = 4, Encoding = "signed" },
            new AbiType
            {
                Id = "class shapes::Circle", Kind = AbiTypeKind.Class, Name = "shapes::Circle", Size = 16, Alignment = 8,
                Fields = [new AbiField { Name = "r", Type = "int", Offset = 8, BitOffset = 64, BitSize = 3, Access = "private" }, new AbiField { Type = "union <class shapes::Circle::u>" }],
                Bases = [new AbiBase("class shapes::Shape", 0, Virtual: false, Access: "public"), new AbiBase("class V", null, Virtual: true)],
                VirtualMethods = [new AbiVirtualMethod("area() const", "_ZNK6shapes6Circle4areaEv", 2, Pure: true), new AbiVirtualMethod("draw", null, 3)],
                PassedBy = "reference", DeclFile = "include/shapes.h", DeclLine = 10,
            },
            new AbiType { Id = "enum color", Kind = AbiTypeKind.Enum, Name = "enum color", Size = 8, Target = "unsigned long", Enumerators = [new AbiEnumerator("RED", long.MinValue), new AbiEnumerator("ALL", -1)] },
            new AbiType { Id = "fn(int;int,char,...)", Kind = AbiTypeKind.Function, Name = "int (int, char, ...)", Target = "int", Parameters = ["int", "char"], Variadic = true, CallingConvention = "ms_abi" },
            new AbiType { Id = "memptr(class A;int)", Kind = AbiTypeKind.MemberPointer, Name = "int A::*", Size = 8, Target = "int", ContainingType = "class A" },
            new AbiType { Id = "array(int;4)", Kind = AbiTypeKind.Array, Name = "int[4]", Size = 16, Target = "int", Count = 4 },
            new AbiType { Id = "struct Opaque", Kind = AbiTypeKind.Struct, Name = "struct Opaque", Declaration = true },
        ],
    };
}
