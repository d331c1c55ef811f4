namespace AbiPortal.Client.Contracts;

/// <summary>One named type of a surface, as the type search lists it.</summary>
/// <param name="Id">Stable id (<c>struct Point</c>, <c>typedef size_t</c>).</param>
/// <param name="Kind">struct, class, union, enum or typedef.</param>
/// <param name="Name">How C spells it.</param>
/// <param name="Size">Size in bytes, when known.</param>
/// <param name="Opaque">Only declared: its layout is not in the debug info.</param>
/// <param name="Members">Fields, bases and virtual methods, or enumerators.</param>
public sealed record AbiTypeRow(string Id, string Kind, string Name, ulong? Size, bool Opaque, int Members);
