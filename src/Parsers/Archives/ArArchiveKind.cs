namespace AbiPortal.Parsers.Archives;

/// <summary>The ar variant, judged from the special members and the name encoding.</summary>
public enum ArArchiveKind
{
    /// <summary>GNU / System V: <c>/</c> or <c>/SYM64/</c> index, <c>//</c> long names, <c>name/</c> short names.</summary>
    Gnu,

    /// <summary>BSD / Darwin: <c>__.SYMDEF</c> (SORTED, _64) index, <c>#1/NN</c> long names.</summary>
    Bsd,

    /// <summary>GNU thin archive (<c>!&lt;thin&gt;</c>): members are paths to files outside the archive.</summary>
    Thin,

    /// <summary>Windows .lib: first and second linker members, then the <c>//</c> longnames member.</summary>
    Coff,
}
