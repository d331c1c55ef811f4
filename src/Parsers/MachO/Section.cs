namespace AbiPortal.Parsers.MachO;

/// <summary>section / section_64 (mach-o/loader.h), the fields the reader uses.</summary>
internal readonly record struct Section(string sectname, string segname, ulong addr, ulong size, uint offset, uint flags)
{
    public const int Size32 = 68;
    public const int Size64 = 80;

    /// <summary>The section type (flags &amp; SECTION_TYPE).</summary>
    public uint Type => flags & MachOConstants.SECTION_TYPE;

    /// <summary>True when the section holds code (S_ATTR_PURE_INSTRUCTIONS or S_ATTR_SOME_INSTRUCTIONS).</summary>
    public bool HasInstructions => (flags & (MachOConstants.S_ATTR_PURE_INSTRUCTIONS | MachOConstants.S_ATTR_SOME_INSTRUCTIONS)) != 0;

    /// <summary>True for thread-local variable descriptors and their initial data.</summary>
    public bool IsThreadLocal => Type is MachOConstants.S_THREAD_LOCAL_VARIABLES or MachOConstants.S_THREAD_LOCAL_REGULAR or MachOConstants.S_THREAD_LOCAL_ZEROFILL;

    /// <summary>The name as otool prints it: <c>__TEXT,__text</c>.</summary>
    public string FullName => segname + "," + sectname;

    /// <summary>True when <paramref name="address"/> lies inside [addr, addr + size), written so it cannot overflow.</summary>
    public bool Contains(ulong address) => address >= addr && address - addr < size;
}
