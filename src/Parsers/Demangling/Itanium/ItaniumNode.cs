using System.Runtime.CompilerServices;

namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>
/// One node of a demangled name's tree. The meaning of the fields depends on <see cref="Kind"/>
/// (see <see cref="ItaniumNodeKind"/>). Nodes are pooled per thread by <see cref="ItaniumContext"/>
/// and reset before reuse, so a demangle allocates almost nothing but its result string.
/// </summary>
internal sealed class ItaniumNode
{
    /// <summary>Cache value: the component is known to be absent.</summary>
    public const byte No = 0;

    /// <summary>Cache value: the component is known to be present.</summary>
    public const byte Yes = 1;

    /// <summary>Cache value: it depends on the print state (packs, forward references).</summary>
    public const byte Unknown = 2;

    public ItaniumNodeKind Kind;

    /// <summary>Whether the node prints something after the declarator (arrays, functions).</summary>
    public byte RhsCache;

    /// <summary>Whether the node is (through qualifiers) an array type.</summary>
    public byte ArrayCache;

    /// <summary>Whether the node is (through qualifiers) a function type.</summary>
    public byte FunctionCache;

    public ItaniumPrecedence Precedence;

    /// <summary>Re-entrancy guard for nodes that can form cycles through forward references.</summary>
    public bool Printing;

    public int Flags;
    public int Number;

    /// <summary>Fixed text (operator spelling, builtin type name); null when the text is a slice of the input.</summary>
    public string? Text;

    /// <summary>Start of the text in the mangled input (used when a node names a slice).</summary>
    public int SliceStart;

    /// <summary>Length of the slice; -1 when there is none.</summary>
    public int SliceLength;

    public ItaniumNode? A;
    public ItaniumNode? B;
    public ItaniumNode? C;
    public ItaniumNode? D;

    /// <summary>First node list: a range of <see cref="ItaniumContext.Arrays"/>.</summary>
    public NodeList List;

    /// <summary>Second node list.</summary>
    public NodeList List2;

    /// <summary>Clears every field so a pooled node starts like a new one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Reset(ItaniumNodeKind kind)
    {
        Kind = kind;
        RhsCache = No;
        ArrayCache = No;
        FunctionCache = No;
        Precedence = ItaniumPrecedence.Primary;
        Printing = false;
        Flags = 0;
        Number = 0;
        Text = null;
        SliceStart = 0;
        SliceLength = -1;
        A = B = C = D = null;
        List = default;
        List2 = default;
    }
}
