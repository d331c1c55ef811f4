namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// One type of the ABI surface. Which members are set depends on <see cref="Kind"/>; the rest stay
/// null or empty. Types refer to each other by <see cref="Id"/>, so recursive types are plain data.
/// </summary>
/// <remarks>
/// Identity (<see cref="Id"/>), stable across builds and compilers:
/// <list type="bullet">
/// <item>named struct, class, union and enum: kind and qualified name (<c>struct Point</c>,
/// <c>class ns::Widget</c>, <c>enum color</c>); typedefs <c>typedef size_t</c>; base types their
/// name (<c>unsigned int</c>); <c>void</c>;</item>
/// <item>anonymous aggregates by position: named by the typedef that names them
/// (<c>struct &lt;typedef point_t&gt;</c>), else by the field that holds them
/// (<c>union &lt;struct Point::u&gt;</c>), else by scope and ordinal (<c>enum &lt;ns#2&gt;</c>);</item>
/// <item>derived types structurally from their parts: <c>ptr(struct Point)</c>,
/// <c>const(char)</c>, <c>ref(…)</c>, <c>rref(…)</c>, <c>array(int;4)</c>,
/// <c>fn(int;int,char,...)</c>, <c>memptr(class A;int)</c>.</item>
/// </list>
/// Definitions of one id from several compile units that agree are merged (ODR); a declaration
/// gives way to a definition; definitions that disagree keep the first (in unit order) and the
/// others get <c>#2</c>, <c>#3</c> suffixes.
/// </remarks>
public sealed record AbiType
{
    /// <summary>Stable identity (see remarks).</summary>
    public required string Id { get; init; }

    public required AbiTypeKind Kind { get; init; }

    /// <summary>How C or C++ spells it: <c>struct Point</c>, <c>const char *</c>, <c>int (*)(int, char)</c>, <c>int[4]</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Size in bytes (DW_AT_byte_size, or computed for pointers and arrays); null when unknown or opaque.</summary>
    public ulong? Size { get; init; }

    /// <summary>Alignment in bytes when the debug info states it (DW_AT_alignment).</summary>
    public ulong? Alignment { get; init; }

    /// <summary>
    /// The type this one is built on: the pointee, the qualified type, a typedef's target, an
    /// array's element type, an enum's underlying type, a function type's return type (null for
    /// void), a member pointer's member type.
    /// </summary>
    public string? Target { get; init; }

    /// <summary>Arrays: the element count (null when unknown or flexible, <c>T[]</c>); multi-dimensional arrays nest.</summary>
    public ulong? Count { get; init; }

    /// <summary>Base types: the DW_AT_encoding in words (<c>signed</c>, <c>unsigned</c>, <c>float</c>, <c>boolean</c>, <c>signed-char</c>, <c>unsigned-char</c>, <c>utf</c> ...).</summary>
    public string? Encoding { get; init; }

    /// <summary>Member pointers: the class id (DW_AT_containing_type).</summary>
    public string? ContainingType { get; init; }

    /// <summary>Aggregates and enums: only declared here (DW_AT_declaration), never defined: opaque to callers.</summary>
    public bool Declaration { get; init; }

    /// <summary>Aggregates: data members in declaration order (static members are variables, not layout).</summary>
    public IReadOnlyList<AbiField> Fields { get; init; } = [];

    /// <summary>Classes: base classes in declaration order.</summary>
    public IReadOnlyList<AbiBase> Bases { get; init; } = [];

    /// <summary>Classes: virtual member functions in vtable order.</summary>
    public IReadOnlyList<AbiVirtualMethod> VirtualMethods { get; init; } = [];

    /// <summary>Enums: enumerators in declaration order.</summary>
    public IReadOnlyList<AbiEnumerator> Enumerators { get; init; } = [];

    /// <summary>Function types: parameter type ids.</summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];

    /// <summary>Function types: takes <c>...</c>.</summary>
    public bool Variadic { get; init; }

    /// <summary>Function types: calling convention when not the default (spelled as <see cref="AbiFunction.CallingConvention"/>).</summary>
    public string? CallingConvention { get; init; }

    /// <summary>
    /// Aggregates: how the compiler says it passes the type (DWARF 5 DW_AT_calling_convention on a
    /// class type): <c>value</c> (DW_CC_pass_by_value) or <c>reference</c> (DW_CC_pass_by_reference,
    /// non-trivially copyable); null when not stated.
    /// </summary>
    public string? PassedBy { get; init; }

    /// <summary>Declaring source file, when known.</summary>
    public string? DeclFile { get; init; }

    /// <summary>Declaring source line, when known.</summary>
    public int? DeclLine { get; init; }
}
