namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Array, pointer-to-member, class, decltype and vector types (Itanium C++ ABI 5.1.5).</summary>
internal ref partial struct ItaniumParser
{
    /// <summary><c>&lt;array-type&gt; ::= A [&lt;dimension number&gt; | &lt;dimension expression&gt;] _ &lt;element type&gt;</c>.</summary>
    private ItaniumNode? ParseArrayType()
    {
        if (!ConsumeIf('A'))
        {
            return null;
        }

        ItaniumNode? dimension = null;
        if (IsDigit(Look()))
        {
            dimension = MakeName(ParseNumber(false));
            if (!ConsumeIf('_'))
            {
                return null;
            }
        }
        else if (!ConsumeIf('_'))
        {
            dimension = ParseExpr();
            if (dimension is null || !ConsumeIf('_'))
            {
                return null;
            }
        }

        var element = ParseType();
        if (element is null)
        {
            return null;
        }

        var array = Make(ItaniumNodeKind.ArrayType, element, dimension);
        array.RhsCache = ItaniumNode.Yes;
        array.ArrayCache = ItaniumNode.Yes;
        return array;
    }

    /// <summary><c>&lt;pointer-to-member-type&gt; ::= M &lt;class type&gt; &lt;member type&gt;</c>.</summary>
    private ItaniumNode? ParsePointerToMemberType()
    {
        if (!ConsumeIf('M'))
        {
            return null;
        }

        var classType = ParseType();
        if (classType is null)
        {
            return null;
        }

        var memberType = ParseType();
        if (memberType is null)
        {
            return null;
        }

        var node = Make(ItaniumNodeKind.PointerToMemberType, classType, memberType);
        node.RhsCache = memberType.RhsCache;
        return node;
    }

    /// <summary><c>&lt;class-enum-type&gt; ::= [Ts | Tu | Te] &lt;name&gt;</c>.</summary>
    private ItaniumNode? ParseClassEnumType()
    {
        string? elaborated = null;
        if (ConsumeIf("Ts"))
        {
            elaborated = "struct";
        }
        else if (ConsumeIf("Tu"))
        {
            elaborated = "union";
        }
        else if (ConsumeIf("Te"))
        {
            elaborated = "enum";
        }

        var name = ParseName(null);
        if (name is null)
        {
            return null;
        }

        return elaborated is null ? name : MakeText(ItaniumNodeKind.ElaboratedTypeSpefType, elaborated, name);
    }

    /// <summary><c>&lt;decltype&gt; ::= Dt &lt;expression&gt; E | DT &lt;expression&gt; E</c>.</summary>
    private ItaniumNode? ParseDecltype()
    {
        if (!ConsumeIf('D') || !(ConsumeIf('t') || ConsumeIf('T')))
        {
            return null;
        }

        var expr = ParseExpr();
        if (expr is null || !ConsumeIf('E'))
        {
            return null;
        }

        return MakeText(ItaniumNodeKind.EnclosingExpr, "decltype", expr);
    }

    /// <summary><c>&lt;vector-type&gt; ::= Dv &lt;number&gt; _ (&lt;type&gt; | p) | Dv [&lt;expression&gt;] _ &lt;type&gt;</c>.</summary>
    private ItaniumNode? ParseVectorType()
    {
        if (!ConsumeIf("Dv"))
        {
            return null;
        }

        ItaniumNode? dimension = null;
        if (Look() is >= '1' and <= '9')
        {
            dimension = MakeName(ParseNumber(false));
            if (!ConsumeIf('_'))
            {
                return null;
            }

            if (ConsumeIf('p'))
            {
                return Make(ItaniumNodeKind.PixelVectorType, null, dimension);
            }
        }
        else if (!ConsumeIf('_'))
        {
            dimension = ParseExpr();
            if (dimension is null || !ConsumeIf('_'))
            {
                return null;
            }
        }

        var element = ParseType();
        return element is null ? null : Make(ItaniumNodeKind.VectorType, element, dimension);
    }
}
