namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>
/// The two back-reference tables of a Microsoft mangled name: digits <c>0</c>-<c>9</c> refer to
/// the first ten distinct names (in names) or the first ten multi-character parameter types (in
/// parameter lists). A template instantiation starts fresh tables for its own arguments.
/// </summary>
internal sealed class BackReferences
{
    public const int Max = 10;

    public List<NamedIdentifierNode> Names { get; } = new(Max);

    public List<TypeNode> FunctionParams { get; } = new(Max);

    /// <summary>Adds a name unless it is already there or the table is full.</summary>
    public void Memorize(string name)
    {
        if (Names.Count >= Max)
        {
            return;
        }

        foreach (NamedIdentifierNode existing in Names)
        {
            if (existing.Name == name)
            {
                return;
            }
        }

        Names.Add(new NamedIdentifierNode(name));
    }
}
