namespace AbiPortal.Parsers.Snapshots;

/// <summary>One base class (DW_TAG_inheritance).</summary>
/// <param name="Type">Base class id.</param>
/// <param name="Offset">Byte offset of the base subobject; null for a virtual base (found through the vtable).</param>
/// <param name="Virtual">A virtual base.</param>
/// <param name="Access">C++ access when stated.</param>
public sealed record AbiBase(string Type, ulong? Offset, bool Virtual = false, string? Access = null);
