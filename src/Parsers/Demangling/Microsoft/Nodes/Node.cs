namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A node of the tree a Microsoft mangled name is parsed into before it is printed.</summary>
internal abstract class Node
{
    /// <summary>Prints the node as <c>llvm-undname</c> does.</summary>
    public abstract void Output(MicrosoftOutput output, OutputFlags flags);

    /// <summary>Prints the node into a fresh string (used to memorize template names as back references).</summary>
    public string Render(OutputFlags flags)
    {
        var output = new MicrosoftOutput();
        Output(output, flags);
        return output.ToString();
    }

    /// <summary>
    /// Prints <paramref name="qualifiers"/> (const, volatile, __restrict), the spaces around them
    /// only where asked and only when something was printed.
    /// </summary>
    protected static void OutputQualifiers(MicrosoftOutput output, MicrosoftQualifiers qualifiers, bool spaceBefore, bool spaceAfter)
    {
        int start = output.Length;
        spaceBefore = OutputQualifier(output, qualifiers, MicrosoftQualifiers.Const, "const", spaceBefore);
        spaceBefore = OutputQualifier(output, qualifiers, MicrosoftQualifiers.Volatile, "volatile", spaceBefore);
        OutputQualifier(output, qualifiers, MicrosoftQualifiers.Restrict, "__restrict", spaceBefore);
        if (spaceAfter && output.Length > start)
        {
            output.Append(' ');
        }
    }

    private static bool OutputQualifier(MicrosoftOutput output, MicrosoftQualifiers qualifiers, MicrosoftQualifiers mask, string text, bool needSpace)
    {
        if ((qualifiers & mask) == 0)
        {
            return needSpace;
        }

        if (needSpace)
        {
            output.Append(' ');
        }

        output.Append(text);
        return true;
    }
}
