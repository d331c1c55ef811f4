using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Client.Contracts;

/// <summary>The snapshot JSON's words for symbol kinds and bindings, for filters and drop-downs.</summary>
public static class SymbolWords
{
    /// <summary>Every <see cref="SymbolKind"/> as JSON spells it.</summary>
    public static IReadOnlyList<string> Kinds { get; } = Enum.GetValues<SymbolKind>().Select(EnumNames.Of).ToArray();

    /// <summary>Every <see cref="SymbolBinding"/> as JSON spells it.</summary>
    public static IReadOnlyList<string> Bindings { get; } = Enum.GetValues<SymbolBinding>().Select(EnumNames.Of).ToArray();

    /// <summary>Whether <paramref name="word"/> names a symbol kind (case-insensitive).</summary>
    public static bool IsKind(string word) => EnumNames.TryParse<SymbolKind>(word, out _);

    /// <summary>Whether <paramref name="word"/> names a binding (case-insensitive).</summary>
    public static bool IsBinding(string word) => EnumNames.TryParse<SymbolBinding>(word, out _);
}
