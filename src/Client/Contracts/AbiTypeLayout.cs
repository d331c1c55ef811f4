namespace AbiPortal.Client.Contracts;

/// <summary>One type of a surface, laid out as pahole prints it, with its neighbours.</summary>
/// <param name="ArtifactId">The artifact.</param>
/// <param name="Type">The type as the type list shows it.</param>
/// <param name="Layout">Offsets, sizes, holes, padding, bases, vtable slots or enumerators (<c>abiportal inspect --type</c>).</param>
/// <param name="Uses">Named types its members, bases and target refer to.</param>
/// <param name="UsedBy">Named types whose members, bases or target refer to it.</param>
/// <param name="Exports">Exports whose declarations mention it (directly, through pointers, qualifiers and arrays).</param>
/// <param name="Evidence">What the surface was read from.</param>
/// <param name="Member">The member (slice, object) whose surface holds the type, or null for the top-level file.</param>
public sealed record AbiTypeLayout(long ArtifactId, AbiTypeRow Type, string Layout, IReadOnlyList<AbiTypeLink> Uses, IReadOnlyList<AbiTypeLink> UsedBy, IReadOnlyList<AbiDeclarationRow> Exports, string Evidence, string? Member = null);
