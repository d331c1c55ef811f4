namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A whole demangled symbol; the base form just prints its name (MD5-hashed names).</summary>
internal class SymbolNode : Node
{
    public QualifiedNameNode? Name { get; set; }

    public override void Output(MicrosoftOutput output, OutputFlags flags) => Name?.Output(output, flags);
}
