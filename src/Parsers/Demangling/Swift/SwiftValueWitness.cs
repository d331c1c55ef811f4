namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// The value witnesses a <c>w</c> (new mangling) or <c>_Tw</c> (old) symbol names, by their
/// two-letter code (ValueWitnessMangling.def); a node stores the position in this table.
/// </summary>
internal static class SwiftValueWitness
{
    private static readonly string[] Codes =
    [
        "al", "ca", "ta", "de", "xx", "XX", "Xx", "CP", "Cp", "cp", "Tk", "tk", "pr", "TK", "Cc", "Tt", "tT",
        "xs", "xg", "ug", "up", "ui", "et", "st",
    ];

    private static readonly string[] Names =
    [
        "allocateBuffer", "assignWithCopy", "assignWithTake", "deallocateBuffer", "destroy", "destroyBuffer",
        "destroyArray", "initializeBufferWithCopyOfBuffer", "initializeBufferWithCopy", "initializeWithCopy",
        "initializeBufferWithTake", "initializeWithTake", "projectBuffer", "initializeBufferWithTakeOfBuffer",
        "initializeArrayWithCopy", "initializeArrayWithTakeFrontToBack", "initializeArrayWithTakeBackToFront",
        "storeExtraInhabitant", "getExtraInhabitantIndex", "getEnumTag", "destructiveProjectEnumData",
        "destructiveInjectEnumTag", "getEnumTagSinglePayload", "storeEnumTagSinglePayload",
    ];

    /// <summary>The table position of the witness coded <paramref name="first"/><paramref name="second"/>, or -1.</summary>
    public static int Index(char first, char second)
    {
        for (int i = 0; i < Codes.Length; i++)
        {
            if (Codes[i][0] == first && Codes[i][1] == second)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The name of the witness at <paramref name="index"/>, or null.</summary>
    public static string? Name(ulong index) => index < (ulong)Names.Length ? Names[index] : null;
}
