namespace AbiPortal.Client.Contracts;

/// <summary>One export with its C or C++ declaration from the debug info.</summary>
/// <param name="Symbol">The exported name.</param>
/// <param name="Demangled">Its demangled form, when mangled.</param>
/// <param name="Kind">The export's kind (<c>function</c>, <c>object</c>, ...).</param>
/// <param name="Address">The export's address, when it has one.</param>
/// <param name="Declaration">The declaration (<c>int get_x(struct Point *p)</c>); null when the debug info does not describe this export.</param>
/// <param name="Types">The named types the declaration uses (through pointers, qualifiers and arrays), for links to their layouts.</param>
/// <param name="DeclaredAt">Source file and line, when the debug info gives them.</param>
public sealed record AbiDeclarationRow(string Symbol, string? Demangled, string Kind, ulong? Address, string? Declaration, IReadOnlyList<AbiTypeLink> Types, string? DeclaredAt);
