namespace AbiPortal.Parsers.Diff;

/// <summary>What an edge of <see cref="AbiGraph"/> is: how one node uses another.</summary>
internal enum EdgeRole : byte
{
    /// <summary>A pointer's pointee, a typedef's or qualifier's type, an array's element, an enum's underlying type, a function type's return.</summary>
    Target,

    /// <summary>A member pointer's class.</summary>
    Containing,

    /// <summary>A data member (index: the field).</summary>
    Field,

    /// <summary>A base class (index: the base).</summary>
    Base,

    /// <summary>A function type's parameter (index: the parameter).</summary>
    FunctionParameter,

    /// <summary>An exported function's parameter (index: the parameter).</summary>
    Parameter,

    /// <summary>A member function's implicit <c>this</c>.</summary>
    This,

    /// <summary>An exported function's return type.</summary>
    Return,

    /// <summary>An exported variable's type.</summary>
    Variable,
}
