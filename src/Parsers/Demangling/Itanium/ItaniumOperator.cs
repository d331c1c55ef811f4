namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>One entry of the operator table.</summary>
/// <param name="Code">The two-letter encoding.</param>
/// <param name="Kind">How it is used in an expression.</param>
/// <param name="Flag">Kind-specific: array new/delete, parenthesised call, type operand, named member operator.</param>
/// <param name="Precedence">Its precedence as an expression.</param>
/// <param name="Name">Its name as printed for a function ("operator+") or the keyword ("sizeof ").</param>
internal sealed record ItaniumOperator(string Code, ItaniumOperatorKind Kind, bool Flag, ItaniumPrecedence Precedence, string Name)
{
    /// <summary>The name without "operator" for the nameable kinds: what an expression prints.</summary>
    public string Symbol { get; } = Kind < ItaniumOperatorKind.NamedCast ? Name.Substring("operator".Length) : Name;
}
