using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// A change's kind in the words of its format, capitalised for the start of a line: "SONAME
/// changed" for ELF, "Install name changed" for Mach-O, "Version node renamed". The page's causes
/// and the Markdown's kind column say this instead of the JSON word (<c>identity-changed</c>).
/// </summary>
public static class ChangeHeadline
{
    /// <summary>What the format calls the name binaries record to find the library.</summary>
    public static string IdentityWord(BinaryFormat format) => format switch
    {
        BinaryFormat.Elf => "SONAME",
        BinaryFormat.MachO or BinaryFormat.Fat => "install name",
        BinaryFormat.PE => "DLL name",
        _ => "library name",
    };

    /// <summary>The kind as a capitalised phrase in the format's words.</summary>
    public static string Of(ChangeKind kind, BinaryFormat format) => Capitalise(kind switch
    {
        ChangeKind.IdentityChanged => IdentityWord(format) + " changed",
        ChangeKind.IdentityAdded => IdentityWord(format) + " added",
        ChangeKind.IdentityRemoved => IdentityWord(format) + " removed",
        _ => ChangeKinds.Title(kind, 1),
    });

    private static string Capitalise(string text) => text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
