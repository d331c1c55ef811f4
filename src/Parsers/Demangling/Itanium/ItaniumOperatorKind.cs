namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>How an <c>&lt;operator-name&gt;</c> is used in an expression (Itanium C++ ABI 5.1.5.3).</summary>
internal enum ItaniumOperatorKind : byte
{
    Prefix,
    Postfix,
    Binary,
    Array,
    Member,
    New,
    Delete,
    Call,
    CCast,
    Conditional,
    NameOnly,
    // The kinds below cannot name a function ("operator static_cast" does not exist).
    NamedCast,
    OfIdOp,
}
