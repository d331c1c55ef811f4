namespace AbiPortal.Parsers.Snapshots;

/// <summary>One virtual member function of a class, in vtable order.</summary>
/// <param name="Name">Source name with parameter types when known (<c>area() const</c>), else the plain name.</param>
/// <param name="Symbol">Linkage name, when the debug info gives one.</param>
/// <param name="VtableIndex">Slot in the vtable (DW_AT_vtable_elem_location).</param>
/// <param name="Pure">Pure virtual (DW_VIRTUALITY_pure_virtual).</param>
public sealed record AbiVirtualMethod(string Name, string? Symbol, long VtableIndex, bool Pure = false);
