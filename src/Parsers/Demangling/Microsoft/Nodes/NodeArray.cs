namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A list of nodes printed with a separator (parameters, template arguments, name components).</summary>
internal sealed class NodeArray(IReadOnlyList<Node> nodes) : Node
{
    public IReadOnlyList<Node> Nodes { get; } = nodes;

    public override void Output(MicrosoftOutput output, OutputFlags flags) => Output(output, flags, ", ");

    public void Output(MicrosoftOutput output, OutputFlags flags, string separator)
    {
        for (int i = 0; i < Nodes.Count && !output.Overflowed; i++)
        {
            if (i > 0)
            {
                output.Append(separator);
            }

            Nodes[i].Output(output, flags);
        }
    }
}
