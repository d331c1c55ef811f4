namespace AbiPortal.Parsers.Diff;

/// <summary>
/// The sentence for a change found in debug info, without the name it is about: <c>size 8 -> 12
/// bytes</c>, <c>field `z` added at offset 8</c>, <c>parameter 1 `p` type int -> long</c>.
/// <see cref="ChangeText.Describe(AbiChange, bool)"/> puts the type or function in front.
/// </summary>
public static class AbiChangeText
{
    /// <summary>Whether the kind comes from comparing debug info (types and declarations), not symbols.</summary>
    public static bool IsDebugInfoKind(ChangeKind kind) => kind is >= ChangeKind.ParameterAdded and <= ChangeKind.TypedefChanged;

    /// <summary>The sentence; null for kinds that are not debug-info kinds.</summary>
    public static string? Sentence(AbiChange c) => Sentence(c, SentenceStyle.Plain);

    /// <summary>The sentence in a style: plain text, or Markdown with names and values as code spans.</summary>
    internal static string? Sentence(AbiChange change, SentenceStyle style)
    {
        ArgumentNullException.ThrowIfNull(change);
        string b = change.Before ?? "(none)", a = change.After ?? "(none)", item = change.Item ?? string.Empty, to = style.Arrow;
        Func<string, string> v = style.Value, n = style.Name, t = style.Text;
        return change.Kind switch
        {
            ChangeKind.ParameterAdded => $"{t(item)} added: {v(a)}",
            ChangeKind.ParameterRemoved => $"{t(item)} removed (was {v(b)})",
            ChangeKind.ParameterTypeChanged => $"{t(item)} type {v(b)} {to} {v(a)}",
            ChangeKind.ParameterRenamed => $"{t(item)} renamed {n(b)} {to} {n(a)}",
            ChangeKind.ReturnTypeChanged => $"return type {v(b)} {to} {v(a)}",
            ChangeKind.VariadicChanged or ChangeKind.NoReturnChanged => $"{t(b)} {to} {t(a)}",
            ChangeKind.CallingConventionChanged => $"calling convention {v(b)} {to} {v(a)}",
            ChangeKind.VariableTypeChanged => $"type {v(b)} {to} {v(a)}",
            ChangeKind.TypeSizeChanged or ChangeKind.EnumSizeChanged => $"size {t(b)} {to} {t(a)} bytes",
            ChangeKind.TypeAlignmentChanged => $"alignment {t(b)} {to} {t(a)} bytes",
            ChangeKind.TypePassingChanged => $"passed {t(b)} {to} {t(a)}",
            ChangeKind.FieldAdded => $"field {n(item)} added at {t(a)}",
            ChangeKind.FieldRemoved => $"field {n(item)} removed (was at {t(b)})",
            ChangeKind.FieldMoved => $"field {n(item)} moved: {t(b)} {to} {t(a)}",
            ChangeKind.FieldTypeChanged => $"field {n(item)} type {v(b)} {to} {v(a)}",
            ChangeKind.FieldRenamed => $"field {n(b)} renamed {n(a)}",
            ChangeKind.BitFieldChanged => $"bit-field {n(item)}: {t(b)} {to} {t(a)}",
            ChangeKind.BaseAdded => $"base {n(item)} added at {t(a)}",
            ChangeKind.BaseRemoved => $"base {n(item)} removed (was at {t(b)})",
            ChangeKind.BaseMoved => $"base {n(item)} moved: {t(b)} {to} {t(a)}",
            ChangeKind.VirtualMethodAdded => $"virtual method {n(item)} added in {t(a)}",
            ChangeKind.VirtualMethodRemoved => $"virtual method {n(item)} removed from {t(b)}",
            ChangeKind.VirtualMethodMoved => $"virtual method {n(item)} moved: {t(b)} {to} {t(a)}",
            ChangeKind.TypeBecameOpaque => "now only declared (opaque)",
            ChangeKind.TypeBecameDefined => "now defined (was only declared)",
            ChangeKind.EnumeratorAdded => $"enumerator {n(item)} = {t(a)} added",
            ChangeKind.EnumeratorRemoved => $"enumerator {n(item)} = {t(b)} removed",
            ChangeKind.EnumeratorValueChanged => $"enumerator {n(item)} value {t(b)} {to} {t(a)}",
            ChangeKind.EnumeratorRenamed => $"enumerator {n(b)} renamed {n(a)}",
            ChangeKind.TypedefChanged => $"names {v(a)} (was {v(b)})",
            _ => null,
        };
    }

    /// <summary>How many exports a type change reaches, in words: <c>reaches 2 exports</c>.</summary>
    public static string Reach(AbiChange c)
    {
        int count = c.ExportCount ?? c.Symbols?.Count ?? 0;
        return count == 1 ? "reaches 1 export" : $"reaches {count} exports";
    }

    /// <summary>One affected export with its path: <c>get_x: parameter 1 `struct Point *` → struct Point</c>.</summary>
    public static string Path(AbiSymbol symbol, bool demangle = true)
    {
        string name = demangle && symbol.Demangled is not null ? symbol.Demangled : symbol.Name;
        return symbol.Path is null ? name : $"{name}: {symbol.Path}";
    }
}
