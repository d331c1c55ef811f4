using System.Globalization;
using System.Text;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// The human-readable table of <c>abiportal inspect</c>: a header with the identity, then the
/// exports like <c>nm -D</c> with versions (<c>name@@V2</c>, <c>name@V1</c>), then imports and
/// diagnostics. Members of archives and fat files follow, each with its own header.
/// </summary>
public static class SnapshotTextFormatter
{
    public static string Format(Snapshot snapshot, bool demangle = true)
    {
        var sb = new StringBuilder();
        using var writer = new StringWriter(sb, CultureInfo.InvariantCulture);
        Write(writer, snapshot, demangle);
        return sb.ToString();
    }

    public static void Write(TextWriter w, Snapshot s, bool demangle = true, string indent = "")
    {
        string title = s.Member is null ? s.File.Name : $"{s.File.Name} [{s.Member}]";
        w.Write(indent);
        w.Write(title);
        w.Write(": ");
        w.Write(Describe(s));
        w.Write('\n');

        WriteIdentity(w, s, indent + "  ");

        if (s.Exports.Count > 0 || s.Members.Count == 0)
        {
            WriteExports(w, s, demangle, indent);
        }

        if (s.Imports.Count > 0)
        {
            w.Write($"{indent}imports ({s.Imports.Count}):\n");
            foreach (var i in s.Imports)
            {
                w.Write(indent);
                w.Write("  ");
                w.Write(DisplayName(i.Name, i.Demangled, demangle, i.Ordinal));
                if (i.Version is not null)
                {
                    w.Write('@');
                    w.Write(i.Version);
                }

                if (i.Library is not null)
                {
                    w.Write(" (");
                    w.Write(i.Library);
                    w.Write(')');
                }

                if (i.Default is not null)
                {
                    // A weak alias: what it falls back to.
                    w.Write(" -> ");
                    w.Write(demangle ? Demangling.Demangler.Demangle(i.Default) ?? i.Default : i.Default);
                }

                WriteFlags(w, i.Flags);
                w.Write('\n');
            }
        }

        if (s.Diagnostics.Count > 0)
        {
            w.Write($"{indent}diagnostics ({s.Diagnostics.Count}):\n");
            foreach (var d in s.Diagnostics)
            {
                w.Write(indent);
                w.Write("  ");
                w.Write(d.ToString());
                w.Write('\n');
            }
        }

        foreach (var m in s.Members)
        {
            w.Write('\n');
            Write(w, m, demangle, indent + "  ");
        }
    }

    private static string Describe(Snapshot s)
    {
        var parts = new List<string> { Enum(s.Format) };
        if (s.Arch is not null)
        {
            parts.Add(s.Arch);
        }

        if (s.Bits is not null)
        {
            parts.Add($"{s.Bits}-bit");
        }

        if (s.Endian is not null)
        {
            parts.Add(Enum(s.Endian.Value) + "-endian");
        }

        parts.Add(Enum(s.Kind));
        if (s.Members.Count > 0)
        {
            parts.Add($"{s.Members.Count} members");
        }

        return string.Join(' ', parts);
    }

    private static void WriteIdentity(TextWriter w, Snapshot s, string indent)
    {
        var id = s.Identity;
        void Line(string label, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                w.Write($"{indent}{label}: {value}\n");
            }
        }

        Line(s.Format switch { BinaryFormat.Elf => "soname", BinaryFormat.MachO => "install name", BinaryFormat.PE => "dll name", _ => "name" }, id.Name);
        Line("current version", id.CurrentVersion);
        Line("compatibility version", id.CompatibilityVersion);
        Line("build id", id.BuildId);
        Line("machine", id.Machine);
        Line("interpreter", id.Interpreter);
        Line("pie", id.Pie == true ? "yes" : null);
        Line("rpath", id.RPaths is { Count: > 0 } r ? string.Join(':', r) : null);
        Line("runpath", id.RunPaths is { Count: > 0 } rp ? string.Join(':', rp) : null);
        // Objects record no SDK (0.0 in LC_BUILD_VERSION): say nothing rather than "(sdk )".
        Line("platform", id.Platform is null ? null : $"{id.Platform} {id.MinOS}{(string.IsNullOrEmpty(id.Sdk) ? string.Empty : $" (sdk {id.Sdk})")}".TrimEnd());
        Line("pdb", id.PdbPath is null ? null : $"{id.PdbPath} {{{id.PdbGuid}}} age {id.PdbAge}");
        Line("subsystem", id.Subsystem);
        Line("file version", id.FileVersion);
        Line("product version", id.ProductVersion);
        Line("timestamp", id.Timestamp is { } t ? $"0x{t:x8}" : null);
        Line("symbol table", id.HasSymbolTable is { } h ? (h ? "present" : "stripped") : null);
        Line("hardening", HardeningText.Describe(s.Hardening));
        foreach (var d in s.Dependencies)
        {
            string versions = d.RequiredVersions is { Count: > 0 } v ? $" ({string.Join(", ", v)})" : string.Empty;
            string compat = d.CurrentVersion is not null ? $" (current {d.CurrentVersion}, compatibility {d.CompatibilityVersion})" : string.Empty;
            w.Write($"{indent}{(d.Kind == DependencyKind.Needed ? "needed" : Enum(d.Kind))}: {d.Name}{versions}{compat}\n");
        }

