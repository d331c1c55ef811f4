namespace AbiPortal.Parsers.Demangling.Itanium;

using K = ItaniumOperatorKind;
using P = ItaniumPrecedence;

/// <summary>The <c>&lt;operator-name&gt;</c> table of Itanium C++ ABI 5.1.5.3, sorted by code.</summary>
internal static class ItaniumOperators
{
    private static readonly ItaniumOperator[] Table =
    [
        new("aN", K.Binary, false, P.Assign, "operator&="),
        new("aS", K.Binary, false, P.Assign, "operator="),
        new("aa", K.Binary, false, P.AndIf, "operator&&"),
        new("ad", K.Prefix, false, P.Unary, "operator&"),
        new("an", K.Binary, false, P.And, "operator&"),
        new("at", K.OfIdOp, true, P.Unary, "alignof "),
        new("aw", K.NameOnly, false, P.Primary, "operator co_await"),
        new("az", K.OfIdOp, false, P.Unary, "alignof "),
        new("cc", K.NamedCast, false, P.Postfix, "const_cast"),
        new("cl", K.Call, false, P.Postfix, "operator()"),
        new("cm", K.Binary, false, P.Comma, "operator,"),
        new("co", K.Prefix, false, P.Unary, "operator~"),
        new("cp", K.Call, true, P.Postfix, "operator()"),
        new("cv", K.CCast, false, P.Cast, "operator"),
        new("dV", K.Binary, false, P.Assign, "operator/="),
        new("da", K.Delete, true, P.Unary, "operator delete[]"),
        new("dc", K.NamedCast, false, P.Postfix, "dynamic_cast"),
        new("de", K.Prefix, false, P.Unary, "operator*"),
        new("dl", K.Delete, false, P.Unary, "operator delete"),
        new("ds", K.Member, false, P.PtrMem, "operator.*"),
        new("dt", K.Member, false, P.Postfix, "operator."),
        new("dv", K.Binary, false, P.Multiplicative, "operator/"),
        new("eO", K.Binary, false, P.Assign, "operator^="),
        new("eo", K.Binary, false, P.Xor, "operator^"),
        new("eq", K.Binary, false, P.Equality, "operator=="),
        new("ge", K.Binary, false, P.Relational, "operator>="),
        new("gt", K.Binary, false, P.Relational, "operator>"),
        new("ix", K.Array, false, P.Postfix, "operator[]"),
        new("lS", K.Binary, false, P.Assign, "operator<<="),
        new("le", K.Binary, false, P.Relational, "operator<="),
        new("ls", K.Binary, false, P.Shift, "operator<<"),
        new("lt", K.Binary, false, P.Relational, "operator<"),
        new("mI", K.Binary, false, P.Assign, "operator-="),
        new("mL", K.Binary, false, P.Assign, "operator*="),
        new("mi", K.Binary, false, P.Additive, "operator-"),
        new("ml", K.Binary, false, P.Multiplicative, "operator*"),
        new("mm", K.Postfix, false, P.Postfix, "operator--"),
        new("na", K.New, true, P.Unary, "operator new[]"),
        new("ne", K.Binary, false, P.Equality, "operator!="),
        new("ng", K.Prefix, false, P.Unary, "operator-"),
        new("nt", K.Prefix, false, P.Unary, "operator!"),
        new("nw", K.New, false, P.Unary, "operator new"),
        new("oR", K.Binary, false, P.Assign, "operator|="),
        new("oo", K.Binary, false, P.OrIf, "operator||"),
        new("or", K.Binary, false, P.Ior, "operator|"),
        new("pL", K.Binary, false, P.Assign, "operator+="),
        new("pl", K.Binary, false, P.Additive, "operator+"),
        new("pm", K.Member, true, P.PtrMem, "operator->*"),
        new("pp", K.Postfix, false, P.Postfix, "operator++"),
        new("ps", K.Prefix, false, P.Unary, "operator+"),
        new("pt", K.Member, true, P.Postfix, "operator->"),
        new("qu", K.Conditional, false, P.Conditional, "operator?"),
        new("rM", K.Binary, false, P.Assign, "operator%="),
        new("rS", K.Binary, false, P.Assign, "operator>>="),
        new("rc", K.NamedCast, false, P.Postfix, "reinterpret_cast"),
        new("rm", K.Binary, false, P.Multiplicative, "operator%"),
        new("rs", K.Binary, false, P.Shift, "operator>>"),
        new("sc", K.NamedCast, false, P.Postfix, "static_cast"),
        new("ss", K.Binary, false, P.Spaceship, "operator<=>"),
        new("st", K.OfIdOp, true, P.Unary, "sizeof "),
        new("sz", K.OfIdOp, false, P.Unary, "sizeof "),
        new("te", K.OfIdOp, false, P.Postfix, "typeid "),
        new("ti", K.OfIdOp, true, P.Postfix, "typeid "),
    ];

    /// <summary>The operator encoded by the two characters, or null.</summary>
    public static ItaniumOperator? Find(char first, char second)
    {
        int lo = 0, hi = Table.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            string code = Table[mid].Code;
            int cmp = code[0] != first ? code[0].CompareTo(first) : code[1].CompareTo(second);
            if (cmp == 0)
            {
                return Table[mid];
            }

            if (cmp < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }
}
