namespace AbiPortal.Parsers.Matrix;

/// <summary>One name on one platform build.</summary>
/// <param name="Platform">The column's label.</param>
/// <param name="State">Present, present under another spelling, or missing.</param>
/// <param name="Spellings">Every export of the build that normalizes to the row's name (empty when missing): two ELF versions, Itanium's complete and base constructors, a stdcall name and its undecorated alias.</param>
public sealed record MatrixCell(string Platform, MatrixPresence State, IReadOnlyList<MatrixSpelling> Spellings);
