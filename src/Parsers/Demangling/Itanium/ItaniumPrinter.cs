using System.Runtime.CompilerServices;

namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>
/// Prints an <see cref="ItaniumNode"/> tree as llvm-cxxfilt does. Types print in two halves (left and
/// right of the declarator, so "int (*)[3]" wraps the pointer); expressions get parentheses from
/// operator precedence; pack expansions print their pattern once per element. Work, depth and output
/// length are bounded, because substitutions make the tree a DAG that can expand exponentially.
/// </summary>
internal ref partial struct ItaniumPrinter
{
    private const uint NoPack = uint.MaxValue;
    private const int MaxPrintDepth = 1024;
    private const long MaxWork = 1 << 22;

    private readonly ReadOnlySpan<char> _src;
    private readonly ItaniumContext _ctx;
    private ItaniumOutput _out;
    private uint _packIndex;
    private uint _packMax;
    private int _gtIsGt;
    private int _depth;
    private long _work;
    private bool _failed;

    /// <summary>A printer that appends to <paramref name="output"/>.</summary>
    public ItaniumPrinter(ReadOnlySpan<char> source, ItaniumContext context, CharBuffer output)
    {
        _src = source;
        _ctx = context;
        _out = new ItaniumOutput(output);
        _packIndex = NoPack;
        _packMax = NoPack;
        _gtIsGt = 1;
        _depth = 0;
        _work = 0;
        _failed = false;
    }

    /// <summary>Prints the tree; false when a bound was hit (the caller then takes the partial text back).</summary>
    public bool Run(ItaniumNode root)
    {
        Print(root);
        return !_failed && !_out.Overflowed;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Print(ItaniumNode node)
    {
        PrintLeft(node);
        PrintRight(node);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool EnterNode()
    {
        if (_failed || ++_work > MaxWork || _depth >= MaxPrintDepth || _out.Overflowed
            || ((_depth & 15) == 15 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            _failed = true;
            return false;
        }

        _depth++;
        return true;
    }

    private void PrintLeft(ItaniumNode node)
    {
        if (!EnterNode())
        {
            return;
        }

        if (!PrintLeftName(node) && !PrintLeftType(node))
        {
            PrintLeftExpr(node);
        }

        _depth--;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PrintRight(ItaniumNode node)
    {
        // Most nodes have nothing on the right: decided here, without a call.
        if (node.RhsCache != ItaniumNode.No)
        {
            PrintRightEntered(node);
        }
    }

    private void PrintRightEntered(ItaniumNode node)
    {
        if (!EnterNode())
        {
            return;
        }

        PrintRightCore(node);
        _depth--;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly ReadOnlySpan<char> Slice(ItaniumNode node) => node.SliceLength >= 0 ? _src.Slice(node.SliceStart, node.SliceLength) : default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly ReadOnlySpan<char> TextOf(ItaniumNode node) => node.Text is not null ? node.Text.AsSpan() : Slice(node);

    private void OpenParen(char c = '(')
    {
        _gtIsGt++;
        _out.Append(c);
    }

    private void CloseParen(char c = ')')
    {
        _gtIsGt--;
        _out.Append(c);
    }

    private void PrintWithComma(NodeList list)
    {
        bool first = true;
        for (int i = 0; i < list.Count; i++)
        {
            int beforeComma = _out.Length;
            if (!first)
            {
                _out.Append(", ");
            }

            int afterComma = _out.Length;
            PrintAsOperand(_ctx.At(list, i), ItaniumPrecedence.Comma);
            // An empty pack expansion printed nothing: take the comma back.
            if (afterComma == _out.Length)
            {
                _out.Length = beforeComma;
                continue;
            }

            first = false;
        }
    }

    private void PrintAsOperand(ItaniumNode node, ItaniumPrecedence precedence = ItaniumPrecedence.Default, bool strictlyWorse = false)
    {
        bool paren = (int)node.Precedence >= (int)precedence + (strictlyWorse ? 1 : 0);
        if (paren)
        {
            OpenParen();
        }

        Print(node);
        if (paren)
        {
            CloseParen();
        }
    }

    private static void PrintQualifiers(ref ItaniumOutput output, int quals)
    {
        if ((quals & ItaniumQualifiers.Const) != 0)
        {
            output.Append(" const");
        }

        if ((quals & ItaniumQualifiers.Volatile) != 0)
        {
            output.Append(" volatile");
        }

        if ((quals & ItaniumQualifiers.Restrict) != 0)
        {
            output.Append(" restrict");
        }
    }

    private static void PrintRefQualifier(ref ItaniumOutput output, int refQualifier)
    {
        if (refQualifier == ItaniumQualifiers.RefLValue)
        {
            output.Append(" &");
        }
        else if (refQualifier == ItaniumQualifiers.RefRValue)
        {
            output.Append(" &&");
        }
    }

    private void InitializePackExpansion(ItaniumNode pack)
    {
        if (_packMax == NoPack)
        {
            _packMax = (uint)pack.List.Count;
            _packIndex = 0;
        }
    }

    private bool HasRhs(ItaniumNode node) => node.RhsCache != ItaniumNode.Unknown ? node.RhsCache == ItaniumNode.Yes : HasComponentSlow(node, 0);

    private bool HasArray(ItaniumNode node) => node.ArrayCache != ItaniumNode.Unknown ? node.ArrayCache == ItaniumNode.Yes : HasComponentSlow(node, 1);

    private bool HasFunction(ItaniumNode node) => node.FunctionCache != ItaniumNode.Unknown ? node.FunctionCache == ItaniumNode.Yes : HasComponentSlow(node, 2);

    private bool HasComponent(ItaniumNode node, int which) => which switch
    {
        0 => HasRhs(node),
        1 => HasArray(node),
        _ => HasFunction(node),
    };

    private bool HasComponentSlow(ItaniumNode node, int which)
    {
        if (!EnterNode())
        {
            return false;
        }

        bool result = false;
        switch (node.Kind)
        {
            case ItaniumNodeKind.ForwardTemplateReference:
                if (!node.Printing && node.A is not null)
                {
                    node.Printing = true;
                    result = HasComponent(node.A, which);
                    node.Printing = false;
                }

                break;
            case ItaniumNodeKind.ParameterPack:
                InitializePackExpansion(node);
                result = _packIndex < node.List.Count && HasComponent(_ctx.At(node.List, (int)_packIndex), which);
                break;
            case ItaniumNodeKind.QualType or ItaniumNodeKind.AbiTagAttr:
                result = HasComponent(node.A!, which);
                break;
            case ItaniumNodeKind.PointerType or ItaniumNodeKind.ReferenceType or ItaniumNodeKind.TemplateParamPackDecl:
                result = which == 0 && HasRhs(node.A!);
                break;
            case ItaniumNodeKind.PointerToMemberType:
                result = which == 0 && HasRhs(node.B!);
                break;
        }

        _depth--;
        return result;
    }

    /// <summary>What a node stands for once forward references and packs are looked through.</summary>
    private ItaniumNode SyntaxNode(ItaniumNode node)
    {
        for (int guard = 0; guard < MaxPrintDepth; guard++)
        {
            if (node.Kind == ItaniumNodeKind.ForwardTemplateReference && !node.Printing && node.A is not null)
            {
                node = node.A;
            }
            else if (node.Kind == ItaniumNodeKind.ParameterPack)
            {
                InitializePackExpansion(node);
                if (_packIndex >= node.List.Count)
                {
                    return node;
                }

                node = _ctx.At(node.List, (int)_packIndex);
            }
            else
            {
                return node;
            }
        }

        return node;
    }
}
