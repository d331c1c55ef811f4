namespace AbiPortal.Parsers.Archives;

/// <summary>One entry of an archive's symbol index: a name and the header offset of the member that defines it.</summary>
public sealed record ArSymbol(string Name, long MemberHeaderOffset);
