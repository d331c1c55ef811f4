namespace AbiPortal.Parsers.Snapshots;

/// <summary>An exported function as its debug info declares it (DW_TAG_subprogram).</summary>
public sealed record AbiFunction
{
    /// <summary>The exported symbol this describes (the linkage name; for C, the plain name).</summary>
    public required string Symbol { get; init; }

    /// <summary>The symbol's address, to tell apart several versions of one ELF name (<c>foo@V1</c>, <c>foo@@V2</c>).</summary>
    public ulong? Address { get; init; }

    /// <summary>Qualified source-level name (<c>shapes::Circle::area</c>, <c>get_x</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Return type id; null for <c>void</c>.</summary>
    public string? Return { get; init; }

    /// <summary>Parameters in order, the artificial <c>this</c> of a member function included (and marked).</summary>
    public IReadOnlyList<AbiParameter> Parameters { get; init; } = [];

    /// <summary>Takes <c>...</c> (DW_TAG_unspecified_parameters).</summary>
    public bool Variadic { get; init; }

    /// <summary>
    /// Calling convention when it is not the platform default: <c>stdcall</c>, <c>fastcall</c>,
    /// <c>thiscall</c>, <c>vectorcall</c>, <c>pascal</c>, <c>ms_abi</c>, <c>sysv_abi</c>,
    /// <c>regcall</c>, <c>aapcs</c>, <c>aapcs-vfp</c>, <c>swift</c>, <c>preserve_most</c>,
    /// <c>preserve_all</c>, <c>nocall</c> (DW_AT_calling_convention); null for the default.
    /// </summary>
    public string? CallingConvention { get; init; }

    /// <summary>DW_AT_noreturn.</summary>
    public bool NoReturn { get; init; }

    /// <summary>For a member function: the id of its class.</summary>
    public string? Class { get; init; }

    /// <summary>For a virtual member function: its vtable slot (DW_AT_vtable_elem_location).</summary>
    public long? VtableIndex { get; init; }

    /// <summary>Declaring source file (base name and directory as the debug info gives it), when known.</summary>
    public string? DeclFile { get; init; }

    /// <summary>Declaring source line, when known.</summary>
    public int? DeclLine { get; init; }
}
