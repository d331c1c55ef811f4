namespace AbiPortal.Parsers.PE;

/// <summary>An external symbol of a COFF object (static and debug symbols are not kept).</summary>
/// <param name="Name">Raw name, decorations included.</param>
/// <param name="Value">Symbol <c>Value</c>: the offset in its section, or the size of a common symbol.</param>
/// <param name="SectionNumber">One-based section index; 0 undefined (or common when Value is not 0), -1 absolute.</param>
/// <param name="Section">Name of the section it is defined in, or null.</param>
/// <param name="IsFunction">True when Type says function or the section holds code.</param>
/// <param name="IsWeak">
/// True for IMAGE_SYM_CLASS_WEAK_EXTERNAL. When it is an alias (IMAGE_WEAK_EXTERN_SEARCH_ALIAS)
/// of a default symbol (the auxiliary record's TagIndex) defined in this object, Value,
/// SectionNumber, Section and IsFunction are the default symbol's: the object defines the name.
/// </param>
public sealed record CoffSymbol(string Name, uint Value, int SectionNumber, string? Section, bool IsFunction, bool IsWeak)
{
    /// <summary>
    /// For a weak external that only falls back to a default defined in this object
    /// (IMAGE_WEAK_EXTERN_SEARCH_NOLIBRARY or _LIBRARY, as MSVC's <c>??_E</c> vector deleting
    /// destructors fall back to <c>??_G</c>): the default's name. The symbol itself stays undefined:
    /// llvm-nm prints it 'w', archive symbol indexes leave it out and a linker pulls no member for it.
    /// </summary>
    public string? WeakDefault { get; init; }

    /// <summary>Undefined: to be found elsewhere at link time.</summary>
    public bool IsUndefined => SectionNumber == CoffSymbolRecord.Undefined && Value == 0;

    /// <summary>A common (tentative) definition: undefined section, Value is the size.</summary>
    public bool IsCommon => SectionNumber == CoffSymbolRecord.Undefined && Value != 0;
}
