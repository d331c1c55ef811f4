namespace AbiPortal.Parsers.Lint.X86;

/// <summary>One instruction a code rule reports: where, what it is, and (for a clobber) which register.</summary>
internal readonly record struct CodeFinding(ulong Address, string Instruction, int Register, int StackValue);
