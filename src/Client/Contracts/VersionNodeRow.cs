namespace AbiPortal.Client.Contracts;

/// <summary>An ELF version definition (.gnu.version_d).</summary>
/// <param name="Name">Version name, e.g. <c>GLIBC_2.34</c>.</param>
/// <param name="Index">vd_ndx.</param>
/// <param name="IsBase">VER_FLG_BASE: the file's own name.</param>
/// <param name="IsWeak">VER_FLG_WEAK.</param>
/// <param name="Parents">Predecessor versions.</param>
/// <param name="Member">The member that defines it; null at top level.</param>
public sealed record VersionNodeRow(string Name, int Index, bool IsBase, bool IsWeak, IReadOnlyList<string> Parents, string? Member);
