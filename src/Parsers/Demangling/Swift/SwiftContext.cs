namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// The state that outlives one demangle: pooled nodes, a copy of the mangled input, and an arena for
/// texts the parsers build (punycode, word substitutions, numbers). One per thread and nesting level:
/// printing a function signature specialization demangles the symbol names it carries (as Swift's
/// printer does), and that inner demangle must not reuse the nodes of the tree being printed.
/// </summary>
internal sealed class SwiftContext
{
    /// <summary>At most this many nodes per name; real symbols need a few hundred.</summary>
    public const int MaxNodes = 1 << 17;

    /// <summary>How deeply printing may demangle names embedded in names.</summary>
    public const int MaxNesting = 4;

    /// <summary>
    /// Most characters of embedded names one top-level name may demangle: substitutions can make the
    /// printer meet the same embedded name exponentially often.
    /// </summary>
    public const int MaxNestedChars = 1 << 20;

    private const int KeptNodes = 1 << 13;
    private const int KeptChars = 1 << 16;

    [ThreadStatic]
    private static SwiftContext?[]? s_levels;

    private SwiftNode[] _pool = new SwiftNode[64];
    private int _pooled;
    private int _used;
    private char[] _input = new char[256];
    private char[] _arena = new char[256];
    private int _arenaUsed;

    private SwiftContext(int level)
    {
        Level = level;
    }

    /// <summary>0 for a top-level demangle, 1 for a name demangled while printing another, ...</summary>
    public int Level { get; }

    /// <summary>The postfix parser's operand stack (Swift's <c>NodeStack</c>).</summary>
    public SwiftNodeList Stack { get; } = new();

    /// <summary>The substitution table that <c>A</c> operators (and the old mangling's <c>S</c>) index.</summary>
    public SwiftNodeList Substitutions { get; } = new();

    /// <summary>Where the words of identifiers start in the input (for <c>0</c> word substitutions).</summary>
    public int[] WordStarts { get; } = new int[26];

    /// <summary>The lengths of those words.</summary>
    public int[] WordLengths { get; } = new int[26];

    /// <summary>The associated type names of a compound member type being read.</summary>
    public SwiftNodeList Names { get; } = new();

    /// <summary>The argument lists of the bound generic type being read.</summary>
    public List<SwiftNode> TypeLists { get; } = [];

    /// <summary>Where an identifier made of several pieces is assembled before it is stored.</summary>
    public CharBuffer Scratch { get; private set; } = new(64);

    /// <summary>Characters of embedded names demangled so far for the current top-level name (level 0 only).</summary>
    public int NestedChars { get; set; }

    /// <summary>Set once a cap was hit; the name is then rejected.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>The context for <paramref name="level"/> on the calling thread as it is (not reset).</summary>
    public static SwiftContext Peek(int level)
    {
        var levels = s_levels ??= new SwiftContext?[MaxNesting + 1];
        return levels[level] ??= new SwiftContext(level);
    }

    /// <summary>The context for <paramref name="level"/> on the calling thread, reset for a new name.</summary>
    public static SwiftContext Rent(int level)
    {
        var context = Peek(level);
        context.Reset();
        return context;
    }

    /// <summary>Copies <paramref name="mangled"/> so that node texts can refer to it; returns the copy's array.</summary>
    public char[] Load(ReadOnlySpan<char> mangled)
    {
        if (_input.Length < mangled.Length)
        {
            _input = new char[Math.Max(mangled.Length, _input.Length * 2)];
        }

        mangled.CopyTo(_input);
        return _input;
    }

    /// <summary>A cleared node, or null (and <see cref="Exhausted"/>) when the node cap is reached.</summary>
    public SwiftNode? Rent(SwiftNodeKind kind)
    {
        if (_used >= MaxNodes)
        {
            Exhausted = true;
            return null;
        }

        SwiftNode node;
        if (_used < _pooled)
        {
            node = _pool[_used];
        }
        else
        {
            if (_pooled == _pool.Length)
            {
                Array.Resize(ref _pool, _pool.Length * 2);
            }

            node = new SwiftNode();
            _pool[_pooled++] = node;
        }

        _used++;
        node.Reset(kind);
        return node;
    }

    /// <summary>Stores <paramref name="text"/> in the arena and returns it.</summary>
    public ReadOnlyMemory<char> Store(ReadOnlySpan<char> text)
    {
        if (text.Length > _arena.Length - _arenaUsed)
        {
            // The old array stays alive for the nodes that point into it; new text goes to a fresh one.
            _arena = new char[Math.Max(_arena.Length * 2, text.Length)];
            _arenaUsed = 0;
        }

        text.CopyTo(_arena.AsSpan(_arenaUsed));
        var stored = new ReadOnlyMemory<char>(_arena, _arenaUsed, text.Length);
        _arenaUsed += text.Length;
        return stored;
    }

    /// <summary>Marks the name as too big to demangle.</summary>
    public void Exhaust() => Exhausted = true;

    private void Reset()
    {
        _used = 0;
        _arenaUsed = 0;
        NestedChars = 0;
        Exhausted = false;
        Stack.Clear();
        Substitutions.Clear();
        TypeLists.Clear();
        Names.Clear();
        // A hostile name can leave huge buffers behind; do not keep them alive forever.
        if (_pooled > KeptNodes)
        {
            Array.Resize(ref _pool, KeptNodes);
            _pooled = KeptNodes;
        }

        Stack.TrimTo(KeptNodes);
        Substitutions.TrimTo(KeptNodes);

        if (Scratch.Capacity > KeptChars)
        {
            Scratch = new CharBuffer(64);
        }

        if (_input.Length > KeptChars)
        {
            _input = new char[256];
        }

        if (_arena.Length > KeptChars)
        {
            _arena = new char[256];
        }
    }
}
