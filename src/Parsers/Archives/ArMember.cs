namespace AbiPortal.Parsers.Archives;

/// <summary>One regular member of an archive.</summary>
/// <param name="Name">The resolved name (short name, <c>//</c> long name or BSD <c>#1/NN</c> name).</param>
/// <param name="HeaderOffset">File offset of the member's ar header, which symbol indexes point at.</param>
/// <param name="DataOffset">File offset of the member's bytes (after a BSD name); meaningless when <paramref name="IsExternal"/>.</param>
/// <param name="Size">Size of the member's bytes (for a thin member, of the outside file).</param>
/// <param name="IsExternal">True for a thin archive member: its bytes live in another file, never read.</param>
public sealed record ArMember(string Name, long HeaderOffset, long DataOffset, long Size, bool IsExternal);
