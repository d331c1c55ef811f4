namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>
/// C++ operator precedence, tightest first, used to decide where an expression needs parentheses
/// when it is printed as the operand of another (the order of [expr] in the C++ standard).
/// </summary>
internal enum ItaniumPrecedence : byte
{
    Primary,
    Postfix,
    Unary,
    Cast,
    PtrMem,
    Multiplicative,
    Additive,
    Shift,
    Spaceship,
    Relational,
    Equality,
    And,
    Xor,
    Ior,
    AndIf,
    OrIf,
    Conditional,
    Assign,
    Comma,
    Default,
}
