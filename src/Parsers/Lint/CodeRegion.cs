namespace AbiPortal.Parsers.Lint;

/// <summary>A mapped range of the file: <see cref="Size"/> bytes at virtual address (ELF) or RVA (PE) <see cref="Address"/>, stored at <see cref="FileOffset"/>.</summary>
internal readonly record struct CodeRegion(ulong Address, ulong FileOffset, ulong Size, bool Executable, string? Name)
{
    /// <summary>Whether <paramref name="address"/> falls inside; written so that no sum can overflow.</summary>
    public bool Contains(ulong address) => address >= Address && address - Address < Size;
}
