namespace AbiPortal.Parsers.Diff;

/// <summary>How two uses of a type compare across versions (<see cref="TypeShapes.Compare"/>).</summary>
internal enum TypeMatch
{
    /// <summary>The same type id.</summary>
    Same,

    /// <summary>The same type under another spelling (a typedef added, removed or swapped for an equivalent one).</summary>
    Spelling,

    /// <summary>The same type with qualifiers (<c>const</c>, <c>volatile</c>, <c>restrict</c>) added just under a pointer or reference, as <c>char *</c> to <c>const char *</c>.</summary>
    QualifiersAddedShallow,

    /// <summary>The same type with qualifiers added deeper (<c>char **</c> to <c>const char **</c>, which C++ callers cannot pass implicitly).</summary>
    QualifiersAdded,

    /// <summary>The same type with qualifiers removed.</summary>
    QualifiersRemoved,

    /// <summary>The same type with qualifiers both added and removed.</summary>
    QualifiersChanged,

    /// <summary>An aggregate or enum under another name with the same layout: binaries agree, sources must be renamed.</summary>
    Renamed,

    /// <summary>Another type.</summary>
    Different,
}
