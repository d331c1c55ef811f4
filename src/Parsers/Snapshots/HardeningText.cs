namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// One line for <c>abiportal inspect</c>: the hardening facts the snapshot knows, as
/// <c>relro=full stack-protector=yes executable-stack=no static-tls=no control-flow=ibt,shstk</c>;
/// facts the format does not have are left out.
/// </summary>
public static class HardeningText
{
    /// <summary>The line's value, or null when nothing is known.</summary>
    public static string? Describe(SnapshotHardening? h)
    {
        if (h is null)
        {
            return null;
        }

        var parts = new List<string>(8);
        if (h.Relro is { } relro)
        {
            parts.Add("relro=" + EnumNames.Of(relro));
        }

        Flag(parts, "stack-protector", h.StackProtector);
        Flag(parts, "executable-stack", h.ExecutableStack);
        Flag(parts, "static-tls", h.StaticTls);
        Flag(parts, "aslr", h.Aslr);
        Flag(parts, "high-entropy-aslr", h.HighEntropyAslr);
        Flag(parts, "nx", h.Nx);
        if (h.ControlFlow is { } cf)
        {
            parts.Add("control-flow=" + (cf.Count == 0 ? "none" : string.Join(',', cf)));
        }

        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    private static void Flag(List<string> parts, string name, bool? value)
    {
        if (value is { } v)
        {
            parts.Add(name + (v ? "=yes" : "=no"));
        }
    }
}
