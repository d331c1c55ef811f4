namespace AbiPortal.Parsers.Diff;

/// <summary>How the exports compared reach a type (<see cref="AbiGraph.Exposure"/>).</summary>
internal enum Exposure
{
    /// <summary>Not at all: its changes reach no export compared.</summary>
    None,

    /// <summary>Only through pointers and references.</summary>
    PointerOnly,

    /// <summary>By value somewhere: a parameter, return value, variable, array element, field or base.</summary>
    ByValue,
}
