namespace AbiPortal.Parsers.Snapshots;

/// <summary>One data member of a struct, class or union (DW_TAG_member).</summary>
public sealed record AbiField
{
    /// <summary>Its name; null for an anonymous member (an unnamed struct or union inside another).</summary>
    public string? Name { get; init; }

    /// <summary>Type id.</summary>
    public required string Type { get; init; }

    /// <summary>Byte offset from the start of the aggregate (DW_AT_data_member_location); for a bit-field, the offset of the byte holding its first bit.</summary>
    public ulong Offset { get; init; }

    /// <summary>Bit-fields: offset in bits from the start of the aggregate (DW_AT_data_bit_offset, or converted from DWARF 2-3's DW_AT_bit_offset).</summary>
    public ulong? BitOffset { get; init; }

    /// <summary>Bit-fields: width in bits (DW_AT_bit_size).</summary>
    public ulong? BitSize { get; init; }

    /// <summary>C++ access when stated: <c>public</c>, <c>protected</c>, <c>private</c>.</summary>
    public string? Access { get; init; }
}