        if (s.VersionNodes.Count > 0)
        {
            w.Write($"{indent}version nodes: {string.Join(", ", s.VersionNodes.Select(n => n.IsBase ? n.Name + " (base)" : n.Name))}\n");
        }
    }

    private static void WriteExports(TextWriter w, Snapshot s, bool demangle, string indent)
    {
        bool hasOrdinals = s.Exports.Any(e => e.Ordinal is not null);
        w.Write($"{indent}exports ({s.Exports.Count}):\n");
        if (s.Exports.Count == 0)
        {
            return;
        }

        w.Write(indent);
        w.Write(hasOrdinals ? "  ORDINAL  ADDRESS           SIZE      KIND      BIND    VIS        NAME\n" : "  ADDRESS           SIZE      KIND      BIND    VIS        NAME\n");
        foreach (var e in s.Exports)
        {
            w.Write(indent);
            w.Write("  ");
            if (hasOrdinals)
            {
                Column(w, e.Ordinal, null, 9);
            }

            Column(w, e.Address, "x16", 18);
            Column(w, e.Size, null, 10);
            Column(w, Enum(e.Kind), 10);
            Column(w, e.Binding is { } b ? Enum(b) : string.Empty, 8);
            Column(w, e.Visibility is { } v ? Enum(v) : string.Empty, 11);
            w.Write(DisplayName(e.Name, e.Demangled, demangle, e.Ordinal));
            if (e.Version is not null)
            {
                w.Write(e.DefaultVersion == false ? "@" : "@@");
                w.Write(e.Version);
            }

            if (e.Forwarder is not null)
            {
                w.Write(" -> ");
                w.Write(e.Forwarder);
            }

            if (e.Library is not null)
            {
                w.Write(" (");
                w.Write(e.Library);
                if (e.ImportedName is not null && e.ImportedName != e.Name)
                {
                    w.Write(':');
                    w.Write(e.ImportedName);
                }

                w.Write(')');
            }

            WriteFlags(w, e.Flags);
            w.Write('\n');
        }
    }

    /// <summary>An export's or import's flags as <c> [a, b]</c>, nothing when it has none; written piece by piece, not joined into a string per row.</summary>
    private static void WriteFlags(TextWriter w, IReadOnlyList<string> flags)
    {
        if (flags.Count == 0)
        {
            return;
        }

        w.Write(" [");
        for (int i = 0; i < flags.Count; i++)
        {
            if (i > 0)
            {
                w.Write(", ");
            }

            w.Write(flags[i]);
        }

        w.Write(']');
    }

    private const string Spaces = "                        ";

    /// <summary>A number left-aligned in a column, formatted into a stack buffer: the table of a 44,000-export library should not allocate per cell.</summary>
    private static void Column(TextWriter w, ulong? value, string? format, int width)
    {
        Span<char> buffer = stackalloc char[24];
        int written = 0;
        if (value is { } v)
        {
            v.TryFormat(buffer, out written, format, CultureInfo.InvariantCulture);
        }

        w.Write(buffer[..written]);
        w.Write(Spaces.AsSpan(0, Math.Max(1, width - written)));
    }

    private static void Column(TextWriter w, string value, int width)
    {
        w.Write(value);
        w.Write(Spaces.AsSpan(0, Math.Max(1, width - value.Length)));
    }

    private static string DisplayName(string? name, string? demangled, bool demangle, uint? ordinal)
        => demangle && demangled is not null ? demangled : name ?? (ordinal is { } o ? $"[ordinal {o}]" : "[no name]");

    private static string Enum<T>(T value)
        where T : struct, System.Enum
        => EnumNames.Of(value);
}
