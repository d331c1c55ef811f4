namespace AbiPortal.Parsers.Snapshots;

/// <summary>One enumerator (DW_TAG_enumerator).</summary>
/// <param name="Name">Its name.</param>
/// <param name="Value">Its value; an unsigned value above <see cref="long.MaxValue"/> is stored as its two's-complement bit pattern (the enum's underlying type says which).</param>
public sealed record AbiEnumerator(string Name, long Value);
